import type { CliIO } from '../../src/cli/io.js';

/** An in-memory CliIO: captures stdout, stderr and written files; env {}, not a TTY. */
export interface MemoryIO extends CliIO {
  readonly out: () => string;
  readonly err: () => string;
  readonly files: Map<string, string>;
}

export function memoryIO(cwd: string, stdin = ''): MemoryIO {
  let out = '';
  let err = '';
  const files = new Map<string, string>();
  return {
    cwd,
    env: {},
    stdoutIsTTY: false,
    stderrIsTTY: false,
    columns: undefined,
    writeOut: (text) => void (out += text),
    writeErr: (text) => void (err += text),
    readStdin: async () => Buffer.from(stdin, 'utf8'),
    writeFile: async (path, data) => void files.set(path, data),
    out: () => out,
    err: () => err,
    files,
  };
}
