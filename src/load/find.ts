import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import fg from 'fast-glob';
import type { Diagnostic } from '../model/index.js';
import { type Candidate, STDIN, compareText, diag, displayPath, errorCode, fsReason, isTxt } from './paths.js';

export interface Found {
  /** Files to read, sorted by display path, each real file once. */
  readonly candidates: readonly Candidate[];
  /** True when `-` was among the inputs. */
  readonly stdin: boolean;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Expand command-line inputs: `-` (stdin), an existing path (file or folder),
 * else a glob. Never opens a file: that is read.ts's job, after a stat.
 */
export async function expandInputs(inputs: readonly string[], cwd: string): Promise<Found> {
  const diagnostics: Diagnostic[] = [];
  const found: Candidate[] = [];
  let stdin = false;
  for (const input of inputs) {
    if (input === STDIN) stdin = true;
    else found.push(...(await expandOne(input, cwd, diagnostics)));
  }
  found.sort((a, b) => compareText(a.display, b.display));
  return { candidates: await dedupe(found), stdin, diagnostics };
}

async function expandOne(input: string, cwd: string, diagnostics: Diagnostic[]): Promise<Candidate[]> {
  const abs = path.resolve(cwd, input);
  const display = displayPath(abs, cwd);
  let isDir = false;
  try {
    isDir = (await stat(abs)).isDirectory();
  } catch (err) {
    const code = errorCode(err);
    // A literal name wins over glob syntax: `a[1].txt` that exists is a file, not a pattern.
    if (code === 'ENOENT' && fg.isDynamicPattern(input)) return expandGlob(input, cwd, diagnostics);
    // Broken links and loops still go to read.ts, which reports them on the file itself.
    if (code !== 'ENOENT') return [{ abs, display }];
    diagnostics.push(diag('load/not-found', display, `${display}: ${fsReason(err)}`));
    return [];
  }
  if (!isDir) return [{ abs, display }]; // FIFOs and devices too: read.ts reports them without opening
  const files: Candidate[] = [];
  await walk(abs, cwd, new Set(), files, diagnostics);
  if (files.length === 0) {
    diagnostics.push(diag('load/no-text-files', display, `${display}: folder contains no .txt files`));
  }
  return files;
}

/**
 * Every `.txt` below `dir`, skipping hidden entries (`.git`) like globs do, and `node_modules`:
 * `extract .` in a project folder means the project's articles, not its packages' LICENSE.txt
 * files. A folder named on the command line is always walked. `seen` stops folder link loops.
 */
async function walk(dir: string, cwd: string, seen: Set<string>, out: Candidate[], diagnostics: Diagnostic[]): Promise<void> {
  const real = await realpath(dir).catch(() => dir);
  if (seen.has(real)) return;
  seen.add(real);
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    const display = displayPath(dir, cwd);
    diagnostics.push(diag('load/unreadable', display, `${display}: folder cannot be read (${fsReason(err)})`));
    return;
  }
  entries.sort((a, b) => compareText(a.name, b.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const abs = path.join(dir, entry.name);
    let isDir = entry.isDirectory();
    // A link to a folder is followed; a link that cannot be resolved is left to read.ts if it is named .txt.
    if (entry.isSymbolicLink()) isDir = await stat(abs).then((s) => s.isDirectory(), () => false);
    if (isDir) await walk(abs, cwd, seen, out, diagnostics);
    else if (isTxt(entry.name)) out.push({ abs, display: displayPath(abs, cwd), ...(entry.isFile() ? { real: path.join(real, entry.name) } : {}) });
  }
}

async function expandGlob(pattern: string, cwd: string, diagnostics: Diagnostic[]): Promise<Candidate[]> {
  // Links are matched but not descended: two folder links in a loop would make `**` explode.
  // onlyFiles: false keeps FIFOs and broken links so read.ts can say why they were skipped.
  const matches = await fg(pattern, {
    cwd,
    absolute: true,
    onlyFiles: false,
    markDirectories: true,
    followSymbolicLinks: false,
    dot: false,
    suppressErrors: true,
    // As a folder walk does, unless the pattern names node_modules itself.
    ignore: pattern.includes('node_modules') ? [] : ['**/node_modules/**'],
  });
  const paths = matches.filter((m) => !m.endsWith('/')).map((m) => path.resolve(m));
  // Folders (and links to folders) are left out, as a shell glob leaves them to the user.
  const isDir = await mapLimited(paths, (p) => stat(p).then((s) => s.isDirectory(), () => false));
  const files = paths.filter((_, i) => !isDir[i]);
  if (files.length === 0) {
    diagnostics.push(diag('load/no-match', pattern, `${pattern}: the pattern matched no files`));
  }
  return files.map((abs) => ({ abs, display: displayPath(abs, cwd) }));
}

/** The same real file reached twice (`a.txt`, `./a.txt`, its folder, a link) is read once, under its first path. */
async function dedupe(sorted: readonly Candidate[]): Promise<Candidate[]> {
  // A walk resolved each folder once; only other paths (arguments, glob matches, links) need realpath.
  const keys = await mapLimited(sorted, (c) => (c.real !== undefined ? Promise.resolve(c.real) : realpath(c.abs).catch(() => c.abs)));
  const seen = new Set<string>();
  return sorted.filter((_, i) => {
    const key = keys[i]!;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** File system calls in flight at once: enough to keep libuv's threads busy. */
const IN_FLIGHT = 64;

/**
 * `Promise.all(items.map(fn))` with at most IN_FLIGHT calls pending. Tens of thousands of
 * calls started at once left their buffers behind: 23,000 `realpath`s raised the resident
 * memory of the whole run by 70 MB, and the allocator never gave it back.
 */
async function mapLimited<T, R>(items: readonly T[], fn: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  for (let i = 0; i < items.length; i += IN_FLIGHT) {
    const batch = await Promise.all(items.slice(i, i + IN_FLIGHT).map(fn));
    batch.forEach((r, k) => (out[i + k] = r));
  }
  return out;
}
