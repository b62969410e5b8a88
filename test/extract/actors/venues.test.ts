import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extract.js';
import { runPipeline } from '../../../src/pipeline.js';
import type { ActorFact } from '../../../src/model/fact.js';
import { renderers } from '../../../src/render/index.js';

/** The described places of one article: "name = key", each form of it after a bar. */
const venues = (text: string) =>
  extractText(text)
    .actors.filter((a) => a.kind === 'place' && a.described !== undefined)
    .map((a) => `${a.name} = ${a.described}${a.aliases.length ? ` | ${a.aliases.join(' | ')}` : ''}`);

describe('places told by a description tied to a named place', () => {
  it('reads the named place, then what is there: "a Dorvale treatment facility", "Lampton’s highest peak"', () => {
    expect(venues('Ana Ruiz checked into a Dorvale treatment facility on Tuesday.')).toEqual(['Dorvale treatment facility = facility|dorvale']);
    expect(venues('The climbers fell from Lampton’s highest peak.')).toEqual(['Lampton’s highest peak = mountain|lampton']);
    expect(venues('Police closed Brantley streets after the march.')).toEqual(['Brantley streets = street|brantley']);
  });

  it('reads a neighbourhood after its city’s possessive, and housing projects by the word "housing"', () => {
    expect(venues('Ana Ruiz was picking up her son from school in Lampton’s Kestrel section.')).toContain('Kestrel section = neighborhood|kestrel');
    expect(venues('Two men were arrested after a shooting in the Morrow housing projects.')).toEqual(['Morrow housing projects = housing|morrow']);
    expect(venues('Vexel projects grew by a third last year.')).toEqual([]);
  });

  it('reads what is there, then where: "a rehab clinic in Dorvale", "the streets of Lampton", "the border with Velmora"', () => {
    expect(venues('She moved to a rehab clinic in Dorvale and later to a Dorvale treatment centre.')).toEqual([
      'rehab clinic in Dorvale = facility|dorvale | Dorvale treatment centre',
    ]);
    expect(venues('Tom Alder was moved to a prison unit in Harlow.')).toEqual(['prison unit in Harlow = prison|harlow']);
    expect(venues('Crowds filled the streets of Lampton.')).toEqual(['streets of Lampton = street|lampton']);
    expect(venues('Troops massed on the border with Velmora.')).toEqual(['border with Velmora = border|velmora']);
  });

  it('reads a distance from a named place as where something happened, with the compass point and the unit', () => {
    expect(venues('The quake struck 42 km (26 miles) west of the town of Virel on Monday.')).toEqual(['42 km (26 miles) west of the town of Virel = 42km west|virel']);
    expect(venues('The epicentre was 18 miles from Dorn.')).toEqual(['18 miles from Dorn = 18mi from|dorn']);
  });

  it('takes a store or school that a named body runs, but no part of a company', () => {
    expect(venues('A man was hurt outside a Kestrel Foods store on Monday.')).toEqual(['Kestrel Foods store = store|kestrel foods']);
    expect(venues('Shells hit a VRA school and the Vexel Corp business unit.')).toEqual(['VRA school = school|vra']);
  });

  it('skips what stands between the distance and the place: "west of the county’s main port of Virel"', () => {
    expect(venues('The ferry sank 60 km west of the county’s main port of Virel.')).toEqual(['60 km west of the county’s main port of Virel = 60km west|virel']);
    expect(venues('It hit 210 km from the provincial capital Orsa Velm.')).toEqual(['210 km from the provincial capital Orsa Velm = 210km from|orsa velm']);
  });

  it('needs a named place: a noun on its own, a person, a part of a place without "of", or a bare "m" is no described place', () => {
    expect(venues('She checked into a treatment facility on Tuesday.')).toEqual([]);
    expect(venues('Ana Ruiz home secretary said nothing.')).toEqual([]);
    expect(venues('The boat reached the Velmora tip at dawn.')).toEqual([]);
    expect(venues('Mourners filled a Velmoran church and the Spanish border towns.')).toEqual([]);
    expect(venues('Prices rose 5 m from Dorn traders.')).toEqual([]);
  });
});

describe('described places across sources', () => {
  const run = (...texts: string[]) => runPipeline(texts.map((text, i) => ({ id: `s${i + 1}`, path: `s${i + 1}.txt`, text })));
  const places = (r: ReturnType<typeof run>) =>
    r.facts.filter((f): f is ActorFact => f.type === 'actor' && f.kind === 'place').map((f) => `${f.name}${f.described ? ' (described)' : ''} ${f.sources.join(',')}`);

  it('are one place when outlets describe the same kind of venue at the same named place, and never join a named one', () => {
    const r = run(
      'Dana Reyes checked into a rehab clinic in Dorvale on Friday.',
      'Dana Reyes entered a Dorvale treatment facility on Friday.',
      'Dana Reyes went to a prison in Dorvale on Friday.',
    );
    expect(places(r)).toEqual(['Dorvale s1,s3', 'rehab clinic in Dorvale (described) s1,s2', 'prison in Dorvale (described) s3']);
  });

  it('say so in the table, after the places named', () => {
    const table = renderers.table(run('Dana Reyes checked into a rehab clinic in Dorvale on Friday.'), { color: false, width: 120 });
    expect(table).toMatch(/Dorvale \(place\)[\s\S]*rehab clinic in Dorvale \(place, described\)/);
  });
});
