import { describe, expect, it } from 'vitest';
import type { DateFact } from '../../src/model/fact.js';
import { runOn } from '../support/fixtures.js';

// The sample seeds state no full date: with no reference date their dates count from the report day.
const dateFacts = async (ref: string | null) => (await runOn(['seeds'], ref)).facts.filter((f): f is DateFact => f.type === 'date');
const byEvent = (facts: DateFact[], word: string) => facts.filter((f) => (f.event ?? '').includes(word));

describe('seeds without a calendar', () => {
  it('orders the summit and the Alaska meeting relative to the report day', async () => {
    const facts = await dateFacts(null);
    const alaska = byEvent(facts, 'Alaska')[0]!;
    expect(alaska.relative).toEqual({ to: 'report-day', days: -3, weekday: 'Friday' });
    expect(alaska.sources.length).toBeGreaterThanOrEqual(3);
    expect(byEvent(facts, 'informed Ukrainian President')[0]!.relative).toEqual({ to: 'report-day', days: 0, weekday: 'Monday' });
    expect(facts.every((f) => f.anchors === undefined || f.anchors.every((a) => a.reason === 'report-day'))).toBe(true);
  });

  it('gives calendar dates with --reference-date 2025-08-18, and every outlet’s February is 2025-02', async () => {
    const facts = await dateFacts('2025-08-18');
    expect(byEvent(facts, 'Alaska')[0]!.value).toBe('2025-08-15');
    const februaries = facts.filter((f) => f.evidence.some((e) => e.text === 'February'));
    expect(februaries.length).toBeGreaterThan(0);
    expect(new Set(februaries.map((f) => f.value))).toEqual(new Set(['2025-02']));
    const outlets = new Set(februaries.flatMap((f) => f.sources));
    expect(outlets.size).toBe(5);
  });
});
