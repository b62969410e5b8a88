import { extractSource } from '../../src/extract/index.js';
import type { SourceMentions } from '../../src/model/extraction.js';

/** Runs per-source extraction on a string. */
export function extractText(text: string, id = 't'): SourceMentions {
  return extractSource({ id, path: `${id}.txt`, text });
}

/** Each quote as "speaker | text" (speaker name or null), for compact table tests. */
export function quoteLines(text: string): string[] {
  return extractText(text).quotes.map((q) => `${q.speaker.name ?? 'null'} | ${q.text}`);
}
