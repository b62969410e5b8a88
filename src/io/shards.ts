import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { diagnostic } from '../model/codes.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { SourceMentions } from '../model/extraction.js';

/**
 * Mention shards: one NDJSON file per source, so extraction can run on many
 * machines and one `summit-facts reconcile` merges the shards. Each file opens
 * with a `source` record; every other line is one mention or diagnostic:
 *   {"record":"source","source":{…},"lineStarts":[…],"anchorDate":null}
 *   {"record":"actor",…}  {"record":"quote",…}  {"record":"figure",…}  {"record":"date",…}  {"record":"diagnostic",…}
 */
const KINDS = [['actors', 'actor'], ['quotes', 'quote'], ['figures', 'figure'], ['dates', 'date'], ['diagnostics', 'diagnostic']] as const;
export const SHARD_SUFFIX = '.mentions.ndjson';

export function shardName(id: string): string {
  return `${id.replace(/[\\/]/g, '__')}${SHARD_SUFFIX}`;
}

export function shardText(m: SourceMentions): string {
  const lines = [JSON.stringify({ record: 'source', source: m.source, lineStarts: m.lineStarts, anchorDate: m.anchorDate })];
  for (const [field, record] of KINDS) for (const item of m[field]) lines.push(JSON.stringify({ record, ...item }));
  return lines.join('\n') + '\n';
}

export function parseShard(text: string, file: string): SourceMentions | Diagnostic {
  const bad = (why: string): Diagnostic => diagnostic('shard/invalid', `${file}: not a mention shard (${why}); skipped`, { source: file });
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  let head: { record?: string; source?: SourceMentions['source']; lineStarts?: number[]; anchorDate?: string | null };
  try {
    head = JSON.parse(lines[0] ?? '');
  } catch {
    return bad('first line is not JSON');
  }
  if (head.record !== 'source' || !head.source || !Array.isArray(head.lineStarts)) return bad('first line is not a source record');
  const out = { source: head.source, lineStarts: head.lineStarts, anchorDate: head.anchorDate ?? null, actors: [], quotes: [], figures: [], dates: [], diagnostics: [] } as Record<string, unknown>;
  for (let n = 1; n < lines.length; n++) {
    let rec: { record?: string } & Record<string, unknown>;
    try {
      rec = JSON.parse(lines[n]!);
    } catch {
      return bad(`line ${n + 1} is not JSON`);
    }
    const kind = KINDS.find(([, r]) => r === rec.record);
    if (!kind) return bad(`line ${n + 1} has unknown record "${String(rec.record)}"`);
    const { record: _record, ...item } = rec;
    (out[kind[0]] as unknown[]).push(item);
  }
  return out as unknown as SourceMentions;
}

/** The shard files under the given folders (or given as files), sorted by path, each once. */
export function shardFiles(inputs: readonly string[]): { files: string[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const files: string[] = [];
  for (const input of inputs) {
    try {
      if (statSync(input).isDirectory()) files.push(...readdirSync(input).filter((f) => f.endsWith(SHARD_SUFFIX)).map((f) => join(input, f)));
      else files.push(input);
    } catch {
      diagnostics.push(diagnostic('load/not-found', `${input}: no such file or directory`, { source: input }));
    }
  }
  return { files: [...new Set(files)].sort(), diagnostics };
}

/** One shard file: its source's mentions, or why it cannot be used. */
export function readShard(file: string): SourceMentions | Diagnostic {
  try {
    return parseShard(readFileSync(file, 'utf8'), file);
  } catch (err) {
    return diagnostic('load/unreadable', `${file}: cannot be read (${(err as Error).message})`, { source: file });
  }
}
