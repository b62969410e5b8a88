import { copyFile, lstat, open, readFile, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';

/** Per-process counter: pid + counter makes temp names unique without randomness. */
let counter = 0;

/**
 * Write `data` (UTF-8) to `target` so readers see either the old file or the
 * whole new one, never half of it: write a temp file in the same folder (a
 * rename is only atomic within one file system), fsync it, rename it over the
 * target. On failure the temp file is removed and an Error names the target
 * and the reason. An existing target keeps its permission bits. A symlink at
 * `target` is replaced by the file, not written through.
 */
export async function writeFileAtomic(target: string, data: string | Iterable<string | Uint8Array>): Promise<void> {
  if (await isDevice(target)) return writeThrough(target, data);
  const dir = path.dirname(target);
  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.${++counter}.tmp`);
  let created = false;
  try {
    const mode = await stat(target).then((s) => s.mode & 0o7777, () => 0o666);
    // 'wx': never reuse a leftover temp file from a crashed run with the same pid.
    const handle = await open(temp, 'wx', mode);
    created = true;
    try {
      if (typeof data === 'string') await handle.writeFile(data, 'utf8');
      else for (const chunk of data) await (typeof chunk === 'string' ? handle.write(chunk, null, 'utf8') : handle.write(chunk));
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
    created = false;
  } catch (err) {
    if (created) await unlink(temp).catch(() => undefined);
    throw new Error(`cannot write ${target}: ${reason(err)}`, { cause: err });
  }
}

/**
 * `/dev/null`, `/dev/stdout`, a FIFO: not a file to replace but a place to write to. Renaming
 * a temp file over it would swap the device for a plain file (as root, it would succeed).
 */
async function isDevice(target: string): Promise<boolean> {
  const info = await lstat(target).catch(() => null);
  if (!info || info.isFile() || info.isSymbolicLink() || info.isDirectory()) return false;
  return true;
}

async function writeThrough(target: string, data: string | Iterable<string | Uint8Array>): Promise<void> {
  try {
    const handle = await open(target, 'w');
    try {
      if (typeof data === 'string') await handle.writeFile(data, 'utf8');
      else for (const chunk of data) await (typeof chunk === 'string' ? handle.write(chunk, null, 'utf8') : handle.write(chunk));
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

/** Copies `from` to `target` the same way: a temp file beside the target, then a rename. */
export async function copyFileAtomic(from: string, target: string): Promise<void> {
  if (await isDevice(target)) return writeThrough(target, [await readFile(from)]);
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${++counter}.tmp`);
  try {
    await copyFile(from, temp);
    await rename(temp, target);
  } catch (err) {
    await unlink(temp).catch(() => undefined);
    throw new Error(`cannot write ${target}: ${reason(err)}`, { cause: err });
  }
}
