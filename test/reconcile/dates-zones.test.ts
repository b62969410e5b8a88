import { describe, expect, it } from 'vitest';
import { reconcileDates } from '../../src/reconcile/dates.js';
import { reconcileAll } from '../../src/reconcile/index.js';
import { placeOffsets } from '../../src/reconcile/dates-zones.js';
import { extractText } from '../support/extract.js';
import { mentionsOf } from './helpers.js';

// Clock times told in time zones, across outlets (invented stories; the countries are a general lexicon's).
const REF = '2024-03-13';
const places = (names: Record<string, string[]>) => new Map(Object.entries(names));

describe('times in time zones', () => {
  it('one instant told in two zones agrees: "6:52 a.m. GMT Sunday" and "2:52 a.m. EDT Sunday"', () => {
    const r = reconcileDates([
      mentionsOf('a', 'The Dorvale ferry sank at 6:52 a.m. GMT Sunday off Kessa Point, the coast guard said.'),
      mentionsOf('b', 'The Dorvale ferry sank at 2:52 a.m. EDT Sunday off Kessa Point, the coast guard said.'),
    ], { referenceDate: REF });
    expect(r.conflicts).toEqual([]);
    expect(r.facts).toHaveLength(1);
    expect(r.facts[0]).toMatchObject({ sources: ['a', 'b'], status: 'agreed', granularity: 'time', value: '2024-03-10T06:52', zone: 'GMT' });
  });

  it('a wire service’s "0652 GMT" is that instant too', () => {
    const r = reconcileDates([
      mentionsOf('a', 'A strong quake shook the Velmora hills on Sunday. The quake struck the Velmora hills at 0652 GMT.'),
      mentionsOf('b', 'A strong quake shook the Velmora hills on Sunday. The quake struck the Velmora hills at 2:52 a.m. EDT.'),
    ], { referenceDate: REF });
    expect(r.conflicts).toEqual([]);
    expect(r.facts.filter((f) => f.granularity === 'time').map((f) => f.evidence.map((e) => e.text))).toEqual([['0652 GMT', '2:52 a.m. EDT']]);
  });

  it('"6:52 a.m. local time" in a country never on UTC+0 and "0652 GMT": the same clock reading in two zones', () => {
    const r = reconcileDates([
      mentionsOf('a', 'A strong quake shook the Velmora district on Sunday. The quake hit the valley at 0652 GMT, the survey said.'),
      mentionsOf('b', 'A strong quake shook the Velmora district early Sunday. Dozens were hurt. It struck at 6:52 a.m. local time.'),
    ], { referenceDate: REF, places: places({ a: ['Japan', 'Velmora'], b: ['Japan', 'Velmora'] }) });
    expect(r.conflicts.map((c) => c.message)).toEqual([
      'Sources date "quake hit the valley" differently: 2024-03-10 06:52 GMT (a) vs 2024-03-10 06:52 local time (b)',
    ]);
  });

  it('the places come from the actors the outlets name', () => {
    const r = reconcileAll([
      extractText('A strong quake shook the Velmora district of Japan on Sunday. The quake hit the valley at 0652 GMT, the survey said.', 'a'),
      extractText('A strong quake shook the Velmora district of Japan early Sunday. Dozens were hurt. It struck at 6:52 a.m. local time.', 'b'),
    ], [], { referenceDate: REF });
    expect(r.conflicts.filter((c) => c.type === 'date')).toHaveLength(1);
  });

  it('the local time of a country seven hours east, read at its offset, agrees', () => {
    const r = reconcileDates([
      mentionsOf('a', 'A strong quake shook the Velmora district on Sunday. The quake hit the valley at 0652 GMT, the survey said.'),
      mentionsOf('b', 'A strong quake shook the Velmora district early Sunday. Dozens were hurt. It struck at 1:52 p.m. local time.'),
    ], { referenceDate: REF, places: places({ a: ['Thailand'], b: ['Thailand'] }) });
    expect(r.conflicts).toEqual([]);
    expect(r.facts.filter((f) => f.granularity === 'time').map((f) => f.sources)).toEqual([['a', 'b']]);
  });

  it('no conflict where the local time may be GMT, or the place is not known', () => {
    const story = (where: string[] | null) => reconcileDates([
      mentionsOf('a', 'A strong quake shook the Velmora district on Sunday. The quake hit the valley at 0652 GMT, the survey said.'),
      mentionsOf('b', 'A strong quake shook the Velmora district early Sunday. Dozens were hurt. It struck at 6:52 a.m. local time.'),
    ], { referenceDate: REF, ...(where ? { places: places({ a: where, b: where }) } : {}) }).conflicts;
    expect(story(['Ghana'])).toEqual([]);
    expect(story(['Portugal'])).toEqual([]);
    // a country that may be on UTC+0 among those named: not known to be off it
    expect(story(['Japan', 'Britain'])).toEqual([]);
    expect(story(null)).toEqual([]);
  });

  it('a time with no zone and one in GMT are never set against each other: the first may be local', () => {
    const r = reconcileDates([
      mentionsOf('a', 'Jets bombed the Kessa camp on Sunday. Residents said the jets bombed the camp at 10:26 a.m.'),
      mentionsOf('b', 'Jets bombed the Kessa camp on Sunday. Residents said the jets bombed the camp at 9:26 a.m. GMT.'),
    ], { referenceDate: REF });
    expect(r.conflicts).toEqual([]);
  });

  it('the offsets of a story: its countries’, 0 for one that may be on UTC+0, null for none known', () => {
    expect(placeOffsets(['Japan', 'Velmora'])).toEqual([9]);
    expect(placeOffsets(['the United States'])).toContain(-5);
    expect(placeOffsets(['Japan', 'Portugal'])).toEqual([0, 9]);
    expect(placeOffsets(['Velmora'])).toBeNull();
  });
});
