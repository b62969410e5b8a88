import { parseSource } from '../../../src/nlp/segment.js';
import { extractDates } from '../../../src/extract/dates/index.js';
import { resolveRelative } from '../../../src/extract/dates/resolve.js';
import type { DateMention } from '../../../src/model/mention.js';

export const datesOf = (text: string): DateMention[] => extractDates(parseSource('t', text)).dates;

/** The mention's value, resolved against `ref` when it is relative. */
export function valueAt(d: DateMention, ref: string): string | null {
  if (d.value !== null || !d.relative) return d.value;
  return resolveRelative(d.relative, ref)?.value ?? null;
}

/** "text → value" for every date of a sentence, resolved against `ref`: compact rows for table tests. */
export function readDates(text: string, ref: string): string[] {
  return datesOf(text).map((d) => `${d.text} → ${valueAt(d, ref)}`);
}
