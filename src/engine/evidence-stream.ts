import { BucketWriter, takeBucket } from '../io/buckets.js';
import type { Evidence, Fact } from '../model/fact.js';
import { MENTION_KINDS, type SourceMentions } from '../model/extraction.js';
import { sourceEvidence, type Members, type SourceFacts } from '../reconcile/members.js';
import { collectIfGrown } from './memory.js';

/** Mentions per bucket: bounds the evidence held at once (about 2 MB of rendered JSON). */
export const BUCKET_WEIGHT = 5_000;
const RECORD_END = '\u0001'; // never raw inside JSON text

/**
 * Evidence for a large run without holding it all. Buckets are consecutive runs of
 * facts of about `weight` mentions. `file` makes one pass over the sources (full
 * mentions, in id order), writes every piece of evidence as JSON and files it in its
 * fact's bucket; `facts` reads each bucket back and hands out the facts one by one, each
 * with its evidence. Each source's evidence is sorted by position, so every fact's
 * evidence is in the contract's order, as `attachEvidence` would give it.
 */
export class EvidenceFiling {
  private readonly ordinal = new Map<string, number>();
  private readonly bucketOf: Uint32Array;
  private readonly starts: number[] = [0];
  private readonly actors = new Map<number, { id: string; name: string }>();
  private members: Members | null;

  constructor(
    private readonly list: readonly Fact[],
    members: Members,
    private readonly dir: string,
    weight = BUCKET_WEIGHT,
    private readonly hold?: number,
  ) {
    const facts = list;
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
      for (const r of records) buckets.append(this.bucketOf[r.fact]!, `${r.fact}\t${JSON.stringify(r.evidence)}${RECORD_END}`);
      collectIfGrown(32);
    }
    buckets.close();
    this.ordinal.clear();
    this.members = null;
  }

  /** The facts in order, each with its evidence read back from the buckets; once. */
  *facts(): Generator<Fact> {
    const { list: facts, dir, starts } = this;
    for (let b = 0; b < starts.length; b++) {
      collectIfGrown(32);
      const lo = starts[b]!;
      const hi = starts[b + 1] ?? facts.length;
      const text = takeBucket(dir, b);
      const { first, from, to } = indexBucket(text, lo, hi);
      for (let i = lo; i < hi; i++) {
        if ((i & 255) === 0) collectIfGrown(32);
        const evidence: Evidence[] = [];
        for (let r = first[i - lo]!; r < first[i - lo + 1]!; r++) evidence.push(JSON.parse(text.slice(from[r], to[r])) as Evidence);
        yield { ...facts[i]!, evidence } as Fact;
      }
    }
  }
}

/**
 * Where each fact's records lie in a bucket's text (`fact\tjson\u0001`, facts interleaved in
 * filing order): the records of fact `lo + k` are `from[r]…to[r]` for r in `first[k]…first[k+1]`,
 * in filing order. Offsets in typed arrays, and the texts sliced only when handed out: a bucket
 * holds thousands of records, and holding each as its own string until the last fact was read
 * made the collector copy them all.
 */
function indexBucket(text: string, lo: number, hi: number): { first: Uint32Array; from: Uint32Array; to: Uint32Array } {
  const factOf: number[] = [];
  const bodies: number[] = [];
  for (let at = 0; at < text.length; ) {
    let fact = 0;
    let c = text.charCodeAt(at);
    while (c !== 9) {
      fact = fact * 10 + (c - 48);
      c = text.charCodeAt(++at);
    }
    const end = text.indexOf(RECORD_END, at);
    factOf.push(fact - lo);
    bodies.push(at + 1, end);
    at = end + 1;
  }
  const first = new Uint32Array(hi - lo + 1);
  for (const k of factOf) first[k + 1]!++;
  for (let k = 0; k < hi - lo; k++) first[k + 1]! += first[k]!;
  const next = first.slice(0, hi - lo);
  const from = new Uint32Array(factOf.length);
  const to = new Uint32Array(factOf.length);
  factOf.forEach((k, n) => {
    const r = next[k]!++;
    from[r] = bodies[2 * n]!;
    to[r] = bodies[2 * n + 1]!;
  });
  return { first, from, to };
}
