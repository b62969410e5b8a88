import { describe, expect, it } from 'vitest';
import { loadSources } from '../src/load/index.js';
import { runPipeline } from '../src/pipeline.js';
import { renderers } from '../src/render/index.js';
import { ROOT } from './support/fixtures.js';

describe('determinism', () => {
  it('gives byte-identical JSON across runs and whatever the order of the sources', async () => {
    const { sources } = await loadSources(['seeds', 'fixtures/same-event-port-strike'], { cwd: ROOT });
    const render = (s: typeof sources) => renderers.json(runPipeline(s, { referenceDate: '2025-08-18' }), { color: false, width: 100 });
    const first = render(sources);
    expect(render(sources)).toBe(first);
    expect(render([...sources].reverse())).toBe(first);
    expect(first.length).toBeGreaterThan(1000);
  });
});
