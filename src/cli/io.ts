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
 * Colour only on a terminal, never under NO_COLOR or TERM=dumb; FORCE_COLOR
 * and --color/--no-color override (https://no-color.org).
 */
export function wantsColor(io: CliIO, flag: boolean | undefined): boolean {
  if (flag !== undefined) return flag;
  const { NO_COLOR, FORCE_COLOR, TERM } = io.env;
  if (FORCE_COLOR !== undefined && FORCE_COLOR !== '0' && FORCE_COLOR !== 'false') return true;
  if (NO_COLOR !== undefined && NO_COLOR !== '') return false;
  return io.stdoutIsTTY && TERM !== 'dumb';
}
