import type { Conflict, ConflictDetail, QuoteEvidence, QuoteFact, RunResult } from '../model/fact.js';
import { isSpelling } from '../reconcile/quote-conflicts.js';
import { diagnostic } from '../model/codes.js';
import type { Diagnostic, RelatedPlace } from '../model/diagnostic.js';
import { excerpt, placeLabel, sameSpeaker, type Aliases } from './names.js';
import { alignWords, wordsOf } from './words.js';

interface Located extends RelatedPlace {
  readonly key: string;
  readonly source: string;
  readonly start: number;
}

/**
 * RunResult → consistency diagnostics: one per conflicting evidence location,
 * so every file:line involved is flagged and points at the other side.
 */
export function consistencyDiagnostics(result: RunResult, aliases: Aliases = {}): Diagnostic[] {
  const paths = new Map(result.sources.map((s) => [s.id, s.path]));
  const quotes = new Map(result.facts.filter((f): f is QuoteFact => f.type === 'quote').map((f) => [f.id, f]));
  const out: Diagnostic[] = [];
  for (const c of result.conflicts) out.push(...fromConflict(c, paths, quotes, aliases));
  for (const f of quotes.values()) out.push(...unattributed(f, paths));
  return out;
}

function fromConflict(c: Conflict, paths: ReadonlyMap<string, string>, quotes: ReadonlyMap<string, QuoteFact>, aliases: Aliases): Diagnostic[] {
  const located = unique(c.details.map((d) => locate(d, c, paths, quotes))).filter((l) => !(c.type === 'quote-speaker' && l.key === 'unattributed'));
  const keys = c.type === 'quote-speaker' ? speakerKeys(located, aliases) : new Map(located.map((l) => [l, l.key]));
  const out: Diagnostic[] = [];
  for (const here of located) {
    const others = located.filter((o) => keys.get(o) !== keys.get(here)).sort(byPlace);
    if (others.length === 0) continue;
    const [code, message] = describe(c, here, others[0]!, quotes);
    const more = others.length > 1 ? `; +${others.length - 1} more` : '';
    out.push(diagnostic(code, `${message} (${placeLabel(others[0]!)}${more})`, {
      source: here.path, line: here.line, column: here.column,
      related: others.map(({ path, line, column, text }) => ({ path, line, column, text })),
    }));
  }
  return out;
}

/** The code and message for one location of a conflict, naming the first other location's words. */
function describe(c: Conflict, here: Located, other: Located, quotes: ReadonlyMap<string, QuoteFact>): [string, string] {
  if (c.type === 'quote-wording') {
    const [mine, theirs, spelling] = compareWording(here.text, other.text);
    return spelling
      ? ['quote/variant-spelling', `"${mine}" differs from "${theirs}" in spelling only`]
      : ['quote/variant-wording', `"${mine}" differs from "${theirs}"`];
  }
  if (c.type === 'quote-speaker') {
    const quote = excerpt(quotes.get(c.facts[0]!)?.text ?? '', 50);
    return ['quote/conflicting-speakers', `"${quote}" is attributed to ${here.key} here but to ${other.key}`];
  }
  // Figures and dates: the conflict's own message, the words `extract` shows for it.
  return [c.type === 'figure' ? 'figure/conflict' : 'date/conflict', c.message];
}

/**
 * The part of each wording that corresponds ("the harbour's defense plan" inside
 * "It is the harbour's defence plan because…"), and whether every changed
 * word is a near-identical spelling (defence/defense).
 */
export function compareWording(a: string, b: string): [string, string, boolean] {
  const wa = wordsOf(a);
  const wb = wordsOf(b);
  const aShorter = wa.length <= wb.length;
  const [short, long] = aShorter ? [wa, wb] : [wb, wa];
  const al = alignWords(short.map((w) => w.word), long.map((w) => w.word));
  const spelling = al.ops.every((op) => op.kind === 'same' || (op.kind === 'changed' && isSpelling(op.draft, op.source)));
  const shortText = span(aShorter ? a : b, short, 0, short.length);
  const longText = span(aShorter ? b : a, long, al.from, al.to);
  return aShorter ? [shortText, longText, spelling] : [longText, shortText, spelling];
}

function span(text: string, words: ReadonlyArray<{ start: number; end: number }>, from: number, to: number): string {
  if (from >= to) return excerpt(text);
  return excerpt(text.slice(words[from]!.start, words[to - 1]!.end), 80);
}

function locate(d: ConflictDetail, c: Conflict, paths: ReadonlyMap<string, string>, quotes: ReadonlyMap<string, QuoteFact>): Located {
  const ev = quotes.get(d.fact)?.evidence.find((e) => e.source === d.source && e.start === d.evidence.start);
  // The sides of a conflict: a quote's wordings and a figure's or date's values are its facts (two
  // sources writing "some 12,000" and "about 12,000" are one side); speakers are compared by name.
  const key = c.type === 'quote-speaker' ? d.value : d.fact;
  const text = c.type === 'quote-wording' ? (ev?.text ?? d.value) : d.value;
  return { key, source: d.source, start: d.evidence.start, path: paths.get(d.source) ?? d.source, line: d.evidence.line, column: d.evidence.column, text };
}

/** Speaker names grouped so transliterations and configured aliases count as one speaker. */
function speakerKeys(located: readonly Located[], aliases: Aliases): Map<Located, string> {
  const reps: string[] = [];
  const keys = new Map<Located, string>();
  for (const l of [...located].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))) {
    const rep = reps.find((r) => sameSpeaker(r, l.key, aliases)) ?? (reps.push(l.key), l.key);
    keys.set(l, rep);
  }
  return keys;
}

/** A full quote (not a fragment) that no source attributes: a warning on each such evidence. */
function unattributed(f: QuoteFact, paths: ReadonlyMap<string, string>): Diagnostic[] {
  const named = f.evidence.filter((e) => e.speakerName !== null);
  return f.evidence
    .filter((e: QuoteEvidence) => e.speakerName === null && e.speakerText === null && !e.partial)
    .map((e) => diagnostic('quote/unattributed',
      `Quote without a speaker: "${excerpt(e.text, 50)}" has no "said"-style attribution${named.length ? `; ${named[0]!.speakerName} elsewhere (${placeLabel({ path: paths.get(named[0]!.source) ?? named[0]!.source, line: named[0]!.line, column: named[0]!.column })})` : ''}`,
      {
        source: paths.get(e.source) ?? e.source, line: e.line, column: e.column,
        related: named.map((n) => ({ path: paths.get(n.source) ?? n.source, line: n.line, column: n.column, text: `attributed to ${n.speakerName}` })),
      }));
}

function unique(list: readonly Located[]): Located[] {
  const seen = new Set<string>();
  return list.filter((l) => {
    const k = `${l.source}\0${l.start}\0${l.key}`;
    return seen.has(k) ? false : (seen.add(k), true);
  });
}

const byPlace = (a: Located, b: Located): number => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) || a.line - b.line || a.column - b.column;
