import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { compareDiagnostics, type Diagnostic } from '../model/diagnostic.js';
import type { Source, SourceInfo } from '../model/index.js';
import { expandInputs } from './find.js';
import { assignIds } from './ids.js';
import { STDIN, compareText, diag, fsReason } from './paths.js';
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

/** A source not read yet: its path, and how to read it (once) when it is its turn. */
export interface PendingSource {
  readonly path: string;
  load(): Promise<{ ok: true; source: Source } | { ok: false; diagnostic: Diagnostic }>;
}

/**
 * Inputs (files, folders, globs, `-`) → sources to read, sorted by path, with ids
 * assigned, and one diagnostic per input that matched nothing usable. Reading is
 * left to the caller, one file at a time, so a large corpus is never all in memory.
 */
export async function pendingSources(inputs: readonly string[], options: LoadOptions): Promise<{ pending: PendingSource[]; diagnostics: Diagnostic[] }> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const found = await expandInputs(inputs, options.cwd);
  const displays = found.candidates.map((c) => c.display);
  const ids = assignIds(found.stdin ? [STDIN, ...displays] : displays);
  const pending = (path: string, read: () => Promise<ReadOutcome>): PendingSource => ({
    path,
    load: async () => {
      const outcome = await read();
      return outcome.ok ? { ok: true, source: { id: ids.get(path)!, path, text: outcome.text } } : { ok: false, diagnostic: outcome.diagnostic };
    },
  });
  const list = found.candidates.map((c) => pending(c.display, () => readCandidate(c.abs, c.display, maxBytes)));
  if (found.stdin) list.push(pending(STDIN, () => readStdin(options.readStdin ?? readProcessStdin, maxBytes)));
  list.sort((a, b) => compareText(a.path, b.path));
  return { pending: list, diagnostics: [...found.diagnostics] };
}

/**
 * Inputs → every source read into memory, sorted by path, and one diagnostic per
 * input or file that could not be used. Never throws for user-input problems: a
 * bad file is reported and the others still load.
 */
export async function loadSources(inputs: readonly string[], options: LoadOptions): Promise<LoadResult> {
  const found = await pendingSources(inputs, options);
  const sources: Source[] = [];
  const diagnostics: Diagnostic[] = [...found.diagnostics];
  for (const p of found.pending) {
    const outcome = await p.load();
    if (outcome.ok) sources.push(outcome.source);
    else diagnostics.push(outcome.diagnostic);
  }
  return { sources, diagnostics: loadDiagnosticsOrder(diagnostics) };
}

/** Load diagnostics as reported: each once, sorted by file, code and message. */
export function loadDiagnosticsOrder(list: readonly Diagnostic[]): Diagnostic[] {
  return sortDiagnostics(uniqueDiagnostics([...list]));
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
  return list.sort(compareDiagnostics);
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

/**
 * The run cache's content key, read before any article is extracted: id, path and the
 * sha256 of each file's bytes (equal to the text's, for text this tool accepts), or
 * null when anything is unusual (stdin, a missing, unreadable or oversized file).
 */
export async function fileDigests(inputs: readonly string[], options: LoadOptions): Promise<Array<{ id: string; path: string; sha256: string }> | null> {
  const found = await expandInputs(inputs, options.cwd);
  if (found.stdin || found.diagnostics.length > 0 || found.candidates.length === 0) return null;
  const ids = assignIds(found.candidates.map((c) => c.display));
  const digests: Array<{ id: string; path: string; sha256: string }> = [];
  for (const c of [...found.candidates].sort((a, b) => compareText(a.display, b.display))) {
    try {
      if (!statSync(c.abs).isFile()) return null; // a FIFO would block
      const bytes = readFileSync(c.abs);
      if (bytes.length === 0 || bytes.length > (options.maxBytes ?? DEFAULT_MAX_BYTES)) return null;
      digests.push({ id: ids.get(c.display)!, path: c.display, sha256: createHash('sha256').update(bytes).digest('hex') });
    } catch {
      return null;
    }
  }
  return digests;
}
