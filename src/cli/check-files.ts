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
  const read = await readText(io, file, 'config');
  if (read.error !== undefined) return read.error;
  const parsed = parseConfig(read.text);
  return typeof parsed === 'string' ? `${read.shown}: ${parsed}` : { config: parsed, dir: path.dirname(file) };
}

function findUpward(start: string): string | null {
  for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
    const file = path.join(dir, CONFIG_FILE);
    if (existsSync(file)) return file;
    if (existsSync(path.join(dir, '.git')) || path.dirname(dir) === dir) return null;
  }
}

export async function readExpect(io: CliIO, given: string): Promise<{ list: Expectation[]; file: { path: string; text: string } } | string> {
  const read = await readText(io, path.resolve(io.cwd, given), 'expectations');
  if (read.error !== undefined) return read.error;
  const list = parseExpectations(read.text);
  return typeof list === 'string' ? `${read.shown}: ${list}` : { list, file: { path: read.shown, text: read.text } };
}

/** A file's text, with the name it is shown by; or the one-line reason it cannot be read. */
async function readText(io: CliIO, file: string, what: string): Promise<{ text: string; shown: string; error?: undefined } | { error: string; text?: undefined; shown?: undefined }> {
  const shown = display(io, file);
  try {
    return { text: await readFile(file, 'utf8'), shown };
  } catch (err) {
    return { error: `${shown}: cannot read ${what} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})` };
  }
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
