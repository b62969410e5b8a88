import { BucketFiles } from '../io/buckets.js';
import { collectIfGrown } from './memory.js';
import type { Fact } from '../model/fact.js';
import type { SourceMentions } from '../model/extraction.js';
import { actorNames, sourceEvidence, type Members } from '../reconcile/members.js';
import type { EvidenceStream } from '../render/types.js';

/** Mentions per bucket: bounds the evidence held at once (about 2 MB of rendered JSON). */
export const BUCKET_WEIGHT = 5_000;
const RECORD_END = '\u0001'; // never raw inside JSON text

/**
 * Evidence for a large run without holding it all. One pass over the sources (full
 * mentions, read back one at a time in id order) renders every piece of evidence and
 * files it in the bucket of its fact; buckets are consecutive runs of facts of about
 * `weight` mentions. Then each bucket is read back whole and handed out fact by fact.
 * Sources come in id order and each source's evidence is sorted by position, so every
 * fact's evidence is in the contract's order, as `attachEvidence` would give it.
 */
export function evidenceStream(
  facts: readonly Fact[],
  members: Members,
  sources: () => Iterable<SourceMentions>,
  dir: string,
  weight = BUCKET_WEIGHT,
  hold?: number,
): EvidenceStream {
  return function* (render) {
    const ordinal = new Map<string, number>();
    facts.forEach((f, i) => ordinal.set(f.id, i));
    const weights = new Uint32Array(facts.length);
    for (const kind of [members.actors, members.quotes, members.figures, members.dates]) {
      for (const list of kind.values()) for (const id of list) if (id !== undefined) weights[ordinal.get(id)!]!++;
    }
    const bucketOf = new Uint32Array(facts.length);
    const starts = [0];
    let filled = 0;
    for (let i = 0; i < facts.length; i++) {
      if (filled > 0 && filled + weights[i]! > weight) {
        starts.push(i);
        filled = 0;
      }
      bucketOf[i] = starts.length - 1;
      filled += weights[i]!;
    }
    const buckets = new BucketFiles(dir, starts.length, hold);
    const names = actorNames(facts);
    for (const m of sources()) {
      const records = sourceEvidence(m, members, (f) => names.get(f)).map((r) => ({ i: ordinal.get(r.fact)!, e: r.evidence }));
      records.sort((a, b) => a.i - b.i || a.e.start - b.e.start || a.e.end - b.e.end);
      for (const r of records) buckets.append(bucketOf[r.i]!, `${r.i}\t${render(r.e)}${RECORD_END}`);
      collectIfGrown(32);
    }
    for (let b = 0; b < starts.length; b++) {
      const lo = starts[b]!;
      const hi = starts[b + 1] ?? facts.length;
      const lists: string[][] = Array.from({ length: hi - lo }, () => []);
      collectIfGrown(32);
      const text = buckets.take(b);
      for (let at = 0; at < text.length; ) {
        const tab = text.indexOf('\t', at);
        const end = text.indexOf(RECORD_END, tab);
        lists[Number(text.slice(at, tab)) - lo]!.push(text.slice(tab + 1, end));
        at = end + 1;
      }
      for (let i = lo; i < hi; i++) yield [i, lists[i - lo]!] as const;
    }
  };
}
