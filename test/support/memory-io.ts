import { writeFileSync } from 'node:fs';
import type { CliIO } from '../../src/cli/io.js';
import { ROOT } from './fixtures.js';

export interface MemoryIO extends CliIO {
  readonly out: () => string;
  readonly err: () => string;
}

/** A CliIO that captures stdout/stderr in memory; not a TTY, empty env unless given. */
export function memoryIO(options: { stdin?: string | Buffer; env?: Record<string, string>; cwd?: string; tty?: boolean } = {}): MemoryIO {
  let out = '';
  let err = '';
  return {
    cwd: options.cwd ?? ROOT,
    env: options.env ?? {},
    stdoutIsTTY: options.tty ?? false,
    stderrIsTTY: false,
    columns: 100,
    writeOut: (t) => void (out += t),
    writeErr: (t) => void (err += t),
    readStdin: async () => Buffer.from(options.stdin ?? ''),
    writeFile: async (path, data) => writeFileSync(path, data),
    out: () => out,
    err: () => err,
  };
}
