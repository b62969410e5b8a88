import { describe, expect, it } from 'vitest';
import { boundsOf, compareDateValues } from '../../src/model/date-values.js';

describe('date values', () => {
  it.each([
    ['2025-W33-WE', ['2025-08-16', '2025-08-17']],
    ['2021-W01-WE', ['2021-01-09', '2021-01-10']],
    ['2020-W53-WE', ['2021-01-02', '2021-01-03']],
    ['19', ['1900-01-01', '1999-12-31']],
    ['10', ['1000-01-01', '1099-12-31']],
  ])('%s covers %j', (value, bounds) => {
    expect(boundsOf(value)).toEqual(bounds);
  });

  it('orders a weekend inside its week and a century before its decades', () => {
    const values = ['2025-08-18', '198', '2025-W33-WE', '19', '2025-08'];
    expect([...values].sort(compareDateValues)).toEqual(['19', '198', '2025-08', '2025-W33-WE', '2025-08-18']);
  });
});
