import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extract.js';
import { runPipeline } from '../../../src/pipeline.js';
import type { ActorFact } from '../../../src/model/fact.js';
import { renderers } from '../../../src/render/index.js';

/** The described people of one article: "name = key". */
const described = (text: string) =>
  extractText(text)
    .actors.filter((a) => a.kind === 'person' && a.described !== undefined)
    .map((a) => `${a.name} = ${a.described}`);
/** The named people of one article with their roles and the forms of them. */
const people = (text: string) =>
  extractText(text)
    .actors.filter((a) => a.kind === 'person' && a.described === undefined)
    .map((a) => `${a.name} [${a.roles.join('; ')}] ${a.occurrences.map((o) => o.text).join(' | ')}`);

describe('people told by a description tied to a named place, organisation or people', () => {
  it('reads the place or body, then who: "a Dorvale man", "a Lampton mother of five", "Vexel executives"', () => {
    expect(described('A Dorvale man was charged on Friday.')).toEqual(['Dorvale man = person:man|dorvale']);
    expect(described('A Lampton mother of five died in the fire on Sunday.')).toEqual(['Lampton mother of five = person:mother|lampton']);
    expect(described('The plant will close, Vexel executives said on Monday.')).toEqual(['Vexel executives = person:group of executive|vexel']);
    expect(described('A Kestrel Times correspondent saw the blast.')).toEqual(['Kestrel Times correspondent = person:correspondent|kestrel times']);
  });

  it('reads a people’s name in the plural as a group of people', () => {
    expect(described('Two Britons were hurt in the crash.')).toEqual(['Britons = person:britons']);
    expect(described('Canadian and Dutch troops crossed the river.')).toEqual([]);
  });

  it('reads a headline’s capitals and shortenings only as the story repeats them', () => {
    const forms = (text: string) => extractText(text).actors.filter((a) => a.described?.startsWith('person:')).map((a) => a.occurrences.map((o) => o.text).join(' | '));
    expect(forms('Jury Convicts Dorvale Man In Arson Case\nA jury has convicted a Dorvale man of arson.')).toEqual(['Dorvale man | Dorvale Man']);
    expect(forms('Dorv. man guilty of arson\nA Dorvale man was convicted on Friday.')).toEqual(['Dorvale man | Dorv. man']);
    expect(forms('Jury Convicts Dorvale Man In Arson Case\nThe jury met on Friday.')).toEqual([]);
  });

  it('needs a name that ties it down: a capital that only opens a sentence, or a noun that goes on, is none', () => {
    expect(described('Local officials said the road was shut.')).toEqual([]);
    expect(described('Frightened residents fled the town.')).toEqual([]);
    expect(described('Members of a Dorvale fan club met a Lampton man at noon.')).toEqual(['Lampton man = person:man|lampton']);
  });
});

describe('a description the article ties to one named person', () => {
  it('is that person’s, by the words: "Tom Alder, a Dorvale man," and "Vexel spokesman Tom Alder"', () => {
    expect(people('Tom Alder, a Dorvale man, was charged on Friday.')).toEqual(['Tom Alder [Dorvale man] Tom Alder | Dorvale man']);
    expect(described('Tom Alder, a Dorvale man, was charged on Friday.')).toEqual([]);
  });

  it('is the person the lead keeps for the next sentence, named with an age', () => {
    const text = 'A Dorvale man was charged on Friday with arson. Tom Alder, 27, was held overnight in Lampton.';
    expect(people(text)).toEqual(['Tom Alder [Dorvale man] Tom Alder | Dorvale man']);
    expect(described(text)).toEqual([]);
  });

  it('is nobody’s when the ages differ, or when two people are given it', () => {
    expect(described('A 48-year-old Dorvale woman was indicted on Monday. Ana Ruiz, 31, said the charges were unfair.')).toEqual(['Dorvale woman = person:woman|dorvale']);
    expect(described('Tom Alder, a Dorvale man, met Jack Moreno, a Dorvale man, at the gym.')).toEqual(['Dorvale man = person:man|dorvale']);
  });

  it('is no actor of its own when nothing ties it and it only ever comes with "the": it speaks of someone named', () => {
    expect(described('Tom Alder and Jack Moreno sparred for hours in Lampton. The Dorvale man won on points.')).toEqual([]);
    expect(described('Tom Alder and Jack Moreno sparred for hours in Lampton. A Dorvale man won the next bout.')).toEqual(['Dorvale man = person:man|dorvale']);
  });

  it('never speaks for a quote', () => {
    const m = extractText('"We will rebuild," a Dorvale man said on Monday.');
    expect(m.actors.some((a) => a.described === 'person:man|dorvale')).toBe(true);
    expect(m.quotes.map((q) => q.speaker.actor)).toEqual([null]);
  });
});

describe('described people across sources', () => {
  const run = (...texts: string[]) => runPipeline(texts.map((text, i) => ({ id: `s${i + 1}`, path: `s${i + 1}.txt`, text })));
  const persons = (r: ReturnType<typeof run>) =>
    r.facts.filter((f): f is ActorFact => f.type === 'actor' && f.kind === 'person').map((f) => `${f.name}${f.described ? ' (described)' : ''} ${f.sources.join(',')}`);

  it('are one person when outlets give the same description, and never join a named one', () => {
    const r = run('A Dorvale man was charged with arson on Friday.', 'Police said a Dorvale man was charged on Friday.', 'Tom Alder was charged in Dorvale on Friday.');
    expect(persons(r)).toEqual(['Tom Alder s3', 'Dorvale man (described) s1,s2']);
  });

  it('take no bare name as a first name of theirs: "Dorvale man" is no Mr Man called Dorvale', () => {
    const r = run('A Dorvale man was charged with arson on Friday.', 'Police in Lampton said Dorvale had lied, and Dorvale denied it.');
    expect(persons(r).filter((p) => p.startsWith('Dorvale man'))).toEqual(['Dorvale man (described) s1']);
  });

  it('say so in the table', () => {
    const table = renderers.table(run('A Dorvale man was charged with arson on Friday.'), { color: false, width: 120 });
    expect(table).toMatch(/Dorvale man \(person, described\)/);
  });
});
