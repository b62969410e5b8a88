// Regenerates fixtures/<case>/expected.json from the built CLI. Review the git diff before committing.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSources } from '../dist/load/index.js';
import { runPipeline } from '../dist/pipeline.js';
import { renderers } from '../dist/render/index.js';

const root = new URL('..', import.meta.url).pathname;
for (const name of readdirSync(join(root, 'fixtures')).sort()) {
  const base = join('fixtures', name);
  if (!statSync(join(root, base)).isDirectory()) continue;
  const dir = existsSync(join(root, base, 'sources')) ? join(base, 'sources') : base;
  if (!readdirSync(join(root, dir)).some((f) => f.endsWith('.txt'))) continue;
  const truthPath = join(root, base, 'truth.json');
  if (!existsSync(truthPath)) continue; // golden cases are the hand-labelled ones
  const referenceDate = existsSync(truthPath) ? (JSON.parse(readFileSync(truthPath, 'utf8')).referenceDate ?? null) : null;
  const loaded = await loadSources([dir], { cwd: root });
  const result = runPipeline(loaded.sources, { referenceDate }, loaded.diagnostics);
  writeFileSync(join(root, base, 'expected.json'), renderers.json(result, { color: false, width: 100 }));
  console.log(`wrote ${base}/expected.json (${result.facts.length} facts, ${result.conflicts.length} conflicts)`);
}
