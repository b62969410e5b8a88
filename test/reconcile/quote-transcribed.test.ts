import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/pipeline.js';

// One speaker's utterance that two outlets transcribed in different words: too few words in common,
// word for word, for the wording rule, but the same speaker and most of the same content words in order.
const run = (...texts: string[]) => runPipeline(texts.map((text, i) => ({ id: `s${i + 1}`, path: `s${i + 1}.txt`, text })));
const wording = (...texts: string[]) => run(...texts).conflicts.filter((c) => c.type === 'quote-wording');

describe('one utterance of one speaker transcribed in different words', () => {
  it('is a quote-wording conflict when the clauses are reworded but the content words stand in order', () => {
    const a = '“At this stage of the tournament we felt resting him was the wisest choice for everyone,” coach Ivo Marek said after training.';
    const b = '“At this point of the year we believed that giving him a rest was the wisest choice for everyone,” Marek told reporters.';
    const list = wording(a, b);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ type: 'quote-wording', sources: ['s1', 's2'], reason: { rule: 'one-utterance-transcribed' } });
    expect(list[0]!.message).toMatch(/^Same quote, different words: “At this stage of the tournament/);
    expect(list[0]!.message).toContain('(s1) vs “At this point of the year');
    // "rest" is kept, out of its place: the words around it are one change of phrase.
    expect(list[0]!.message).toMatch(/: "stage" → "point", "tournament" → "year", "felt resting him" → "believed that giving him a rest"$/);
    expect(list[0]!.reason!.shared).toMatch(/^speaker Ivo Marek; \d+ of \d+ content words in order$/);
    const quotes = run(a, b).facts.filter((f) => f.type === 'quote');
    expect(quotes.map((q) => q.status)).toEqual(['conflict', 'conflict']);
  });

  it('sets a quotation against its two closest versions at most, not against every outlet’s', () => {
    const list = wording(
      '“At this stage of the tournament we felt resting him was the wisest choice for everyone,” coach Ivo Marek said.',
      '“At this point of the year we believed that giving him a rest was the wisest choice for everyone,” Marek said.',
      '“At this moment of the season we thought a rest for him was the wisest choice for everyone,” Marek said.',
      '“At this stage of the season we judged resting him to be the wisest choice for everyone,” Marek said.',
    ).filter((c) => c.reason?.rule === 'one-utterance-transcribed');
    const per = new Map<string, number>();
    for (const c of list) for (const f of c.facts) per.set(f, (per.get(f) ?? 0) + 1);
    expect(list.length).toBeGreaterThan(0);
    expect(Math.max(...per.values())).toBeLessThanOrEqual(2);
  });

  it('is a conflict when a negation moves and "think" is "believe", sentence by sentence', () => {
    const a = '“I don’t think the council listened to us today. It is not in their habit to hear the farmers out in public,” said Rosa Tamm, who leads the growers.';
    const b = '“I believe the council did not listen to us today. It is not their habit to give farmers a hearing in public,” Tamm said.';
    const list = wording(a, b);
    expect(list).toHaveLength(1);
    // Compared as spoken ("don't" is "do not") and shown as written, marks folded.
    expect(list[0]!.message).toMatch(/^Same quote, different words: “I don’t think the council listened to us today…” \(s1\) vs “I believe the council did not listen to us today…” \(s2\): "don't think" → "believe", "listened" → "did not listen"$/);
    expect(list[0]!.reason!.rule).toBe('one-utterance-transcribed');
  });

  it('compares a remark with the sentence of a longer statement it stands in', () => {
    const a = '“The doctors, the staff and ourselves all thought resting him was the safest plan,” said Ivo Marek.';
    const b = '“He had a long season. So on every side, doctors, staff, his family and ourselves all felt that resting him was the safest plan,” Ivo Marek said.';
    const list = wording(a, b);
    expect(list).toHaveLength(1);
    // The longer statement is shown from the sentence the remark stands in, not from its opening.
    expect(list[0]!.message).toMatch(/ \(s1\) vs “…So on every side, doctors, staff, his family and ourselve…” \(s2\): "the" → "so on every side", "the" dropped, "his family" added, "thought" → "felt that"$/);
  });

  it('compares a statement one outlet split in two around "she said" segment by segment', () => {
    const split = '“We will rebuild the harbour wall before the winter,” Mayor Ana Ruiz said. “The repairs will take about two years and cost a great deal of money.”';
    // The same words, in one quotation: one utterance, no conflict.
    expect(wording(split, '“We will rebuild the harbour wall before the winter. The repairs will take about two years and cost a great deal of money,” said Ana Ruiz.')).toEqual([]);
    // The second segment transcribed in other words: one conflict, over that segment only.
    const list = wording(split, '“We will rebuild the harbour wall before the winter. It will take close to two years of repairs and a great deal of money,” said Ana Ruiz.');
    expect(list).toHaveLength(1);
    expect(list[0]!.sources).toEqual(['s1', 's2']);
    expect(list[0]!.message).toMatch(/^Same quote, different words: “The repairs will take about two years/);
    expect(list[0]!.message).toContain('(s1) vs “…It will take close to two years');
  });
});

describe('remarks that are not one utterance transcribed apart', () => {
  it('a slogan a speaker repeats, with another lead-in each time', () => {
    expect(wording(
      '“And let’s keep the valley safe,” Ana Ruiz told the crowd in Kessa.',
      '“We’re going to keep the valley safe,” Ana Ruiz said at a rally in Dorvale.',
    )).toEqual([]);
  });

  it('two remarks of one speaker that share a stock phrase', () => {
    expect(wording(
      '“We will keep fighting for the families who lost their homes in the flood,” said Ana Ruiz.',
      '“We will keep fighting until the insurers pay every claim on time,” Ana Ruiz said.',
    )).toEqual([]);
    expect(wording(
      '“We will keep fighting for the families of this valley, and the council knows it,” said Ana Ruiz.',
      '“The council knows we will keep fighting for a new bridge,” Ana Ruiz said.',
    )).toEqual([]);
  });

  it('two remarks of one speaker about one subject', () => {
    expect(wording(
      '“The council must find the money to repair the old school roof before the winter,” said Ana Ruiz.',
      '“The money for the school roof was spent by the old council on a new car park,” said Ana Ruiz.',
    )).toEqual([]);
  });

  it('one wording given to two different people', () => {
    expect(wording(
      '“At this stage of the tournament we felt resting him was the wisest choice for everyone,” coach Ivo Marek said.',
      '“At this point of the year we believed that giving him a rest was the wisest choice for everyone,” said Tom Alder, the club doctor.',
    )).toEqual([]);
  });

  it('two people of one family name', () => {
    expect(wording(
      '“At this stage of the tournament we felt resting him was the wisest choice for everyone,” Ivo Marek said.',
      '“At this point of the year we believed that giving him a rest was the wisest choice for everyone,” Lena Marek said.',
    )).toEqual([]);
  });

  it('wordings that differ only in articles, "that", pronouns, punctuation or a slipped letter', () => {
    const a = '“I think that the new bridge is the best thing that has happened to this town in years,” said Ana Ruiz.';
    for (const b of [
      '“I think the new bridge is the best thing that has happened to our town in years,” said Ana Ruiz.',
      '“I think that the new bridge is the best thing that has happend to the town in years!” Ana Ruiz said.',
    ]) expect(wording(a, b)).toEqual([]);
  });

  it('a short remark with too few content words to say which utterance it is', () => {
    expect(wording('“We thought it was right,” said Ana Ruiz.', '“I felt it was the right thing,” said Ana Ruiz.')).toEqual([]);
  });

  it('two remarks about one subject that share three of their five content words', () => {
    expect(wording(
      '“It can also carry passenger cars and cargo cars,” said Tom Alder.',
      '“No other line can carry both passenger and cargo trains, because they need very different tracks,” Tom Alder said.',
    )).toEqual([]);
  });

  it('two remarks that meet only in a phrase at their edges', () => {
    expect(wording(
      '“Within a minute or two, the whole shed was on fire,” said fire chief Tom Alder.',
      '“The crews and the police were there within one minute or two,” Tom Alder said.',
    )).toEqual([]);
  });

  it('two remarks that share only a name of several words', () => {
    expect(wording(
      'Dana Horne said the plan would gut the “very heart of the Clean Harbours Act.”',
      '“For ten years the Clean Harbours Act has kept the bays alive,” said Dana Horne.',
    )).toEqual([]);
  });

  it('a quotation that begins later, the rest the same words but for a little word', () => {
    expect(wording(
      '“I only came here to say I see that the things I did hurt many people here, and I am sorry,” said Dana Horne.',
      '“I see that the things I did hurt many people here and I’m sorry,” Dana Horne said.',
    )).toEqual([]);
  });

  it('words an editor put in brackets', () => {
    expect(wording(
      '“[The dockers] thanked every member of the union for the patience they showed all winter,” said Dana Horne.',
      '“We thanked every member of the union for the patience we showed all winter,” Dana Horne said.',
    )).toEqual([]);
  });
});
