import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { ROOT } from './fixtures.js';

const REGISTER = pathToFileURL(join(ROOT, 'scripts', 'register-ts.mjs')).href;
export const srcUrl = (rel: string): string => pathToFileURL(join(ROOT, 'src', rel)).href;

/**
 * A module run in a child Node process straight from the TypeScript sources (scripts/ts-hooks.mjs),
 * for what only a real process shows: its own stdout, signals, exit codes. Never the built dist/.
 */
export function runModule(code: string, options: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string } = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, ['--import', REGISTER, '--input-type=module', '-e', code], {
    cwd: options.cwd ?? ROOT, env: options.env ?? process.env, input: options.input ?? '', encoding: 'utf8', timeout: 60_000,
  });
}

/** The CLI as `bin/summit-facts.js` runs it, from the sources (scripts/summit-facts-dev.mjs): `summit-facts …args`. */
export function runCli(args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string } = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, ['--import', REGISTER, join(ROOT, 'scripts', 'summit-facts-dev.mjs'), ...args], {
    cwd: options.cwd ?? ROOT, env: options.env ?? process.env, input: options.input ?? '', encoding: 'utf8', timeout: 60_000,
  });
}
