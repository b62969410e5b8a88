import type { QuoteFact, RunResult } from '../model/fact.js';
import { computeLineStarts, lineColumn } from '../reconcile/evidence.js';
import { diagnostic } from '../model/codes.js';
import type { Diagnostic, RelatedPlace } from '../model/diagnostic.js';
import { excerpt, placeLabel, sameSpeaker, type Aliases } from './names.js';
import { wordsOf } from './words.js';

/**
 * `--expect FILE`: attributions a team verified by hand, pinned so a regression
 * fails the build. The file:
 *   {"quotes": [{"text": "We will not retreat", "speaker": "Ana Duarte"}]}
 * `text` may be any run of words of the quote; `speaker` is compared like names are
 * across sources (transliterations and configured aliases count as the same).
 */
export interface Expectation {
  readonly text: string;
  readonly speaker: string;
}

/** Parses and validates the file; a string is the one-line reason it is unusable. */
export function parseExpectations(json: string): Expectation[] | string {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (err) {
    return `not valid JSON (${(err as Error).message})`;
  }
  if (!isObject(data) || !Array.isArray(data.quotes)) return 'expected an object with a "quotes" array';
  const extra = Object.keys(data).filter((k) => k !== 'quotes');
  if (extra.length) return `unknown key "${extra[0]}"; only "quotes" is allowed`;
  const out: Expectation[] = [];
  for (const [i, q] of data.quotes.entries()) {
    if (!isObject(q) || typeof q.text !== 'string' || typeof q.speaker !== 'string') return `quotes[${i}] must be {"text": string, "speaker": string}`;
    if (wordsOf(q.text).length === 0) return `quotes[${i}].text has no words`;
    out.push({ text: q.text, speaker: q.speaker });
  }
  return out;
}

/** One diagnostic per expectation that fails, located at its entry in the expectations file. */
export function checkExpectations(list: readonly Expectation[], result: RunResult, file: { path: string; text: string }, aliases: Aliases = {}): Diagnostic[] {
  const paths = new Map(result.sources.map((s) => [s.id, s.path]));
  const quotes = result.facts.filter((f): f is QuoteFact => f.type === 'quote');
  const lineStarts = computeLineStarts(file.text);
  const out: Diagnostic[] = [];
  let searchFrom = 0;
  for (const e of list) {
    const at = file.text.indexOf(JSON.stringify(e.text), searchFrom);
    if (at >= 0) searchFrom = at + 1;
    const pos = at >= 0 ? lineColumn(lineStarts, at) : { line: 0, column: 0 };
    const make = (code: string, message: string, related: RelatedPlace[]): Diagnostic => diagnostic(code, message, { source: file.path, ...pos, related });
    const needle = ` ${wordsOf(e.text).map((w) => w.word).join(' ')} `;
    const found = quotes.filter((f) => [f.text, ...f.evidence.map((ev) => ev.text)].some((t) => ` ${wordsOf(t).map((w) => w.word).join(' ')} `.includes(needle)));
    if (found.length === 0) {
      out.push(make('expect/missing', `Expected quote "${excerpt(e.text, 50)}" was not found among the sources' quotes`, []));
      continue;
    }
    for (const f of found) {
      // Evidence that names nobody does not contradict; evidence that names someone else does.
      const wrong = f.evidence.filter((ev) => ev.speakerName !== null && !sameSpeaker(ev.speakerName, e.speaker, aliases));
      const factWrong = !f.speakerName || !sameSpeaker(f.speakerName, e.speaker, aliases);
      if (!factWrong && wrong.length === 0) continue;
      const shown = wrong.length ? wrong : f.evidence;
      const related = shown.map((ev) => ({ path: paths.get(ev.source) ?? ev.source, line: ev.line, column: ev.column, text: ev.speakerName ? `attributed to ${ev.speakerName}` : 'no speaker' }));
      const given = f.speakerName ?? shown.find((ev) => ev.speakerName)?.speakerName ?? null;
      out.push(make('expect/wrong-speaker',
        `Expected "${excerpt(e.text, 50)}" to be attributed to ${e.speaker}, the sources give ${given ?? 'no speaker'} (${placeLabel(related[0]!)})`, related));
    }
  }
  return out;
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
