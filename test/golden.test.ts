import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderers } from '../src/render/index.js';
import { articleCases, ROOT, runCase } from './support/fixtures.js';

// Whole-pipeline behaviour: each fixture's articles → the exact JSON committed beside them.
// After an intended change, regenerate with `npm run golden:update` and review the diff.
describe('golden fixtures', () => {
  for (const name of articleCases()) {
    it(`${name} matches expected.json`, async () => {
      const expectedPath = join(ROOT, 'fixtures', name, 'expected.json');
      expect(existsSync(expectedPath), `missing ${expectedPath}: run npm run golden:update`).toBe(true);
      const actual = renderers.json(await runCase(name), { color: false, width: 100 });
      expect(actual).toBe(readFileSync(expectedPath, 'utf8'));
    });
  }
});
