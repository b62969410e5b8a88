import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadSources } from '../../src/load/index.js';
import { runPipeline } from '../../src/pipeline.js';
import type { RunResult } from '../../src/model/fact.js';

export const ROOT = resolve(import.meta.dirname, '../..');

/** Golden cases: fixtures/<case>/ with articles (*.txt or sources/*.txt) and a hand-written truth.json. */
export function articleCases(): string[] {
  return readdirSync(join(ROOT, 'fixtures'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .filter((name) => articleDir(name) !== null && existsSync(join(ROOT, 'fixtures', name, 'truth.json')))
    .sort();
}

export function articleDir(name: string): string | null {
  const base = join('fixtures', name);
  if (existsSync(join(ROOT, base, 'sources'))) return join(base, 'sources');
  return readdirSync(join(ROOT, base)).some((f) => f.endsWith('.txt')) ? base : null;
}

export function referenceDate(name: string): string | null {
  const truth = join(ROOT, 'fixtures', name, 'truth.json');
  if (!existsSync(truth)) return null;
  return (JSON.parse(readFileSync(truth, 'utf8')) as { referenceDate?: string }).referenceDate ?? null;
}

/** The whole run as the CLI does it, from the repository root. */
export async function runOn(inputs: readonly string[], refDate: string | null = null): Promise<RunResult> {
  const loaded = await loadSources(inputs, { cwd: ROOT });
  return runPipeline(loaded.sources, { referenceDate: refDate }, loaded.diagnostics);
}

export async function runCase(name: string): Promise<RunResult> {
  return runOn([articleDir(name)!], referenceDate(name));
}
