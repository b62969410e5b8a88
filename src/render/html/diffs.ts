import type { Conflict, ConflictDetail, Fact } from '../../model/fact.js';
import { alignWords, wordsOf, type Word } from '../../check/words.js';

/** `[detail index, start, end]`: words of one side that differ, as offsets into that detail's source. */
export type WordMark = readonly [number, number, number];

/**
 * What differs between the sides of a conflict, to mark in the page. A side is one fact; each of
 * its places is compared with the first place of another side, by the word alignment `check` uses
 * (`alignWords`): “a [major] win for the port” against “a [notable] win for the port”. A fragment is
 * aligned inside the longer wording, so “the harbour's [defense] plan” marks only `defence` in the
 * long quote, not the words the fragment never had. Figures and dates differ as a whole: the
 * whole span is marked. A speaker conflict has no differing words (the speakers are its sides).
 */
export function differingWords(conflict: Conflict, facts: ReadonlyMap<string, Fact>): WordMark[] {
  if (conflict.type === 'quote-speaker') return [];
  if (conflict.type !== 'quote-wording') return conflict.details.map((d, i) => [i, d.evidence.start, d.evidence.end] as const);
  const sides = [...new Set(conflict.details.map((d) => d.fact))];
  if (sides.length < 2) return [];
  const words = conflict.details.map((d) => detailWords(d, facts));
  const firstOf = (fact: string): number => conflict.details.findIndex((d) => d.fact === fact);
  const marks: WordMark[] = [];
  conflict.details.forEach((d, i) => {
    const other = firstOf(sides[d.fact === sides[0] ? 1 : 0]!);
    for (const w of changedWords(words[i]!, words[other]!)) marks.push([i, w.start, w.end]);
  });
  return marks;
}

/**
 * The words of a detail with offsets into its source, from the quote's evidence at that place
 * (its text is the source's own slice); none when the evidence is not found.
 */
function detailWords(d: ConflictDetail, facts: ReadonlyMap<string, Fact>): Word[] {
  const fact = facts.get(d.fact);
  const ev = fact?.evidence.find((e) => e.source === d.source && e.start === d.evidence.start);
  return ev ? wordsOf(ev.text, ev.start) : [];
}

/** Words of `mine` that `theirs` does not have at the aligned place (changed, or only in `mine`). */
function changedWords(mine: readonly Word[], theirs: readonly Word[]): Word[] {
  if (mine.length === 0 || theirs.length === 0) return [];
  const mineShorter = mine.length <= theirs.length;
  const [draft, source] = mineShorter ? [mine, theirs] : [theirs, mine];
  const al = alignWords(draft.map((w) => w.word), source.map((w) => w.word));
  const out: Word[] = [];
  let i = 0;
  let j = al.from;
  for (const op of al.ops) {
    if (op.kind === 'changed') out.push(mineShorter ? draft[i]! : source[j]!);
    else if (op.kind === 'added' && mineShorter) out.push(draft[i]!);
    else if (op.kind === 'dropped' && !mineShorter) out.push(source[j]!);
    if (op.kind !== 'dropped') i++;
    if (op.kind !== 'added') j++;
  }
  return out;
}
