import { describe, expect, it } from 'vitest';
import { withoutAttribution } from '../../src/reconcile/dates-compare.js';

describe('a date conflict names its event without who told it', () => {
  it('drops the teller and "said there were"', () => {
    expect(withoutAttribution('Court papers show Ana Ruiz has two earlier fines')).toBe('Ana Ruiz has two earlier fines');
    expect(withoutAttribution('Residents of the valley said there were four loud blasts')).toBe('four loud blasts');
    expect(withoutAttribution('The mayor told reporters that the bridge reopened')).toBe('the bridge reopened');
  });

  it('keeps an event that would say too little without them, or has no teller', () => {
    expect(withoutAttribution('Officials said two blasts')).toBe('Officials said two blasts');
    expect(withoutAttribution('The ferry sank off Dorvale')).toBe('The ferry sank off Dorvale');
    expect(withoutAttribution('Ana Ruiz told the court her story in May')).toBe('Ana Ruiz told the court her story in May');
  });
});
