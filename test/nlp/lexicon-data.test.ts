import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lexiconFromCompromise, loadLexicon } from '../../src/nlp/lexicon-data.js';
import { ROOT } from '../support/fixtures.js';

describe('the lexicon snapshot', () => {
  it('is compromise\'s own data, from compromise when there is no snapshot', () => {
    const live = lexiconFromCompromise();
    expect(Object.keys(live.lexicon).length).toBeGreaterThan(10_000);
    expect(live.lexicon['monday']).toBeDefined();
    expect(loadLexicon()).toEqual(live); // from the sources: no lexicon.json beside src/nlp
  });

  it('the build wrote the same data beside dist/nlp (npm ci builds it)', () => {
    const snapshot = join(ROOT, 'dist', 'nlp', 'lexicon.json');
    expect(existsSync(snapshot), 'no dist/nlp/lexicon.json: run npm run build').toBe(true);
    expect(JSON.parse(readFileSync(snapshot, 'utf8'))).toEqual(lexiconFromCompromise());
  });
});
