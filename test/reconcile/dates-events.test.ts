import { describe, expect, it } from 'vitest';
import { reconcileDates } from '../../src/reconcile/dates.js';
import { mentionsOf } from './helpers.js';

const REF = { referenceDate: '2024-05-15' }; // a Wednesday
const run = (...texts: string[]) => reconcileDates(texts.map((t, i) => mentionsOf(String.fromCharCode(97 + i), t)), REF);

describe('once-only events dated differently', () => {
  it('a death on Monday vs on Tuesday, told in different words, is one date conflict', () => {
    const r = run(
      'One ranger, a 40-year-old from Tula, died on Monday when his car was trapped by flames.',
      'A forest ranger, aged 40, died on Tuesday after his vehicle was surrounded by flames near Tula.',
    );
    expect(r.conflicts).toHaveLength(1);
    expect(r.conflicts[0]).toMatchObject({ type: 'date', sources: ['a', 'b'] });
    expect(r.conflicts[0]!.message).toContain('2024-05-13 (a) vs 2024-05-14 (b)');
  });

  it('an admission told in a long clause keeps its verb: "singer and former radio host Mara Quill checked into …"', () => {
    const r = run(
      'Singer and former radio host Mara Quill checked into the Elmbrook clinic on Tuesday, her publicist said.',
      'Mara Quill entered the Elmbrook clinic on Monday, a friend said.',
    );
    expect(r.conflicts.map((c) => [c.type, c.sources.join()])).toEqual([['date', 'a,b']]);
  });

  it('an agreement reached on Tuesday (two sources) vs signed on Wednesday (one)', () => {
    const r = run(
      'Nurses at the city hospitals agreed on Tuesday to end their strike.',
      'The nurses union and the hospitals reached an agreement late on Tuesday.',
      'The hospitals and the nurses union signed an agreement on Wednesday ending the strike.',
    );
    expect(r.conflicts.map((c) => [c.type, c.sources.join()])).toEqual([['date', 'a,b,c']]);
    expect(r.conflicts[0]!.message).toContain('2024-05-14 (a, b) vs 2024-05-15 (c)');
  });

  it('a court ruling on Tuesday (two sources, told differently) vs on Wednesday: the decision alone ties them', () => {
    const r = run(
      'The High Court upheld the fine on Tuesday, ruling that the airline misled passengers.',
      'Judgment was delivered on Tuesday by Justice Amal Reyes.',
      'The country’s top court ruled Wednesday that the carrier must pay.',
    );
    expect(r.conflicts.map((c) => [c.type, c.sources.join()])).toEqual([['date', 'a,b,c']]);
    expect(r.conflicts[0]!.message).toContain('2024-05-14 (a, b) vs 2024-05-15 (c)');
  });

  it.each([
    ['"ruled out" is no ruling', ['The minister ruled out new taxes on Monday.', 'The court ruled on Tuesday that the tax was lawful.']],
    ['sources agree', ['The ranger died on Monday when flames trapped his car.', 'A ranger died on Monday after flames trapped his car.']],
    ['more than a week apart: another event', ['A ranger died on May 2 when his car crashed.', 'A pilot died on Tuesday after flames reached the car.']],
    ['a year is not a day', ['Flames killed 100 people in 2017.', 'A ranger was killed on Tuesday by flames.']],
    ['a source telling two deaths on two days', ['A ranger died on Monday in the flames. A pilot died on Tuesday in the flames.', 'A pilot died on Monday in the flames.']],
    ['nothing else in common', ['A ranger died on Monday.', 'The deal was signed on Tuesday.']],
  ])('no conflict when %s', (_why, texts) => {
    expect(run(...texts).conflicts).toEqual([]);
  });
});

describe('once-only events of a person, told with different verbs', () => {
  it('an arrest: "was arrested on Monday" vs "police detained … on Tuesday"', () => {
    const r = run('Tom Alder was arrested on Monday at his home in Dorvale, police said.', 'Police detained Tom Alder on Tuesday in Dorvale.');
    expect(r.conflicts.map((c) => [c.type, c.sources.join()])).toEqual([['date', 'a,b']]);
    expect(r.conflicts[0]!.message).toContain('2024-05-13 (a) vs 2024-05-14 (b)');
  });

  it('a resignation, a conviction and a hiring, each dated apart by two outlets', () => {
    expect(run('Mayor Ana Ruiz resigned on Monday.', 'Ana Ruiz stepped down on Tuesday as mayor.').conflicts).toHaveLength(1);
    expect(run('A jury convicted Leo Varga on Monday.', 'Leo Varga was found guilty on Tuesday.').conflicts).toHaveLength(1);
    expect(run('The Kestrels hired Leo Varga on Monday to coach the side.', 'The Kestrels brought Varga back on Tuesday.').conflicts).toHaveLength(1);
  });

  it('two people’s arrests on two days are no conflict: they share no other word', () => {
    expect(run('Tom Alder was arrested on Monday.', 'Police detained Leo Varga on Tuesday.').conflicts).toEqual([]);
  });
});

describe('months named alone, in reports that give no year', () => {
  const undated = (...texts: string[]) => reconcileDates(texts.map((t, i) => mentionsOf(String.fromCharCode(97 + i), t)), {}).conflicts.map((c) => c.message);

  it('two months for one event disagree, whatever the year', () => {
    expect(undated('Tessaro Foods opened its Lakeview plant in March.', 'Tessaro Foods opened the Lakeview plant in June.')).toEqual([
      'Sources date "Tessaro Foods opened its Lakeview plant" differently: March (a) vs June (b)',
    ]);
  });

  it('a month that names its year, a month ahead against one behind, one source’s two months, or two events: no conflict', () => {
    expect(undated('Tessaro Foods opened its Lakeview plant last June.', 'Tessaro Foods opened the Lakeview plant in March.')).toEqual([]);
    expect(undated('Tessaro Foods opened its Lakeview plant in March.', 'Tessaro Foods will open the Lakeview plant in June.')).toEqual([]);
    expect(undated('Tessaro Foods opened its Lakeview plant in March and its Brack plant in June.')).toEqual([]);
    expect(undated('Tessaro Foods opened its Lakeview plant in March.', 'Vexel closed its Dorvale depot in June.')).toEqual([]);
  });
});

describe('a finding told in other words', () => {
  it('"was found dead on Friday" and "his body was discovered on Saturday" date one finding differently', () => {
    const r = run('Owen Hollis was found dead on Friday at his Dorvale home.', 'The body of Owen Hollis was discovered on Saturday at his Dorvale home.');
    expect(r.conflicts.map((c) => c.message)).toEqual(['Sources date "Owen Hollis was found dead" differently: 2024-05-10 (a) vs 2024-05-11 (b)']);
  });
});

describe('events counted by different numbers', () => {
  it('are two events, not one dated twice: "15,000 marched" on Saturday, "3,000 marched" on Sunday', () => {
    const r = run('About 15,000 people marched in Senna on Saturday.', 'About 3,000 people marched in Senna on Sunday.');
    expect(r.conflicts).toEqual([]);
  });

  it('one event counted alike still disagrees on its day', () => {
    const r = run('About 15,000 people marched in Senna on Saturday.', 'About 15,000 people marched in Senna on Sunday.');
    expect(r.conflicts.map((c) => c.type)).toEqual(['date']);
  });
});

describe('a day counted from another event the source dates', () => {
  it('"X came a day after Y" counts from the day the source gives X, not the report day', () => {
    const r = reconcileDates([mentionsOf('a', 'Tom Alder died on Saturday after a fall on Mount Kell.\nAlder’s death came a day after a guide, Ana Ruiz, died in a fall on the same ridge.')], { referenceDate: '2025-08-19' });
    expect(r.facts.map((f) => [f.surface, f.value])).toEqual([['a day after', '2025-08-15'], ['Saturday', '2025-08-16']]);
  });

  it('keeps the report day when the source dates no such event, or two of them', () => {
    const none = reconcileDates([mentionsOf('a', 'The strike came two days after talks collapsed.')], { referenceDate: '2025-08-19' });
    expect(none.facts.map((f) => f.value)).toEqual(['2025-08-17']);
    const two = reconcileDates([mentionsOf('a', 'Tom Alder died on Saturday. Tom Alder died on Monday, another report said.\nAlder’s death came a day after the storm.')], { referenceDate: '2025-08-19' });
    expect(two.facts.find((f) => f.surface === 'a day after')?.value).toBe('2025-08-18');
  });

  it('"a day after" counted from the report day, for want of a day of the event it follows, is no side of a conflict', () => {
    const r = reconcileDates([
      mentionsOf('a', 'Ana Ruiz died on Sunday after a fall on the Kessa ridge.'),
      mentionsOf('b', 'Tom Alder’s death came a day after Ana Ruiz died after a fall on the Kessa ridge.'),
    ], { referenceDate: '2024-03-13' });
    expect(r.conflicts).toEqual([]);
    // the same source dating the death it counts from is firm
    const s = reconcileDates([
      mentionsOf('a', 'Ana Ruiz died on Sunday after a fall on the Kessa ridge.'),
      mentionsOf('b', 'Tom Alder died on Thursday after a fall. Alder’s death came a day after Ana Ruiz died after a fall on the Kessa ridge.'),
    ], { referenceDate: '2024-03-13' });
    expect(s.conflicts).toHaveLength(1);
    // beside another outlet's firm day it joins, it stands on no side
    const t = reconcileDates([
      mentionsOf('a', 'Ana Ruiz died on Sunday after a fall on the Kessa ridge.'),
      mentionsOf('b', 'Ana Ruiz died yesterday after a fall on the Kessa ridge.'),
      mentionsOf('c', 'Tom Alder’s death came a day after Ana Ruiz died after a fall on the Kessa ridge.'),
    ], { referenceDate: '2024-03-13' });
    expect(t.conflicts.map((x) => [x.message, x.sources])).toEqual([['Sources date "Ana Ruiz died" differently: 2024-03-10 (a) vs 2024-03-12 (b)', ['a', 'b']]]);
  });
});

describe('an event named by a noun phrase before its date', () => {
  it('"the alleged shelling of Kessa in Tarn province on Tuesday" vs "the Wednesday shelling in Tarn province": one date conflict', () => {
    const r = run(
      'Mayor Ana Ruiz vowed to punish those behind the alleged shelling of Kessa in Tarn province on Tuesday.',
      'About 400 families left their farms after the Wednesday shelling in Tarn province.',
    );
    expect(r.conflicts.map((c) => [c.type, c.sources.join()])).toEqual([['date', 'a,b']]);
    expect(r.conflicts[0]!.message).toContain('2024-05-14 (a) vs 2024-05-15 (b)');
  });

  it.each([
    ['two shellings in two places', ['Rebels condemned the shelling of Kessa in Tarn province on Tuesday.', 'Farmers fled the Thursday shelling of Dorvale in Lune province.']],
    ['a second shelling of the same place', ['Rebels condemned the shelling of Kessa in Tarn province on Tuesday.', 'Rebels condemned the second shelling of Kessa in Tarn province on Thursday.']],
    ['the date is the speaker’s', ['Governor Ana Ruiz spoke on Tuesday about the shelling of Kessa in Tarn province.', 'Farmers fled the Wednesday shelling of Kessa in Tarn province.']],
  ])('no conflict for %s', (_why, texts) => {
    expect(run(...texts).conflicts).toEqual([]);
  });
});
