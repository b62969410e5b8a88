import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reconcileDates } from '../../src/reconcile/dates.js';
import { reconcileFigures } from '../../src/reconcile/figures.js';
import { mentionsOf } from './helpers.js';
import { runPipeline } from '../../src/pipeline.js';

const inputs = readdirSync('seeds').sort().map((f) => mentionsOf(f.slice(0, 3), readFileSync(`seeds/${f}`, 'utf8')));

describe('sample seeds, reference date 2025-08-18', () => {
  const figures = reconcileFigures(inputs);
  const dates = reconcileDates(inputs, { referenceDate: '2025-08-18' });
  const fig = (pred: (t: string) => boolean) => figures.facts.find((f) => f.evidence.some((e) => pred(e.text)))!;
  const date = (pred: (t: string) => boolean) => dates.facts.find((f) => (f.event ?? '').length > 0 && pred(f.event!))!;

  it('figures agree across sources', () => {
    expect(fig((t) => t === 'about $90 billion')).toMatchObject({ value: 90e9, unit: 'USD', sources: ['002', '004'], status: 'agreed' });
    expect(fig((t) => t === 'more than one million')).toMatchObject({ value: 1e6, qualifier: 'more than', sources: ['000', '002', '004'] });
    expect(fig((t) => t === 'eight decades')).toMatchObject({ value: 80, unit: 'years', sources: ['000', '004'] });
    expect(fig((t) => t === 'week to 10 days')).toMatchObject({ min: 7, max: 10, unit: 'days', qualifier: 'range' });
    expect(figures.conflicts).toEqual([]);
  });

  it('dates resolve', () => {
    const alaska = date((e) => e.includes('Alaska'));
    expect(alaska).toMatchObject({ value: '2025-08-15', granularity: 'day', anchoredBy: 'reference-date' });
    expect(alaska.evidence.map((e) => e.text)).toContain('two days after');
    expect(dates.facts.filter((f) => f.value === '2025-08-18').length).toBeGreaterThan(0);
    expect(date((e) => e.includes('Oval Office'))).toMatchObject({ value: '2025-02', granularity: 'month' });
    expect(date((e) => e.startsWith('Crimea'))).toMatchObject({ value: '2014', sources: ['000', '003', '004'] });
    expect(dates.conflicts).toEqual([]);
  });

  it('the whole pipeline gives exactly the two quote-wording conflicts of the seeds, and no other conflict', () => {
    const r = runPipeline(readdirSync('seeds').sort().map((f) => ({ id: f.slice(0, 3), path: f, text: readFileSync(`seeds/${f}`, 'utf8') })), { referenceDate: '2025-08-18' });
    expect(r.conflicts.map((c) => c.type)).toEqual(['quote-wording', 'quote-wording']);
    expect(r.conflicts.map((c) => c.message).join('\n')).toMatch(/"defense" → "defence" \(spelling\)/);
    expect(r.conflicts.map((c) => c.message).join('\n')).toMatch(/"major" → "notable"/);
  });
});

