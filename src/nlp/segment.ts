import { ABBREVIATIONS, SENTENCE_OPENERS } from './abbreviations.js';
import { MONTHS } from '../lexicon/calendar.js';
import { computeLineStarts } from '../reconcile/evidence.js';
import { classifyLine } from './lines.js';
import { tokenize } from './tokenize.js';
import type { Paragraph, ParsedSource, Sentence, Token } from './types.js';

const TERMINAL = new Set(['.', '!', '?', '…']);
const CLOSERS = new Set(['”', '"', "'", "''", '’', '»', '›', ')', ']']);

/** Splits a source into paragraphs (non-blank lines), sentences and tokens, all as offsets. */
export function parseSource(id: string, text: string): ParsedSource {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  const paragraphs: Paragraph[] = [];
  for (const lineTokens of paragraphTokens(text)) {
    const first = lineTokens[0]!;
    const last = lineTokens[lineTokens.length - 1]!;
    const paragraph = paragraphs.length;
    const firstSentence = sentences.length;
    const base = tokens.length;
    for (const t of lineTokens) tokens.push(t); // not push(...): a 5 MB line would overflow the stack
    for (const [a, b] of sentenceBreaks(lineTokens)) {
      sentences.push({
        start: lineTokens[a]!.start,
        end: lineTokens[b - 1]!.end,
        paragraph,
        firstToken: base + a,
        endToken: base + b,
      });
    }
    const kind = classifyLine(text.slice(first.start, last.end), lineTokens);
    paragraphs.push({
      start: first.start,
      end: last.end,
      firstSentence,
      endSentence: sentences.length,
      heading: kind === 'heading',
      credit: kind === 'credit',
    });
  }
  return { id, text, paragraphs, sentences, tokens, lineStarts: computeLineStarts(text) };
}

/**
 * The tokens of each paragraph: a non-blank line, and the lines a hard wrap broke it into. A line that
 * opens with a word in lower case continues the line before it when that one stops mid-sentence, with
 * no stop, colon or closing mark at its end ("… the harbour will reopen next week and the" / "ferries
 * will sail on time"): plain-text news is often wrapped at a fixed width.
 */
function* paragraphTokens(text: string): Generator<Token[]> {
  let pending: Token[] = [];
  let open = false; // a double quotation mark of the paragraph so far is open (kept line by line: linear)
  for (const [start, end] of lineRanges(text)) {
    const lineTokens = tokenize(text, start, end);
    if (lineTokens.length === 0) {
      if (pending.length) yield pending;
      pending = [];
      open = false;
      continue;
    }
    if (pending.length && (wrapped(pending[pending.length - 1]!, lineTokens[0]!) || (open && quoteClosesIn(lineTokens)))) {
      for (const t of lineTokens) pending.push(t); // not push(...): a 5 MB line would overflow the stack
    } else {
      if (pending.length) yield pending;
      pending = lineTokens;
      open = false;
    }
    open = quoteOpenAfter(open, lineTokens);
  }
  if (pending.length) yield pending;
}

/** The line ending in `last` runs on into the next line, which opens with `first`. */
function wrapped(last: Token, first: Token): boolean {
  return first.kind === 'word' && /^\p{Ll}/u.test(first.text) && last.kind === 'word' && /[\p{L}\p{N}]$/u.test(last.text) && !last.text.endsWith('.');
}

/** Whether a double quotation mark is open after `line`, given whether one was open before it. */
function quoteOpenAfter(open: boolean, line: readonly Token[]): boolean {
  for (const t of line) {
    if (t.text === '“') open = true;
    else if (t.text === '”') open = false;
    else if (t.text === '"') open = !open;
  }
  return open;
}

/**
 * The line closes a quotation the paragraph before it opened, and opens with no mark of its own:
 * "“I have done enough for a lifetime." / "I ate whatever I wanted,” she said." is one paragraph (a new
 * paragraph of the same quotation would open with a mark).
 */
function quoteClosesIn(line: readonly Token[]): boolean {
  if (line[0]!.kind === 'quote') return false;
  const mark = line.find((t) => t.text === '“' || t.text === '”' || t.text === '"');
  return mark !== undefined && (mark.text === '”' || (mark.text === '"' && mark.glued));
}

/** [start, end) of every line, without its line break. */
function* lineRanges(text: string): Generator<[number, number]> {
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 10;
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) {
      yield [start, i];
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
}

/** Token index ranges of the sentences in one paragraph. */
function sentenceBreaks(tokens: readonly Token[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let begin = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (!endsSentence(tokens, i)) continue;
    let j = i + 1;
    // Absorb closing marks: `them.” Next` ends after the ”.
    while (j < tokens.length && CLOSERS.has(tokens[j]!.text) && !opensAfter(tokens, j)) j++;
    const next = tokens[j];
    if (next && !startsSentence(next)) continue;
    out.push([begin, j]);
    begin = j;
    i = j - 1;
  }
  if (begin < tokens.length) out.push([begin, tokens.length]);
  return out;
}

function endsSentence(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (TERMINAL.has(t.text)) {
    if (t.text !== '.') return true;
    const prev = tokens[i - 1];
    if (!prev || prev.end !== t.start) return true;
    if (ABBREVIATIONS.has(prev.norm)) return false;
    // "Tue., May. 14, 2024": a month written with the period of the abbreviations around it, before its day
    if (MONTHS.has(prev.norm) && /^\p{Lu}/u.test(prev.text) && /^\d{1,2}$/.test(tokens[i + 1]?.text ?? '') && /^(?:,|\d{4})$/.test(tokens[i + 2]?.text ?? '')) return false;
    // An initial: "J. Smith", or one after a hyphen: "(R-N.H.)".
    return !(prev.kind === 'word' && /(?:^|-)\p{Lu}$/u.test(prev.text));
  }
  // An acronym token carries its own period: "the U.S. The talks".
  return t.kind === 'word' && t.text.endsWith('.') && SENTENCE_OPENERS.has(tokens[i + 1]?.norm ?? '');
}

/** A straight quote after a sentence end opens the next sentence when a word follows it directly. */
function opensAfter(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j]!;
  const prev = tokens[j - 1]!;
  const next = tokens[j + 1];
  return (t.text === '"' || t.text === "'" || t.text === "''") && prev.end < t.start && next !== undefined && next.start === t.end;
}

function startsSentence(next: Token): boolean {
  if (next.kind === 'quote' || next.text === '(' || next.text === '[') return true;
  if (next.kind !== 'word') return next.text !== ',' && next.text !== ';';
  // Lower case after a period is an abbreviation or a decimal: "3 p.m. yesterday".
  return /\p{Lu}|\p{N}/u.test(next.text.charAt(0));
}
