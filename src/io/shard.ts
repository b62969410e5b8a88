import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { diagnostic } from '../model/codes.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { SourceMentions } from '../model/extraction.js';

/**
 * The one on-disk form of a source's mentions: the per-article cache entry, the run's spill
 * and the `--mentions-out` shard are the same bytes. NDJSON, one record a line:
 *   {"record":"source","format":2,"source":{…},"lineStarts":[…],"anchorDate":null,"digest":"<sha256>"}
 *   {"record":"actor",…} … {"record":"quote",…} … {"record":"figure",…} … {"record":"date",…} … {"record":"diagnostic",…}
 * Records come in that order, so each kind is one run of lines (a "section") that can be read alone.
 * `digest` is the sha256 of the whole shard with the digest itself written as 64 zeros: an edit
 * anywhere (a name, an offset, a line start) makes the shard fail verification.
 * Format 1 (no `format`, no `digest`, any record order) is still read by `summit-facts reconcile`.
 */
export const SHARD_FORMAT = 2;
export const SHARD_SUFFIX = '.mentions.ndjson';

export const SECTIONS = [['actors', 'actor'], ['quotes', 'quote'], ['figures', 'figure'], ['dates', 'date'], ['diagnostics', 'diagnostic']] as const;
export type SectionName = (typeof SECTIONS)[number][0];

/** Byte offsets in a shard: where the head ends and each section starts, then the end (7 numbers). */
export type Sections = readonly number[];

export interface Head {
  readonly source: SourceMentions['source'];
  readonly lineStarts: readonly number[];
  readonly anchorDate: string | null;
}

const ZEROS = '0'.repeat(64);
const DIGEST_FIELD = /"digest":"([0-9a-f]{64})"\}$/;

export function shardName(id: string): string {
  return `${id.replace(/[\\/]/g, '__')}${SHARD_SUFFIX}`;
}

/** A source's mentions as a shard: its bytes and where its sections lie. */
export function encodeShard(m: SourceMentions): { bytes: Buffer; sections: Sections } {
  const head = `${JSON.stringify({ record: 'source', format: SHARD_FORMAT, source: m.source, lineStarts: m.lineStarts, anchorDate: m.anchorDate, digest: ZEROS })}\n`;
  const parts: string[] = [head];
  const sections: number[] = [Buffer.byteLength(head)];
  let at = sections[0]!;
  for (const [field, record] of SECTIONS) {
    // `{"record":…` then the item's own keys: the same text as stringifying `{ record, ...item }`,
    // without building that copy of every mention. One section is measured in bytes at once.
    const prefix = `{"record":"${record}"`;
    let section = '';
    for (const item of m[field]) {
      const json = JSON.stringify(item);
      section += json === '{}' ? `${prefix}}\n` : `${prefix},${json.slice(1)}\n`;
    }
    parts.push(section);
    at += Buffer.byteLength(section);
    sections.push(at);
  }
  // Each part written into one buffer of the size already counted, not joined into one more string first.
  const bytes = Buffer.allocUnsafe(at);
  let offset = 0;
  for (const part of parts) offset += bytes.write(part, offset, 'utf8');
  const digest = createHash('sha256').update(bytes).digest('hex');
  bytes.write(digest, sections[0]! - 3 - 64, 'latin1'); // the zeros sit just before `"}\n`
  return { bytes, sections };
}

/** The head record (the first line). Throws on a shard whose first line is not one. */
export function readHead(bytes: Buffer): Head & { format: number; digest: string | null } {
  const end = bytes.indexOf(10);
  return parseHead(bytes.toString('utf8', 0, end < 0 ? bytes.length : end));
}

export function parseHead(line: string): Head & { format: number; digest: string | null } {
  const head = JSON.parse(line) as Record<string, unknown>;
  if (head.record !== 'source' || typeof head.source !== 'object' || head.source === null || !Array.isArray(head.lineStarts)) {
    throw new Error('first line is not a source record');
  }
  return {
    format: typeof head.format === 'number' ? head.format : 1,
    source: head.source as Head['source'],
    lineStarts: head.lineStarts as number[],
    anchorDate: (head.anchorDate as string | null | undefined) ?? null,
    digest: typeof head.digest === 'string' ? head.digest : null,
  };
}

/** Does the shard's digest match its bytes? (A format-1 shard has none: false.) */
export function digestHolds(bytes: Buffer): boolean {
  const end = bytes.indexOf(10);
  if (end < 0) return false;
  const first = bytes.toString('latin1', Math.max(0, end - 80), end);
  const m = DIGEST_FIELD.exec(first);
  if (!m) return false;
  const at = end - 2 - 64;
  const digest = createHash('sha256').update(bytes.subarray(0, at)).update(ZEROS).update(bytes.subarray(at + 64)).digest('hex');
  return digest === m[1];
}

/**
 * Where the sections of a canonical (format 2) shard lie, by the record names that open its
 * lines, without parsing them; null when the records are out of order or unknown.
 */
export function sectionsOf(bytes: Buffer): Sections | null {
  const first = bytes.indexOf(10);
  if (first < 0) return null;
  const sections: number[] = [first + 1];
  let kind = 0;
  for (let at = first + 1; at < bytes.length; ) {
    let end = bytes.indexOf(10, at);
    if (end < 0) end = bytes.length;
    const name = recordName(bytes, at);
    let k = kind;
    while (k < SECTIONS.length && SECTIONS[k]![1] !== name) k++;
    if (k === SECTIONS.length) return null;
    for (; kind < k; kind++) sections.push(at);
    at = end + 1;
  }
  for (; kind < SECTIONS.length; kind++) sections.push(bytes.length);
  return sections;
}

const PREFIX = '{"record":"';

function recordName(bytes: Buffer, at: number): string {
  if (bytes.toString('latin1', at, at + PREFIX.length) !== PREFIX) return '';
  const close = bytes.indexOf(34, at + PREFIX.length);
  return close < 0 ? '' : bytes.toString('latin1', at + PREFIX.length, close);
}

/**
 * The records of one section (the text between two section offsets), without their `record` key.
 * Every line of a canonical section opens with the same `{"record":"<name>",`: cut off, the lines
 * make one JSON array, parsed at once (a parse per line, and a copy per record to drop the key,
 * cost the run a fifth of its reading time).
 */
export function parseSection<T>(text: string, record: string): T[] {
  if (text === '') return [];
  const prefix = `{"record":"${record}",`;
  const body = text.endsWith('\n') ? text.slice(0, -1) : text;
  if (body.startsWith(prefix)) {
    // A line break only ever ends a record (JSON escapes those inside strings): with each one
    // followed by the prefix replaced, none is left exactly when every line opened with it.
    const items = body.slice(prefix.length).replaceAll(`\n${prefix}`, ',{');
    if (!items.includes('\n')) return JSON.parse(`[{${items}]`) as T[];
  }
  const lines = body.split('\n');
  return lines.filter((l) => l !== '').map((l) => {
    const { record: _, ...item } = JSON.parse(l) as { record: string };
    return item as T;
  });
}

/**
 * A shard from anywhere (`summit-facts reconcile`): every line parsed and checked, any format,
 * any record order; a format-2 shard must match its digest. Its mentions, or why it is unusable.
 */
export function parseShard(bytes: Buffer, file: string): SourceMentions | Diagnostic {
  const bad = (why: string): Diagnostic => diagnostic('shard/invalid', `${file}: not a mention shard (${why}); skipped`, { source: file });
  let head: ReturnType<typeof readHead>;
  try {
    head = readHead(bytes);
  } catch (err) {
    return bad(err instanceof SyntaxError ? 'first line is not JSON' : (err as Error).message);
  }
  if (head.format > SHARD_FORMAT) return bad(`format ${head.format} is newer than this summit-facts reads (${SHARD_FORMAT})`);
  if (head.format >= 2 && !digestHolds(bytes)) return bad('its digest does not match its contents: the file was changed or cut short');
  const out = { source: head.source, lineStarts: head.lineStarts, anchorDate: head.anchorDate, actors: [], quotes: [], figures: [], dates: [], diagnostics: [] } as Record<string, unknown>;
  const lines = bytes.toString('utf8').split('\n');
  for (let n = 1; n < lines.length; n++) {
    if (lines[n]!.trim() === '') continue;
    let rec: { record?: string } & Record<string, unknown>;
    try {
      rec = JSON.parse(lines[n]!);
    } catch {
      return bad(`line ${n + 1} is not JSON`);
    }
    const kind = SECTIONS.find(([, r]) => r === rec.record);
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
