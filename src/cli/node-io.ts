import { stdin, stdout, stderr, cwd, env, exit } from 'node:process';
import type { CliIO } from './io.js';
import { copyFileAtomic, writeFileAtomic } from './write-atomic.js';

/** The real process as a CliIO. The only place that reaches for process streams. */
export function nodeIO(): CliIO {
  // `summit-facts extract … | head`: when the reader goes away, stop quietly, as Unix tools do.
  stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') exit(0);
    else {
      stderr.write(`summit-facts: error: cannot write to standard output (${err.message})\n`);
      exit(2);
    }
  });
  return {
    cwd: cwd(),
    env,
    stdoutIsTTY: Boolean(stdout.isTTY),
    stderrIsTTY: Boolean(stderr.isTTY),
    columns: stdout.columns,
    writeOut: (text) => void stdout.write(text),
    writeErr: (text) => void stderr.write(text),
    readStdin: async () => {
      // `extract -` typed at a terminal would wait for an article nobody is piping in: say so instead.
      if (stdin.isTTY) throw new Error('standard input is a terminal, not an article: pipe one in, e.g. cat article.txt | summit-facts extract -');
      const chunks: Buffer[] = [];
      for await (const chunk of stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
    writeFile: writeFileAtomic,
    copyFile: copyFileAtomic,
  };
}
