import { describe, expect, it } from 'vitest';
import { figureValueLabel } from '../../src/render/labels.js';
import { figure } from './sample-result.js';

describe('figure value labels', () => {
  it.each([
    [{ value: 1, unit: 'days', qualifier: 'exact', min: 1, max: 1 }, '1 day'],
    [{ value: 1, unit: 'percentage points', qualifier: 'about', min: 0.9, max: 1.1 }, 'about 1 percentage point'],
    [{ value: 14, unit: 'days', qualifier: 'nearly', min: 12.6, max: 14 }, 'nearly 14 days'],
    [{ value: 10, unit: 'count', qualifier: 'between', min: 10, max: 15 }, 'between 10 and 15'],
    [{ value: 7, unit: 'days', qualifier: 'range', min: 7, max: 10 }, '7–10 days'],
    [{ value: 1, unit: 'years', qualifier: 'range', min: 1, max: 2 }, '1–2 years'],
    [{ value: 3, unit: 'ordinal', qualifier: 'exact', min: 3, max: 3 }, '3rd'],
    [{ value: 12, unit: 'ordinal', qualifier: 'exact', min: 12, max: 12 }, '12th'],
    [{ value: 90e9, unit: 'USD', qualifier: 'about', min: 81e9, max: 99e9 }, 'about USD 90 billion'],
    [{ value: 0.25, unit: 'fraction', qualifier: 'exact', min: 0.25, max: 0.25 }, 'a quarter (0.25)'],
    [{ value: 0.4, unit: 'fraction', qualifier: 'exact', min: 0.4, max: 0.4 }, '0.4'],
  ])('%j → %s', (over, label) => {
    expect(figureValueLabel(figure(over))).toBe(label);
  });
});
