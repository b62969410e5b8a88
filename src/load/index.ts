import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import type { Diagnostic, Source, SourceInfo } from '../model/index.js';
import { expandInputs } from './find.js';
import { assignIds } from './ids.js';
import { STDIN, compareText, diag, fsReason } from './paths.js';
import { mapLimit } from './pool.js';
import { DEFAULT_MAX_BYTES, type ReadOutcome, classify, readCandidate, tooLarge } from './read.js';
import { readProcessStdin } from './stdin.js';

export { DEFAULT_MAX_BYTES } from './read.js';

export interface LoadOptions {
  /** Relative inputs resolve against it; paths inside it are shown relative to it. */
  cwd: string;
  /** Reader for `-`; defaults to all of process.stdin. */
  readStdin?: () => Promise<Buffer>;
  /** Files larger than this are refused with `load/too-large`; default 20 MiB. */
  maxBytes?: number;
}

export interface LoadResult {
  sources: Source[];
  diagnostics: Diagnostic[];
}

/** Files read at once: enough to hide disk latency, few enough to stay far from EMFILE. */
const CONCURRENCY = 8;

/**
 * Inputs (files, folders, globs, `-`) → sources sorted by path, and one
 * diagnostic per input or file that could not be used. Never throws for
 * user-input problems: a bad file is reported and the others still load.
 */
export async function loadSources(inputs: readonly string[], options: LoadOptions): Promise<LoadResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const found = await expandInputs(inputs, options.cwd);
  const displays = found.candidates.map((c) => c.display);
  const ids = assignIds(found.stdin ? [STDIN, ...displays] : displays);
  const outcomes = await mapLimit(found.candidates, CONCURRENCY, (c) => readCandidate(c.abs, c.display, maxBytes));
  const read: Array<{ path: string; outcome: ReadOutcome }> = found.candidates.map((c, i) => ({ path: c.display, outcome: outcomes[i]! }));
  if (found.stdin) read.push({ path: STDIN, outcome: await readStdin(options.readStdin ?? readProcessStdin, maxBytes) });

  const sources: Source[] = [];
  const diagnostics: Diagnostic[] = [...found.diagnostics];
  for (const { path, outcome } of read) {
    if (outcome.ok) sources.push({ id: ids.get(path)!, path, text: outcome.text });
    else diagnostics.push(outcome.diagnostic);
  }
  sources.sort((a, b) => compareText(a.path, b.path));
  return { sources, diagnostics: sortDiagnostics(uniqueDiagnostics(diagnostics)) };
}

/** Stdin is named `stdin` in messages; its diagnostics carry its path, `-`, as source. */
async function readStdin(reader: () => Promise<Buffer>, maxBytes: number): Promise<ReadOutcome> {
  let buf: Buffer;
  try {
    buf = await reader();
  } catch (err) {
    return { ok: false, diagnostic: diag('load/unreadable', STDIN, `stdin: cannot be read (${fsReason(err)})`) };
  }
  if (buf.length > maxBytes) return tooLarge('stdin', buf.length, maxBytes, STDIN);
  return classify(buf, 'stdin', STDIN);
}

/**
 * sha256 of the UTF-8 bytes of the text. Recomputed from the text rather than
 * kept from the read: a loaded text is valid UTF-8, so the bytes round-trip
 * exactly (BOM included) and the hash equals the file's; it also works for
 * sources built from strings in tests.
 */
export function sourceInfo(source: Source, outlet: string | null): SourceInfo {
  const sha256 = createHash('sha256').update(Buffer.from(source.text, 'utf8')).digest('hex');
  return { id: source.id, path: source.path, chars: source.text.length, sha256, outlet };
}

/** `missing.txt` given twice is reported once. */
function uniqueDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return list.filter((d) => {
    const key = `${d.source}\0${d.code}\0${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return list.sort((a, b) => compareText(a.source ?? '', b.source ?? '') || compareText(a.code, b.code) || compareText(a.message, b.message));
}

/**
 * Cheap identity of the inputs without reading them: one stamp per file (path, size,
 * modification time, inode), or null when anything is unusual (stdin, a missing path,
 * a non-regular file) — then only a full read can tell what the run will see.
 */
export async function fileStamps(inputs: readonly string[], cwd: string): Promise<string[] | null> {
  const found = await expandInputs(inputs, cwd);
  if (found.stdin || found.diagnostics.length > 0 || found.candidates.length === 0) return null;
  const stamps: string[] = [];
  for (const c of found.candidates) {
    try {
      const s = statSync(c.abs);
      if (!s.isFile() || s.size === 0) return null;
      stamps.push(`${c.display}\0${s.size}\0${s.mtimeMs}\0${s.ino}`);
    } catch {
      return null;
    }
  }
  return stamps;
}
