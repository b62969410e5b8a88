import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { writeFileAtomic } from '../../src/cli/write-atomic.js';
import type { CliIO } from '../../src/cli/io.js';
import { ROOT } from './fixtures.js';

/** An in-memory CliIO: captures stdout, stderr and written files; env {} and not a TTY unless told. */
export interface MemoryIO extends CliIO {
  readonly out: () => string;
  readonly err: () => string;
  readonly files: Map<string, string>;
}

export function memoryIO(options: { stdin?: string | Buffer; env?: Record<string, string>; cwd?: string; tty?: boolean; disk?: boolean } = {}): MemoryIO {
  let out = '';
  let err = '';
  const files = new Map<string, string>();
  return {
    cwd: options.cwd ?? ROOT,
    env: options.env ?? {},
    stdoutIsTTY: options.tty ?? false,
    stderrIsTTY: false,
    columns: 100,
    writeOut: (t) => void (out += typeof t === 'string' ? t : Buffer.from(t).toString('utf8')),
    writeErr: (t) => void (err += t),
    readStdin: async () => Buffer.from(options.stdin ?? ''),
    writeFile: async (path, data) => {
      const text = typeof data === 'string' ? data : [...data].map((c) => (typeof c === 'string' ? c : Buffer.from(c).toString('utf8'))).join('');
      files.set(path, text);
      if (options.disk) await writeFileAtomic(resolve(options.cwd ?? ROOT, path), text);
    },
    copyFile: async (from, path) => {
      const text = readFileSync(from, 'utf8');
      files.set(path, text);
      if (options.disk) writeFileSync(path, text);
    },
    out: () => out,
    err: () => err,
    files,
  };
}
