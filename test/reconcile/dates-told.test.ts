import { describe, expect, it } from 'vitest';
import { reconcileDates } from '../../src/reconcile/dates.js';
import { sameVictim, toldVictim, victimWords } from '../../src/reconcile/dates-told.js';
import { mentionsOf } from './helpers.js';

const REF = { referenceDate: '2024-05-15' };
const run = (...texts: string[]) => reconcileDates(texts.map((t, i) => mentionsOf(String.fromCharCode(97 + i), t)), REF);
const dateConflicts = (r: ReturnType<typeof run>) => r.conflicts.filter((c) => c.type === 'date');

describe('a death told as days from another event of the story', () => {
  it('"later that day" vs "the next day" for one victim, after the same shooting at the jail gate, is a conflict', () => {
    const r = run(
      'Ray Colter broke out of the Dorvale jail in June 2021. At the jail gate, Colter murdered a bailiff. Later that day, still on the run, he murdered a retired ferry pilot.',
      'Colter broke out of the Dorvale jail in June 2021. He left a bailiff dead at the jail gate and was convicted of murdering the next day retired ferry pilot Tom Alder.',
    );
    const c = dateConflicts(r);
    expect(c).toHaveLength(1);
    expect(c[0]!.sources).toEqual(['a', 'b']);
    expect(c[0]!.message).toContain('the same day (a, "Later that day") vs the next day (b, "the next day")');
    expect(c[0]!.message).toContain('ferry pilot Tom Alder');
  });

  it('a victim of a verb left out: "a bailiff was murdered at the jail gate and a retired pilot the next day"', () => {
    const r = run(
      'Ray Colter broke out of the Dorvale jail in June 2021. A bailiff was murdered at the jail gate and a retired ferry pilot the next day.',
      'Ray Colter broke out of the Dorvale jail in June 2021. At the jail gate, Colter murdered a bailiff. Later that day he murdered a retired ferry pilot.',
    );
    expect(dateConflicts(r)).toHaveLength(1);
  });

  it('two victims, one killed that day and one the next day, are no conflict', () => {
    const r = run(
      'Ray Colter broke out of the Dorvale jail in June 2021. A prison guard was killed at the jail gate and a retired guard the next day.',
      'Ray Colter broke out of the Dorvale jail in June 2021. At the jail gate, Colter murdered a bailiff. Later that day he killed a prison guard.',
      'Ray Colter broke out of the Dorvale jail in June 2021. At the jail gate, Colter murdered a bailiff. The next day he killed a bus driver.',
    );
    expect(dateConflicts(r)).toEqual([]);
  });

  it('the same victim counted from two different events is no conflict', () => {
    const r = run(
      'Ray Colter broke out of the Dorvale jail in June 2021. Later that day he killed ferry pilot Tom Alder.',
      'In June 2021 Colter hid for a night in a barn near Harbor Ford. The next day he killed ferry pilot Tom Alder.',
    );
    expect(dateConflicts(r)).toEqual([]);
  });

  it('a second victim of the same kind, or someone\'s kin, is not the victim named', () => {
    expect(victimWords('a second ferry pilot')).toBeNull();
    expect(victimWords("Tom Alder's wife")).toBeNull();
    expect(victimWords('him')).toBeNull();
    expect(victimWords('at least seven guards')).toBeNull();
    expect(sameVictim(['ferry', 'pilot'], ['retired', 'ferry', 'pilot', 'tom', 'alder'])).toBe(true);
    expect(sameVictim(['prison', 'guard'], ['retired', 'guard'])).toBe(false);
    expect(sameVictim(['guard'], ['retired', 'guard'])).toBe(false);
  });

  it('finds the victim after the verb, before a verb left out, and as the subject of "died"', () => {
    expect(toldVictim({ days: 0, before: 'Later ', after: ', he murdered a state ferry pilot.', previous: '' })).toEqual(['state', 'ferry', 'pilot']);
    expect(toldVictim({ days: 1, before: 'murdering a guard and murdering ', after: ' pilot Tom Alder.', previous: '' })).toEqual(['pilot', 'tom', 'alder']);
    expect(toldVictim({ days: 1, before: 'Nurse Ana Ruiz died ', after: '.', previous: '' })).toEqual(['nurse', 'ana', 'ruiz']);
    // a day that dates no death
    expect(toldVictim({ days: 1, before: 'The jury ', after: ' found him guilty.', previous: '' })).toBeNull();
  });
});
