import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { SourceInfo } from '../model/source.js';
import { decodeText } from '../load/decode.js';

export interface SourceTexts {
  /** Texts by source id, each exactly as the run read it. */
  readonly texts: Map<string, string>;
  /** Sources whose text is left out, and why: `changed` since the run read them, or `unreadable` from here. */
  readonly missing: Array<{ readonly path: string; readonly why: 'changed' | 'unreadable' }>;
}

/**
 * Each source's text for the formats that show the articles (html). The engine keeps no texts (a
 * large run never holds the corpus), so each file is read again, one at a time, and kept only when
 * its sha256 is the one the run recorded: offsets into an edited file would mark the wrong words.
 * Standard input cannot be read twice; `held` gives the texts the CLI kept while reading (by path, `-`).
 */
export function readSourceTexts(sources: readonly SourceInfo[], cwd: string, held: ReadonlyMap<string, string>): SourceTexts {
  const texts = new Map<string, string>();
  const missing: SourceTexts['missing'] = [];
  for (const s of sources) {
    const bytes = held.has(s.path) ? Buffer.from(held.get(s.path)!, 'utf8') : readOrNull(resolve(cwd, s.path));
    const decoded = bytes && createHash('sha256').update(bytes).digest('hex') === s.sha256 ? decodeText(bytes) : null;
    if (decoded?.ok) texts.set(s.id, decoded.text);
    else missing.push({ path: s.path, why: bytes ? 'changed' : 'unreadable' });
  }
  return { texts, missing };
}

function readOrNull(path: string): Buffer | null {
  try {
    return readFileSync(path);
  } catch {
    return null;
  }
}
