import type { Evidence } from '../model/fact.js';

/** Finds the 1-based line and column of `offset` given sorted line starts (binary search). */
export function lineColumn(lineStarts: readonly number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((lineStarts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - (lineStarts[lo] ?? 0) + 1 };
}

/** Offsets where each line begins; a line ends at \n, \r\n or a lone \r. */
export function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

export interface SpanText {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly rule: string;
  readonly parts?: ReadonlyArray<{ readonly start: number; readonly end: number; readonly text: string }>;
}

/** Evidence for a span of one source, with line and column derived from its line starts. */
export function evidenceOf(source: string, lineStarts: readonly number[], span: SpanText): Evidence {
  const { line, column } = lineColumn(lineStarts, span.start);
  const ev = { source, start: span.start, end: span.end, line, column, text: span.text, rule: span.rule };
  if (!span.parts) return ev;
  return { ...ev, parts: span.parts.map((p) => ({ start: p.start, end: p.end, ...lineColumn(lineStarts, p.start), text: p.text })) };
}

/** Orders evidence by source id, then position: the one order used everywhere. */
export function compareEvidence(a: { source: string; start: number; end: number }, b: { source: string; start: number; end: number }): number {
  if (a.source !== b.source) return a.source < b.source ? -1 : 1;
  return a.start - b.start || a.end - b.end;
}
