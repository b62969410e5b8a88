import { describe, expect, it } from 'vitest';
import { figuresOf } from './helpers.js';

const first = (text: string) => {
  const f = figuresOf(text).figures[0]!;
  return { text: f.text, value: f.value, unit: f.unit, measure: f.measure ?? null };
};

describe('measures are never money and never bare counts', () => {
  it.each([
    ['Dunmore, a 200-pound man, fled.', '200-pound', 200, 'lb'],
    ['She weighed 150 pounds at birth of her son.', '150 pounds', 150, 'lb'],
    ['Dunmore, who weighs about 210 pounds, fled.', 'about 210 pounds', 210, 'lb'],
    ['The boxer weighed in at 102 kg on Friday.', '102 kg', 102, 'kg'],
    ['He fell about 600 metres down the face.', 'about 600 metres', 600, 'm'],
    ['He slid about 200m into a ravine.', 'about 200m', 200, 'm'],
    ['She slid about 300m while descending the gully.', 'about 300m', 300, 'm'],
    ['The rope team stopped within 40m of the ridge.', '40m', 40, 'm'],
    ['The climbers were 2,000 feet up.', '2,000 feet', 2000, 'ft'],
    ['The epicentre lay 55 kilometres south of the town.', '55 kilometres', 55, 'km'],
    ['The farm covers 300 acres.', '300 acres', 300, 'acres'],
    ['The fire burned 120 hectares.', '120 hectares', 120, 'ha'],
    ['A magnitude 6.1 earthquake struck.', '6.1', 6.1, 'magnitude'],
    ['The 7.5-magnitude quake struck at dawn.', '7.5-magnitude', 7.5, 'magnitude'],
    ['The quake measured 6.1 on the Richter scale.', '6.1 on the Richter scale', 6.1, 'magnitude'],
  ])('%s → %s (rule: measurement)', (input, text, value, unit) => {
    expect(first(input)).toEqual({ text, value, unit, measure: 'measurement' });
  });

  it('gives a bare number listed before a measure that measure’s unit (rule: measurement-list)', () => {
    expect(figuresOf('Since the 7.0 and 6.5 magnitude quakes struck the coast, dozens of tremors followed.').figures.map((f) => [f.value, f.unit])).toEqual([[7, 'magnitude'], [6.5, 'magnitude']]);
    expect(figuresOf('The two roads are 2 or 3 km apart.').figures.map((f) => [f.value, f.unit])).toEqual([[2, 'km'], [3, 'km']]);
    expect(figuresOf('Prices rose between 10 and 15 percent.').figures.map((f) => [f.value, f.unit])).toEqual([[10, 'percent']]);
  });

  it('keeps "pounds" after a sum as money and "200m people" as a count', () => {
    expect(first('The fine was 200 pounds.').measure).toBe('money');
    expect(first('Officials said 200m people watched.')).toMatchObject({ value: 200_000_000, unit: 'count' });
    expect(first('Exports fell 30m euros last year.')).toMatchObject({ value: 30_000_000, measure: 'money' });
  });

  it('reads no count in a span of years (rule: year-range)', () => {
    expect(figuresOf('He served between 1991 and 1998, then 1999-2004.').figures).toEqual([]);
  });

  it('counts a mother’s children (rule: kin-count)', () => {
    expect(figuresOf('Dana Horne, a mother of 12, died.').figures[0]).toMatchObject({ value: 12, subject: 'children (mother of)' });
  });

  it('gives a magnitude the noun after it for subject', () => {
    expect(figuresOf('The 7.5-magnitude quake struck.').figures[0]!.subject).toBe('quake');
  });
});

describe('who a figure belongs to', () => {
  it('records the people a sentence names, but not the one it quotes as its source (rule: people)', () => {
    expect(figuresOf('Ruiz rushed for 404 yards, Coach Tom Alder said.').figures[0]!.people).toBeUndefined();
  });
});
