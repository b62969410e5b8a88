import { readFileSync, statSync, type Stats } from 'node:fs';
import type { Diagnostic } from '../model/index.js';
import { decodeText } from './decode.js';
import { diag, errorCode, fsReason } from './paths.js';

/** 20 MiB: far above any news article, low enough that a stray dump or log is refused quickly. */
/**
 * One article is read and extracted whole, at about 75 bytes of memory per byte of text: a 5 MB
 * file peaks near 400 MB, a 20 MB one near 1.4 GB. News articles are rarely over 100 KB; a file
 * of several MB is an archive of many. The default keeps a run under 600 MB; --max-bytes raises it.
 */
export const DEFAULT_MAX_BYTES = 6 * 1024 * 1024;

export type ReadOutcome =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly diagnostic: Diagnostic };

/** The two fs calls read.ts makes, injectable so tests can simulate EACCES as root. */
export interface ReadFs {
  stat(path: string): Promise<Stats>;
  readFile(path: string): Promise<Buffer>;
}

/**
 * Synchronous calls behind the async interface: news articles are small, and for
 * thousands of them the thread-pool round trips of fs/promises (open, fstat, read,
 * close) cost three times the reading itself. A sync throw becomes a rejection.
 */
export const nodeReadFs: ReadFs = { stat: async (p) => statSync(p), readFile: async (p) => readFileSync(p) };

/**
 * Stat first, then read: a FIFO, socket or device is reported without being
 * opened (opening a FIFO would block until a writer appears).
 */
export async function readCandidate(abs: string, display: string, maxBytes: number, fs: ReadFs = nodeReadFs): Promise<ReadOutcome> {
  let info: Stats;
  try {
    info = await fs.stat(abs);
  } catch (err) {
    return fail(errorCode(err) === 'ENOENT' ? 'load/not-found' : 'load/unreadable', display, err);
  }
  if (!info.isFile()) {
    return { ok: false, diagnostic: diag('load/not-a-file', display, `${display}: not a regular file (${kindOf(info)}); only regular files are read`) };
  }
  if (info.size > maxBytes) return tooLarge(display, info.size, maxBytes);
  let buf: Buffer;
  try {
    buf = await fs.readFile(abs);
  } catch (err) {
    return fail(errorCode(err) === 'ENOENT' ? 'load/not-found' : 'load/unreadable', display, err);
  }
  // The file may have grown between stat and read.
  if (buf.length > maxBytes) return tooLarge(display, buf.length, maxBytes);
  return classify(buf, display);
}

/** Shared by files and stdin: bytes → text, or the reason they are not usable text. */
/** `source` is the path (`-` for stdin); `display` names it in the message (`stdin`). */
export function classify(buf: Buffer, display: string, source = display): ReadOutcome {
  const decoded = decodeText(buf);
  if (decoded.ok) return { ok: true, text: decoded.text };
  return { ok: false, diagnostic: diag(decoded.code, source, `${display}: ${decoded.reason}`) };
}

export function tooLarge(display: string, size: number, maxBytes: number, source = display): ReadOutcome {
  const message = `${display}: file is too large for one article (${mib(size)}, limit ${mib(maxBytes)}); split it into articles, or raise the limit with --max-bytes (about 75 MB of memory per MB of text)`;
  return { ok: false, diagnostic: diag('load/too-large', source, message) };
}

function fail(code: string, display: string, err: unknown): ReadOutcome {
  const what = code === 'load/not-found' ? fsReason(err) : `cannot be read (${fsReason(err)})`;
  return { ok: false, diagnostic: diag(code, display, `${display}: ${what}`) };
}

/** Bytes below 1 MiB are shown as bytes, so a small test limit still reads well. */
function mib(bytes: number): string {
  return bytes < 1024 * 1024 ? `${bytes} bytes` : `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}

function kindOf(info: Stats): string {
  if (info.isDirectory()) return 'a directory';
  if (info.isFIFO()) return 'a FIFO';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isBlockDevice()) return 'a block device';
  return 'not a file';
}
