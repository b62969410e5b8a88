import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CONFIG_FILE, emptyConfig, parseConfig, type CheckConfig } from '../check/config.js';
import { parseExpectations, type Expectation } from '../check/expect.js';
import type { CliIO } from './io.js';

/** A config and the folder its `ignore` globs are relative to. */
export interface FoundConfig {
  readonly config: CheckConfig;
  readonly dir: string;
}

/**
 * --config FILE must exist. Without it, summit-facts.config.json is looked for in the working
 * folder, then each folder above it up to the repository's root (the first that holds `.git`),
 * as ESLint and textlint look for theirs. None found: the defaults. A string is why it is unusable.
 */
export async function readConfig(io: CliIO, given: string | undefined): Promise<FoundConfig | string> {
  const file = given !== undefined ? path.resolve(io.cwd, given) : findUpward(io.cwd);
  if (file === null) return { config: emptyConfig, dir: io.cwd };
  const shown = display(io, file);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    return `${shown}: cannot read config (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`;
  }
  const parsed = parseConfig(text);
  return typeof parsed === 'string' ? `${shown}: ${parsed}` : { config: parsed, dir: path.dirname(file) };
}

function findUpward(start: string): string | null {
  for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
    const file = path.join(dir, CONFIG_FILE);
    if (existsSync(file)) return file;
    if (existsSync(path.join(dir, '.git')) || path.dirname(dir) === dir) return null;
  }
}

export async function readExpect(io: CliIO, given: string): Promise<{ list: Expectation[]; file: { path: string; text: string } } | string> {
  const file = path.resolve(io.cwd, given);
  const shown = display(io, file);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    return `${shown}: cannot read expectations (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`;
  }
  const list = parseExpectations(text);
  return typeof list === 'string' ? `${shown}: ${list}` : { list, file: { path: shown, text } };
}

/** Paths inside the working directory are shown relative to it, with forward slashes, like sources. */
export function display(io: CliIO, abs: string): string {
  const rel = path.relative(io.cwd, abs);
  return (rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : abs).split(path.sep).join('/');
}

/** A source's path as the config's `ignore` globs see it: relative to the config's folder. */
export function pathForIgnore(io: CliIO, configDir: string, sourcePath: string): string {
  return path.relative(configDir, path.resolve(io.cwd, sourcePath)).split(path.sep).join('/');
}
