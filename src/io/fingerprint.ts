import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Identifies the extraction code: the package version plus a hash of the built files (or, run
 * from the TypeScript sources, the sources) that decide what is extracted, so a cache never
 * serves results of other rules.
 */
export const EXTRACTION_DIRS = ['nlp', 'lexicon', 'extract', 'model'];
/** What decides a whole run's output bytes: extraction, plus merging and rendering. */
export const RUN_DIRS = [...EXTRACTION_DIRS, 'reconcile', 'render'];

export function extractorFingerprint(version: string, dirs: readonly string[] = EXTRACTION_DIRS): string {
  const dist = fileURLToPath(new URL('..', import.meta.url));
  const hash = createHash('sha256').update(version);
  for (const dir of dirs) {
    for (const file of walk(join(dist, dir))) hash.update(file).update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 16);
}

function walk(dir: string): string[] {
  let out: string[] = [];
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out = out.concat(walk(p));
    else if (/\.(js|ts|json)$/.test(e.name)) out.push(p);
  }
  return out;
}
