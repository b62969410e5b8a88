import path from 'node:path';
import { diagnostic } from '../model/codes.js';
import type { Diagnostic } from '../model/index.js';

/** A file to read: the absolute path to open and the path shown in output and messages. */
export interface Candidate {
  readonly abs: string;
  /** Relative to cwd when inside it, forward slashes (`seeds/000_x.txt`); `-` for stdin. */
  readonly display: string;
  /** The real path, when the folder walk already knows it (a plain file in a folder it resolved). */
  readonly real?: string;
}

export const STDIN = '-';

/** `/work/proj/seeds/a.txt` with cwd `/work/proj` → `seeds/a.txt`; outside cwd stays absolute. */
export function displayPath(abs: string, cwd: string): string {
  const rel = path.relative(cwd, abs);
  const inside = rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
  return toSlashes(inside ? rel : rel === '' ? '.' : abs);
}

export function toSlashes(p: string): string {
  return p.split(path.sep).join('/');
}

/** Plain code-unit order, so every platform and locale sorts the same. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `.txt` in any case (`NOTES.TXT` counts). */
export function isTxt(name: string): boolean {
  return name.toLowerCase().endsWith('.txt');
}

/** Error code of a Node fs error (`ENOENT`, `ELOOP`, …), or `''`. */
export function errorCode(err: unknown): string {
  return typeof err === 'object' && err !== null && 'code' in err && typeof err.code === 'string' ? err.code : '';
}

/** Human reason for an fs error code, used in one-line messages. */
export function fsReason(err: unknown): string {
  const code = errorCode(err);
  const reasons: Record<string, string> = {
    ENOENT: 'no such file or directory',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    ELOOP: 'symbolic link loop',
    EISDIR: 'is a directory',
    ENOTDIR: 'a parent in the path is not a directory',
    ENAMETOOLONG: 'path is too long',
    EMFILE: 'too many open files',
    EIO: 'input/output error',
  };
  return reasons[code] ?? (code !== '' ? code : err instanceof Error ? err.message : String(err));
}

/** Load problems carry the path as `source`: the file never became a Source. */
export function diag(code: string, source: string, message: string): Diagnostic {
  return diagnostic(code, message, { source });
}
