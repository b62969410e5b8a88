// Runs after `tsc`: renders the top-level --help once, so `summit-facts --help` can print it without
// loading the argument parser (start-up is what a user waits for). Output is identical to the CLI's.
import { writeFileSync } from 'node:fs';
import { main } from '../dist/cli/main.js';

let out = '';
const io = {
  cwd: process.cwd(), env: {}, stdoutIsTTY: false, stderrIsTTY: false, columns: 80,
  writeOut: (t) => { out += t; }, writeErr: () => {}, readStdin: async () => Buffer.alloc(0), writeFile: async () => {}, copyFile: async () => {},
};
const code = await main(['--help'], io);
if (code !== 0 || !out.includes('Usage:')) throw new Error('build-help: --help did not render');
writeFileSync(new URL('../dist/cli/help.txt', import.meta.url), out);
