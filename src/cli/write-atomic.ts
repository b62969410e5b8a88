import { mkdir, open, readFile, readlink, realpath, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { removeStaleTemps } from '../io/stale.js';

/** Per-process counter: pid + counter makes temp names unique without randomness. */
let counter = 0;

/**
 * Write `data` (UTF-8) to `target` so readers see either the old file or the whole new one, never
 * half of it: write a temp file beside the file (a rename is only atomic within one file system),
 * rename it over the file. Not fsynced: that guards against a power cut, not a crash, and cost
 * 0.4 s of a 0.9 s warm run on 80 MB of output (git, ESLint and npm's own caches do not either). Missing parent folders are created. A symlink is followed:
 * the file it points to is replaced and the link stays. A device, a FIFO or anything under
 * /dev or /proc (`-o /dev/stdout`) is written through, never replaced. On failure the temp file
 * is removed and an Error names the target and the reason. An existing file keeps its permission
 * bits. Temp files that killed runs left beside the file are removed first.
 */
export async function writeFileAtomic(target: string, data: string | Iterable<string | Uint8Array>): Promise<void> {
  const place = await destination(target);
  if (place.through) return writeThrough(target, place.file, data);
  const file = place.file;
  const dir = path.dirname(file);
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${++counter}.tmp`);
  let created = false;
  try {
    await mkdir(dir, { recursive: true });
    removeStaleTemps(dir, path.basename(file));
    const mode = await stat(file).then((s) => s.mode & 0o7777, () => 0o666);
    // 'wx': never reuse a leftover temp file from a crashed run with the same pid.
    const handle = await open(temp, 'wx', mode);
    created = true;
    try {
      await writeChunks(handle, data);
    } finally {
      await handle.close();
    }
    await rename(temp, file);
    created = false;
  } catch (err) {
    if (created) await unlink(temp).catch(() => undefined);
    throw new Error(`cannot write ${target}: ${reason(err)}`, { cause: err });
  }
}

/**
 * Where the bytes go: the regular file at the end of any symlinks (which may not exist yet), or
 * `through`: the target itself, opened and written, for devices, FIFOs and /dev, /proc paths.
 */
async function destination(target: string): Promise<{ through: boolean; file: string }> {
  const abs = path.resolve(target);
  if (/^\/(dev|proc)\//.test(abs)) return { through: true, file: await followLinks(abs) };
  const info = await stat(abs).catch(() => null); // follows links
  if (info) return info.isFile() || info.isDirectory() ? { through: false, file: await realpath(abs) } : { through: true, file: await followLinks(abs) };
  // Missing, or a link to a missing file: the file the links name.
  const file = await followLinks(abs);
  return { through: /^\/(dev|proc)\//.test(file), file };
}

/** The path at the end of a chain of symlinks, followed by hand (the last one may not exist), stopping at /dev and /proc. */
async function followLinks(start: string): Promise<string> {
  let file = start;
  for (let hops = 0; hops < 40; hops++) {
    const link = await readlink(file).catch(() => null);
    if (link === null) break;
    file = path.resolve(path.dirname(file), link);
    if (/^\/(dev|proc)\//.test(file) && /^\/(dev\/std|dev\/fd\/|proc\/self\/fd\/)/.test(file)) break;
  }
  return file;
}

async function writeStream(stream: NodeJS.WriteStream, data: string | Iterable<string | Uint8Array>): Promise<void> {
  for (const chunk of typeof data === 'string' ? [data] : data) {
    if (!stream.write(chunk)) await new Promise<void>((resolve) => stream.once('drain', () => resolve()));
  }
}

async function writeChunks(handle: FileHandle, data: string | Iterable<string | Uint8Array>): Promise<void> {
  if (typeof data === 'string') await handle.writeFile(data, 'utf8');
  else for (const chunk of data) await (typeof chunk === 'string' ? handle.write(chunk, null, 'utf8') : handle.write(chunk));
}

async function writeThrough(target: string, file: string, data: string | Iterable<string | Uint8Array>): Promise<void> {
  // This process's own stdout or stderr (`-o /dev/stdout`): written as the process writes them,
  // which also works when they are sockets (a parent Node process), which cannot be opened by path.
  const stream = /^\/(?:dev\/(stdout|stderr)|(?:dev\/fd|proc\/self\/fd)\/([12]))$/.exec(file);
  if (stream) return writeStream(stream[1] === 'stderr' || stream[2] === '2' ? process.stderr : process.stdout, data);
  try {
    const handle = await open(target, 'w');
    try {
      await writeChunks(handle, data);
    } finally {
      await handle.close();
    }
  } catch (err) {
    throw new Error(`cannot write ${target}: ${reason(err)}`, { cause: err });
  }
}

function reason(err: unknown): string {
  const code = typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : '';
  const reasons: Record<string, string> = {
    ENOENT: 'the folder does not exist',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EISDIR: 'it is a directory',
    ENOTDIR: 'a parent in the path is not a directory',
    ENOSPC: 'no space left on the device',
    EROFS: 'the file system is read-only',
  };
  return reasons[code] ?? (err instanceof Error ? err.message : String(err));
}

/** Joins small chunks into writes of about 1 MB: fewer system calls, bounded memory. */
export function* batches(chunks: Iterable<string>, size = 1 << 20): Generator<string> {
  let buf: string[] = [];
  let length = 0;
  for (const c of chunks) {
    buf.push(c);
    length += c.length;
    if (length >= size) {
      yield buf.join('');
      buf = [];
      length = 0;
    }
  }
  if (buf.length) yield buf.join('');
}

/** Copies `from` to `target` the same way. */
export async function copyFileAtomic(from: string, target: string): Promise<void> {
  await writeFileAtomic(target, [await readFile(from)]);
}
