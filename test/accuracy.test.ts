import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleCases, ROOT, runCase } from './support/fixtures.js';
import { score } from './support/score.js';

// Accuracy on hand-labelled articles nobody tuned the rules to (fixtures/*/truth.json).
// The floors are what the rules reach today; a change that lowers them fails here.
const FLOORS = { quoteRecall: 0.95, speakerAccuracy: 0.85, actorRecall: 0.8, figureValues: 0.9, dateValues: 0.95 };
// Figure and date conflicts over all cases: truth conflicts found, and produced ones no truth conflict explains.
const CONFLICT_FLOORS = { found: 7, maxFalse: 0 };
const labelled = () => articleCases().filter((n) => existsSync(join(ROOT, 'fixtures', n, 'truth.json')));

describe('accuracy against hand-written truth', () => {
  for (const name of labelled()) {
    it(`fixtures/${name}`, async () => {
      const s = score(name, await runCase(name));
      const line = `${name}: quotes ${s.quotesFound}/${s.quotes}, speakers ${s.speakersRight}/${s.quotesFound}, scare leaked ${s.scareLeaked}, actors ${s.actorsFound}/${s.actors}, figures ${s.figuresFound}/${s.figures} (value right ${s.figureValuesRight}), dates ${s.datesFound}/${s.dates} (value right ${s.dateValuesRight}), conflicts ${s.conflictsFound}/${s.conflicts} (false ${s.falseConflicts})`;
      console.log(line + (s.misses.length ? `\n  ${s.misses.join('\n  ')}` : ''));
      expect(s.quotesFound / s.quotes).toBeGreaterThanOrEqual(FLOORS.quoteRecall);
      expect(s.speakersRight / s.quotesFound).toBeGreaterThanOrEqual(FLOORS.speakerAccuracy);
      expect(s.scareLeaked).toBe(0);
      expect(s.actorsFound / s.actors).toBeGreaterThanOrEqual(FLOORS.actorRecall);
      // Of the figures and dates found, the share whose value (a number, a resolved day) is the one truth gives.
      expect(s.figureValuesRight / Math.max(1, s.figuresFound)).toBeGreaterThanOrEqual(FLOORS.figureValues);
      expect(s.dateValuesRight / Math.max(1, s.datesFound)).toBeGreaterThanOrEqual(FLOORS.dateValues);
    });
  }

  it('figure and date conflicts, all cases together', async () => {
    let found = 0;
    let wanted = 0;
    let falses = 0;
    for (const name of labelled()) {
      const s = score(name, await runCase(name));
      found += s.conflictsFound;
      wanted += s.conflicts;
      falses += s.falseConflicts;
    }
    console.log(`figure/date conflicts: found ${found}/${wanted}, false ${falses}`);
    expect(wanted).toBeGreaterThanOrEqual(CONFLICT_FLOORS.found);
    expect(found).toBeGreaterThanOrEqual(CONFLICT_FLOORS.found);
    expect(falses).toBeLessThanOrEqual(CONFLICT_FLOORS.maxFalse);
  });
});

describe('outlet credits against hand-written truth', () => {
  it('records the credited outlet of every labelled source, and null where none is credited', async () => {
    const { readFileSync } = await import('node:fs');
    for (const name of labelled()) {
      const truth = JSON.parse(readFileSync(join(ROOT, 'fixtures', name, 'truth.json'), 'utf8')) as { sources?: Array<{ id: string; outlet: string | null }> };
      const result = await runCase(name);
      for (const t of truth.sources ?? []) expect(result.sources.find((s) => s.id === t.id)?.outlet ?? null, `${name}/${t.id}`).toBe(t.outlet);
    }
  });
});
