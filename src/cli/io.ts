/** Everything the CLI touches outside itself, injected so a whole run is testable in memory. */
export interface CliIO {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdoutIsTTY: boolean;
  readonly stderrIsTTY: boolean;
  readonly columns: number | undefined;
  writeOut(text: string | Uint8Array): void;
  writeErr(text: string): void;
  readStdin(): Promise<Buffer>;
  /** Writes a file atomically (never leaves a half-written file). */
  writeFile(path: string, data: string | Iterable<string | Uint8Array>): Promise<void>;
  /** Copies a file to `path` atomically (a cached output to --out). */
  copyFile(from: string, path: string): Promise<void>;
}

/**
 * Colour as chalk decides it, plus NO_COLOR (https://no-color.org): --color / --no-color first;
 * then FORCE_COLOR (`0` or `false` turns colour off, any other value on, terminal or not); then a
 * non-empty NO_COLOR turns it off; else colour only on a terminal that is not TERM=dumb.
 */
export function wantsColor(io: CliIO, flag: boolean | undefined): boolean {
  if (flag !== undefined) return flag;
  const { NO_COLOR, FORCE_COLOR, TERM } = io.env;
  if (FORCE_COLOR !== undefined) return FORCE_COLOR !== '0' && FORCE_COLOR !== 'false';
  if (NO_COLOR !== undefined && NO_COLOR !== '') return false;
  return io.stdoutIsTTY && TERM !== 'dumb';
}
