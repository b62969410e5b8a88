#!/usr/bin/env node
// A few lines on purpose: the CLI lives in src/cli; this only wires it to the process.
import { readFileSync } from 'node:fs';

const argv = process.argv.slice(2);
// `--help` alone prints the help rendered at build time: no parser to load, so it starts at once.
const prebuiltHelp = argv.length === 1 && (argv[0] === '--help' || argv[0] === '-h') ? readHelp() : null;
if (prebuiltHelp !== null) {
  process.stdout.write(prebuiltHelp);
} else {
  const { tuneForShortRuns } = await import('../dist/engine/v8-tuning.js');
  tuneForShortRuns();
  const { main } = await import('../dist/cli/main.js');
  const { nodeIO } = await import('../dist/cli/node-io.js');
  process.exitCode = await main(argv, nodeIO());
}

function readHelp() {
  try {
    return readFileSync(new URL('../dist/cli/help.txt', import.meta.url), 'utf8');
  } catch {
    return null; // built without the help file: the full CLI prints it
  }
}
