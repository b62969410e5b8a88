import { BucketWriter, takeBucket } from '../io/buckets.js';
import type { Fact } from '../model/fact.js';
import { MENTION_KINDS, type MentionKind, type SourceMentions } from '../model/extraction.js';
import { sourceEvidence, type Members, type SourceFacts } from '../reconcile/members.js';
import type { EvidenceStream } from '../render/types.js';
import { layoutNamed, type LayoutName } from '../render/layouts.js';
import { collectIfGrown } from './memory.js';

/** Mentions per bucket: bounds the evidence held at once (about 2 MB of rendered JSON). */
export const BUCKET_WEIGHT = 5_000;
const RECORD_END = '\u0001'; // never raw inside JSON text

/** Output position of the fact each mention of one source joined; -1 for none. */
export type SourceOrdinals = { readonly [K in MentionKind]: Int32Array };

/** What filing needs besides the sources: the layout, the buckets, and the actor facts quote speakers name. */
export interface FilingPlan {
  readonly layout: LayoutName;
  readonly bucketOf: Uint32Array;
  readonly buckets: number;
  /** [output position, id, canonical name] of every actor fact. */
  readonly actors: ReadonlyArray<readonly [number, string, string]>;
  readonly hold?: number;
}

/**
 * Evidence for a large run without holding it all. Buckets are consecutive runs of
 * facts of about `weight` mentions. A pass over the sources (full mentions, in id
 * order) renders every piece of evidence and files it in its fact's bucket; then each
 * bucket is read back and handed out fact by fact. Each source's evidence is sorted by
 * position, so every fact's evidence is in the contract's order, as `attachEvidence`
 * would give it. (Filing is written per writer so the pass could be split over threads
 * by consecutive runs of sources; measured on two cores, workers gained 0.3 s on a 10 MB
 * run and cost 150 MB, so one thread files.)
 */
export class EvidenceFiling {
  readonly ordinal = new Map<string, number>();
  readonly plan: FilingPlan;
  private readonly starts: number[] = [0];

  private members: Members | null;

  constructor(private readonly facts: readonly Fact[], members: Members, private readonly dir: string, layout: LayoutName, weight = BUCKET_WEIGHT, hold?: number) {
    this.members = members;
    facts.forEach((f, i) => this.ordinal.set(f.id, i));
    const weights = new Uint32Array(facts.length);
    for (const kind of MENTION_KINDS) {
      for (const list of members[kind].values()) for (const id of list) if (id !== undefined) weights[this.ordinal.get(id)!]!++;
    }
    const bucketOf = new Uint32Array(facts.length);
    let filled = 0;
    for (let i = 0; i < facts.length; i++) {
      if (filled > 0 && filled + weights[i]! > weight) {
        this.starts.push(i);
        filled = 0;
      }
      bucketOf[i] = this.starts.length - 1;
      filled += weights[i]!;
    }
    const actors = facts.flatMap((f, i) => (f.type === 'actor' ? [[i, f.id, f.name] as const] : []));
    this.plan = { layout, bucketOf, buckets: this.starts.length, actors, ...(hold !== undefined ? { hold } : {}) };
  }

  /** Output positions for one source's mentions. */
  ordinals(source: string): SourceOrdinals {
    const members = this.members;
    if (!members) throw new Error('evidence already filed');
    const of = (kind: MentionKind) => Int32Array.from(members[kind].get(source) ?? [], (id) => (id === undefined ? -1 : this.ordinal.get(id)!));
    return { actors: of('actors'), quotes: of('quotes'), figures: of('figures'), dates: of('dates') };
  }

  /** The pass in this thread, as writer `here`. What only filing needed is let go. */
  fileHere(sources: Iterable<SourceMentions>): string[] {
    const filer = evidenceFiler(this.dir, 'here', this.plan);
    for (const m of sources) filer.file(m, this.ordinals(m.source.id));
    filer.done();
    this.members = null;
    this.ordinal.clear();
    return ['here'];
  }

  /** The evidence, fact by fact, read back from the writers' buckets (in their source order). */
  stream(writers: readonly string[]): EvidenceStream {
    const { facts, dir, starts } = this;
    return function* () {
      for (let b = 0; b < starts.length; b++) {
        collectIfGrown(32);
        const lo = starts[b]!;
        const hi = starts[b + 1] ?? facts.length;
        const lists: string[][] = Array.from({ length: hi - lo }, () => []);
        const text = takeBucket(dir, writers, b);
        for (let at = 0; at < text.length; ) {
          const tab = text.indexOf('\t', at);
          const end = text.indexOf(RECORD_END, tab);
          lists[Number(text.slice(at, tab)) - lo]!.push(text.slice(tab + 1, end));
          at = end + 1;
        }
        for (let i = lo; i < hi; i++) {
          if ((i & 255) === 0) collectIfGrown(32);
          yield [i, lists[i - lo]!] as const;
        }
      }
    };
  }
}

/** Files sources' evidence into bucket files as `writer`. */
export function evidenceFiler(dir: string, writer: string, plan: FilingPlan) {
  const render = layoutNamed(plan.layout).evidence;
  const buckets = new BucketWriter(dir, writer, plan.buckets, plan.hold);
  const actors = new Map(plan.actors.map(([i, id, name]) => [i, { id, name }]));
  return {
    file(m: SourceMentions, ords: SourceOrdinals): void {
      const facts: SourceFacts<number> = {
        fact: (kind, index) => {
          const o = ords[kind][index];
          return o === undefined || o < 0 ? undefined : o;
        },
        actor: (o) => actors.get(o) ?? { id: '', name: undefined },
      };
      const records = sourceEvidence(m, facts);
      records.sort((a, b) => a.fact - b.fact || a.evidence.start - b.evidence.start || a.evidence.end - b.evidence.end);
      for (const r of records) buckets.append(plan.bucketOf[r.fact]!, `${r.fact}\t${render(r.evidence)}${RECORD_END}`);
      collectIfGrown(32);
    },
    done(): void {
      buckets.close();
    },
  };
}
