import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MentionStore } from '../engine/spill-mentions.js';
import type { SourceMentions } from '../model/extraction.js';
import type { Source } from '../model/source.js';

const FORMAT = 1;

/**
 * Per-source mentions on disk, one JSON file per (tool fingerprint, source id,
 * content hash). An entry that does not parse, or whose key or shape is wrong,
 * is ignored and rebuilt — a cache is never trusted over the text.
 */
export function diskCache(dir: string, fingerprint: string): MentionStore {
  let usable = true;
  const keyOf = (s: Source) => createHash('sha256').update(`${FORMAT}\0${fingerprint}\0${s.id}\0${s.path}\0`).update(s.text).digest('hex');
  const fileOf = (key: string) => join(dir, key.slice(0, 2), `${key}.json`);
  return {
    get(source) {
      const key = keyOf(source);
      try {
        const entry = JSON.parse(readFileSync(fileOf(key), 'utf8')) as { format?: unknown; key?: unknown; mentions?: SourceMentions };
        return entry.format === FORMAT && entry.key === key && looksLikeMentions(entry.mentions, source) ? entry.mentions! : null;
      } catch {
        return null;
      }
    },
    set(source, mentions) {
      if (!usable) return;
      const key = keyOf(source);
      const file = fileOf(key);
      const tmp = `${file}.${process.pid}.tmp`;
      try {
        mkdirSync(join(dir, key.slice(0, 2)), { recursive: true });
        writeFileSync(tmp, JSON.stringify({ format: FORMAT, key, mentions }));
        renameSync(tmp, file);
      } catch {
        usable = false; // a read-only or full disk disables the cache for this run, silently
        try {
          unlinkSync(tmp);
        } catch {
          /* nothing to clean */
        }
      }
    },
  };
}

function looksLikeMentions(m: SourceMentions | undefined, source: Source): boolean {
  return (
    typeof m === 'object' && m !== null && m.source?.id === source.id && m.source.chars === source.text.length &&
    Array.isArray(m.actors) && Array.isArray(m.quotes) && Array.isArray(m.figures) && Array.isArray(m.dates) &&
    Array.isArray(m.diagnostics) && Array.isArray(m.lineStarts)
  );
}
