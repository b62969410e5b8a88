import { BucketWriter, takeBucket } from '../io/buckets.js';
import type { Fact } from '../model/fact.js';
import { MENTION_KINDS, type SourceMentions } from '../model/extraction.js';
import { sourceEvidence, type Members, type SourceFacts } from '../reconcile/members.js';
import type { FactLayout } from '../render/json.js';
import type { EvidenceStream } from '../render/types.js';
import { collectIfGrown } from './memory.js';

/** Mentions per bucket: bounds the evidence held at once (about 2 MB of rendered JSON). */
export const BUCKET_WEIGHT = 5_000;
const RECORD_END = '\u0001'; // never raw inside JSON text

/**
 * Evidence for a large run without holding it all. Buckets are consecutive runs of
 * facts of about `weight` mentions. `file` makes one pass over the sources (full
 * mentions, in id order), writes every piece of evidence in the output's layout and
 * files it in its fact's bucket; `stream` reads each bucket back and hands it out fact
 * by fact. Each source's evidence is sorted by position, so every fact's evidence is in
 * the contract's order, as `attachEvidence` would give it.
 */
export class EvidenceFiling {
  private readonly ordinal = new Map<string, number>();
  private readonly bucketOf: Uint32Array;
  private readonly starts: number[] = [0];
  private readonly actors = new Map<number, { id: string; name: string }>();
  private members: Members | null;

  constructor(
    private readonly facts: readonly Fact[],
    members: Members,
    private readonly dir: string,
    private readonly layout: FactLayout,
    weight = BUCKET_WEIGHT,
    private readonly hold?: number,
  ) {
    this.members = members;
    facts.forEach((f, i) => {
      this.ordinal.set(f.id, i);
      if (f.type === 'actor') this.actors.set(i, { id: f.id, name: f.name });
    });
    const weights = new Uint32Array(facts.length);
    for (const kind of MENTION_KINDS) {
      for (const list of members[kind].values()) for (const id of list) if (id !== undefined) weights[this.ordinal.get(id)!]!++;
    }
    this.bucketOf = new Uint32Array(facts.length);
    let filled = 0;
    for (let i = 0; i < facts.length; i++) {
      if (filled > 0 && filled + weights[i]! > weight) {
        this.starts.push(i);
        filled = 0;
      }
      this.bucketOf[i] = this.starts.length - 1;
      filled += weights[i]!;
    }
  }

  /** The pass over the sources. What only it needed is let go afterwards. */
  file(sources: Iterable<SourceMentions>): void {
    const members = this.members;
    if (!members) throw new Error('evidence already filed');
    const buckets = new BucketWriter(this.dir, this.starts.length, this.hold);
    for (const m of sources) {
      const id = m.source.id;
      const facts: SourceFacts<number> = {
        fact: (kind, index) => {
          const fact = members[kind].get(id)?.[index];
          return fact === undefined ? undefined : this.ordinal.get(fact);
        },
        actor: (o) => this.actors.get(o) ?? { id: '', name: undefined },
      };
      const records = sourceEvidence(m, facts);
      records.sort((a, b) => a.fact - b.fact || a.evidence.start - b.evidence.start || a.evidence.end - b.evidence.end);
      for (const r of records) buckets.append(this.bucketOf[r.fact]!, `${r.fact}\t${this.layout.evidence(r.evidence)}${RECORD_END}`);
      collectIfGrown(32);
    }
    buckets.close();
    this.ordinal.clear();
    this.members = null;
  }

  /** The evidence, fact by fact, read back from the buckets. */
  stream(): EvidenceStream {
    const { facts, dir, starts } = this;
    return function* () {
      for (let b = 0; b < starts.length; b++) {
        collectIfGrown(32);
        const lo = starts[b]!;
        const hi = starts[b + 1] ?? facts.length;
        const lists: string[][] = Array.from({ length: hi - lo }, () => []);
        const text = takeBucket(dir, b);
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
