#!/usr/bin/env node
// A few lines on purpose: the CLI lives in src/cli; this only wires it to the process.
import { main } from '../dist/cli/main.js';
import { nodeIO } from '../dist/cli/node-io.js';

process.exitCode = await main(process.argv.slice(2), nodeIO());
