import { stdin, stdout, stderr, cwd, env } from 'node:process';
import type { CliIO } from './io.js';
import { writeFileAtomic } from './write-atomic.js';

/** The real process as a CliIO. The only place that reaches for process streams. */
export function nodeIO(): CliIO {
  return {
    cwd: cwd(),
    env,
    stdoutIsTTY: Boolean(stdout.isTTY),
    stderrIsTTY: Boolean(stderr.isTTY),
    columns: stdout.columns,
    writeOut: (text) => void stdout.write(text),
    writeErr: (text) => void stderr.write(text),
    readStdin: async () => {
      if (stdin.isTTY) return Buffer.alloc(0);
      const chunks: Buffer[] = [];
      for await (const chunk of stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
    writeFile: writeFileAtomic,
  };
}
