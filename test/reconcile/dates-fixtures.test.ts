import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DateFact } from '../../src/model/fact.js';
import { ROOT, runCase } from '../support/fixtures.js';

// What accuracy.test.ts cannot see in the dates fixtures: offsets from the report day and the anchor's reason.
type TruthDate = { source: string; text: string; start: number; end: number; relative?: object; anchor?: string };
const CASES = ['dates-no-full-date', 'dates-birth-and-expiry', 'dates-anchor-per-source'];

describe('dates fixtures: report-day offsets and anchors', () => {
  for (const name of CASES) {
    it(name, async () => {
      const truth = JSON.parse(readFileSync(join(ROOT, 'fixtures', name, 'truth.json'), 'utf8')) as { dates: TruthDate[] };
      const dates = (await runCase(name)).facts.filter((f): f is DateFact => f.type === 'date');
      for (const t of truth.dates) {
        const fact = dates.find((f) => f.evidence.some((e) => e.source === t.source && e.start === t.start && e.end === t.end));
        expect(fact, `${t.source} “${t.text}”`).toBeDefined();
        if (t.relative) expect(fact!.relative, `${t.source} “${t.text}”`).toEqual(t.relative);
        if (t.anchor) expect(fact!.anchors?.find((a) => a.source === t.source)?.reason, `${t.source} “${t.text}”`).toBe(t.anchor);
      }
    });
  }

  it('a birth date and an expiry date never anchor: every fact of that folder counts from the report day or is absolute', async () => {
    const dates = (await runCase('dates-birth-and-expiry')).facts.filter((f): f is DateFact => f.type === 'date');
    for (const f of dates) expect(f.anchors?.every((a) => a.reason === 'report-day') ?? true).toBe(true);
    expect(dates.filter((f) => f.value === null).every((f) => f.relative !== undefined)).toBe(true);
  });
});
