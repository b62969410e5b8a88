import type { QuoteFact, RunResult } from '../model/fact.js';
import type { QuoteMention } from '../model/mention.js';
import type { Source } from '../model/source.js';
import { extractSource } from '../extract/index.js';
import { computeLineStarts, lineColumn } from '../reconcile/evidence.js';
import { diagnostic } from '../model/codes.js';
import type { Diagnostic, RelatedPlace } from '../model/diagnostic.js';
import { excerpt, placeLabel, sameSpeaker, type Aliases } from './names.js';
import { hasEllipsis, normalisationsBetween, splitEllipsis } from './normalise.js';
import { closest, findFragments, haystack, type Found, type Haystack } from './search.js';
import type { DraftVerdict } from './types.js';
import { classifyCloseness, isMisattributed } from './verdict.js';
import { wordsOf } from './words.js';

/**
 * Verifies every quote in a draft against the sources' full texts (not only
 * what the extractor marked as quotes there: a draft may quote words a source
 * reported without marks). The draft's quotes are found by the same extractor;
 * Markdown is read as it is, so offsets stay true to the draft file.
 */
export function verifyDraft(draft: Source, sources: readonly Source[], result: RunResult, aliases: Aliases = {}, speechVerbs: readonly string[] = []): { verdicts: DraftVerdict[]; diagnostics: Diagnostic[] } {
  const hays = sources.map(haystack);
  const lineStarts = computeLineStarts(draft.text);
  const quotes = extractSource(draft, { speechVerbs }).quotes;
  const verdicts: DraftVerdict[] = [];
  for (const q of quotes) {
    const v = verifyQuote(q, draft, lineStarts, hays, result, aliases);
    if (v) verdicts.push(v);
  }
  return { verdicts, diagnostics: verdicts.flatMap(toDiagnostic) };
}

function verifyQuote(q: QuoteMention, draft: Source, lineStarts: readonly number[], hays: readonly Haystack[], result: RunResult, aliases: Aliases): DraftVerdict | null {
  const words = wordsOf(q.text, q.start);
  if (words.length === 0) return null;
  const base = {
    path: draft.path, ...lineColumn(lineStarts, q.start), text: q.text,
    draftSpeaker: q.speaker.anonymous ? null : q.speaker.name,
  };
  const fragments = hasEllipsis(q.text) ? splitEllipsis(q.text).map((f) => wordsOf(f).map((w) => w.word)) : [];
  let match: Found | null;
  let verdict: DraftVerdict['verdict'];
  let normalisations: string[] = [];
  if (fragments.length >= 2) {
    const parts = findFragments(fragments, hays);
    if (parts) {
      match = { ...parts[0]!, end: parts[parts.length - 1]!.end };
      verdict = 'ellipsis';
    } else {
      // The first fragment that is not word for word in a source is what is wrong.
      const tried = fragments.map((f) => [f, closest(f, hays)] as const);
      const [frag, bad] = tried.find(([, f]) => !f || f.alignment.distance > 0) ?? tried[0]!;
      const c = bad && bad.alignment.distance > 0 ? classifyCloseness(bad.alignment, frag.length) : null;
      return { ...base, verdict: c?.verdict ?? 'not-found', normalisations, diff: c?.diff ?? null, negations: c?.negations ?? [], sourceSpeaker: null, source: bad && c?.close ? place(bad) : null };
    }
  } else {
    match = closest(words.map((w) => w.word), hays);
    if (!match || match.alignment.distance > 0) {
      const c = match ? classifyCloseness(match.alignment, words.length) : null;
      return { ...base, verdict: c?.verdict ?? 'not-found', normalisations, diff: c?.diff ?? null, negations: c?.negations ?? [], sourceSpeaker: null, source: match && c?.close ? place(match) : null };
    }
    const drafted = draft.text.slice(words[0]!.start, words[words.length - 1]!.end);
    normalisations = normalisationsBetween(drafted, match.hay.source.text.slice(match.start, match.end)) ?? ['punctuation'];
    verdict = normalisations.length ? 'normalised' : 'verbatim';
  }
  const sourceSpeaker = speakerAt(result, match.hay.source.id, match.start, match.end);
  if (isMisattributed(base.draftSpeaker, sourceSpeaker, (a, b) => sameSpeaker(a, b, aliases))) verdict = 'misattributed';
  return { ...base, verdict, normalisations, diff: null, negations: [], sourceSpeaker, source: place(match) };
}

/** The speaker the sources give for the quote evidence covering [start, end) of one source, if any. */
function speakerAt(result: RunResult, source: string, start: number, end: number): string | null {
  for (const f of result.facts) {
    if (f.type !== 'quote') continue;
    for (const e of (f as QuoteFact).evidence) {
      if (e.source === source && e.start < end && start < e.end) {
        const name = e.speakerName ?? f.speakerName;
        if (name) return name;
      }
    }
  }
  return null;
}

function place(f: Found): RelatedPlace {
  const { line, column } = lineColumn(computeLineStarts(f.hay.source.text), f.start);
  return { path: f.hay.source.path, line, column, text: f.hay.source.text.slice(f.start, f.end) };
}

/** Verdict → diagnostic; quotes that check out report nothing. */
function toDiagnostic(v: DraftVerdict): Diagnostic[] {
  const quote = `"${excerpt(v.text, 50)}"`;
  const at = v.source ? ` (${placeLabel(v.source)})` : '';
  const make = (code: string, message: string): Diagnostic[] => [
    diagnostic(code, message, { source: v.path, line: v.line, column: v.column, related: v.source ? [v.source] : [] }),
  ];
  switch (v.verdict) {
    case 'misquote':
      return make('draft/misquote', `${quote} misquotes the source: ${v.diff}${at}`);
    case 'negation':
      return make('draft/negation-changed', `${quote} ${v.negations.join(', ')} compared with the source: ${v.diff}${at}`);
    case 'not-found':
      return make('draft/quote-not-found', `${quote} is in no source${v.source ? `; closest: "${excerpt(v.source.text, 50)}"${at}${v.diff ? `: ${v.diff}` : ''}` : ''}`);
    case 'misattributed':
      return make('draft/misattributed', `${quote} is attributed to ${v.draftSpeaker} but the source gives it to ${v.sourceSpeaker}${at}`);
    default:
      return [];
  }
}
