import { describe, expect, it } from 'vitest';
import { extractText } from '../support/extract.js';
import { runPipeline } from '../../src/pipeline.js';

const run = (...texts: string[]) => runPipeline(texts.map((text, i) => ({ id: `s${i + 1}`, path: `s${i + 1}.txt`, text })));
const conflicts = (...texts: string[]) => run(...texts).conflicts.map((c) => `${c.type}: ${c.message}`);

describe('figure conflicts only between one quantity of one subject', () => {
  it('raises "mother of 12" against "mom of 13" with its reason (rule: same-quantity, kin count)', () => {
    const r = run('Dana Horne, a mother of 12, was killed on Friday.', 'Dana Horne, a mother of 12, died.', 'The Dorvale mom of 13 was shot.');
    expect(r.conflicts.map((c) => c.message)).toEqual(['Sources disagree on children (mother of): 12 (s1, s2) vs 13 (s3)']);
    expect(r.conflicts[0]!.reason).toEqual({ rule: 'same-quantity', shared: 'children (mother of) (count); people named: horne' });
  });

  it('raises "mother of 13" even when its outlet also says "mother of 12" elsewhere (rule: vague-source)', () => {
    const r = run('Dana Horne, a mother of 12, was killed.', 'Dana Horne, a mother of 12, died.', 'Dana Horne, a mother of 12, died. A ricochet struck the mother of 13.', 'The mother of 13 was shot outside a school.');
    expect(r.conflicts.map((c) => c.message)).toEqual(['Sources disagree on children (mother of): 12 (s1, s2, s3) vs 13 (s3, s4)']);
  });

  it('raises a one-word count of what a disaster report counts, even in a list of damage', () => {
    expect(conflicts('The flood also swept away five bridges, the agency said.', 'An engineer said the flood damaged 31 offices, 3 roads, 6 hotels, over 2,400 houses, 9 bridges and 2 schools.').filter((c) => c.includes('bridges'))).toEqual([
      'figure: Sources disagree on bridges: 5 (s1) vs 9 (s2)',
    ]);
    expect(conflicts('Three people drowned, 60 others were rescued and more than 300 homes flooded by the river.', 'About 40 houses and a school were lost to the river, the agency said.').filter((c) => c.includes('homes'))).toEqual(['figure: Sources disagree on homes: more than 300 (s1) vs about 40 (s2)']);
  });

  it('reads "a magnitude of 6.2" and "its magnitude was 6.3" as magnitudes of the quake', () => {
    expect(conflicts('Quake in Orsa\nThe quake had a magnitude of 6.2, the survey said.', 'Quake in Orsa\nThe 6.6-magnitude quake struck Orsa before dawn.')).toEqual([
      'figure: Sources disagree on earthquake: 6.2 magnitude (s1) vs 6.6 magnitude (s2)',
    ]);
    expect(conflicts('Quake in Orsa\nIts magnitude was 6.3, the survey said.', 'Quake in Orsa\nThe 6.6-magnitude quake struck Orsa before dawn.')).toHaveLength(1);
    // A count of ten or more after "magnitude of" is no magnitude.
    expect(conflicts('The survey listed a magnitude of 12 readings.')).toEqual([]);
  });

  it('reads "two quakes, measuring 6.8 and 6.5" as two magnitudes, not two counts', () => {
    const figures = extractText('Quake in Orsa\nTwo quakes, measuring 6.8 and 6.5, struck Orsa before dawn.').figures;
    expect(figures.filter((f) => f.value !== 2).map((f) => [f.text, f.value, f.unit])).toEqual([['6.8', 6.8, 'magnitude'], ['6.5', 6.5, 'magnitude']]);
    // the first quake's magnitude meets another outlet's
    expect(conflicts('Quake in Orsa\nA quake measuring 6.8 struck Orsa before dawn.', 'Quake in Orsa\nThe 6.6-magnitude quake struck Orsa before dawn.')).toEqual([
      'figure: Sources disagree on earthquake: 6.8 magnitude (s1) vs 6.6 magnitude (s2)',
    ]);
    // a town measuring its losses is no quake
    expect(extractText('The town, measuring 4.5 square kilometres, lost its bridge.').figures.every((f) => f.unit !== 'magnitude')).toBe(true);
  });

  it('raises two magnitudes and two depths of one earthquake', () => {
    expect(conflicts('A magnitude 6.1 earthquake struck Meru at a depth of 10 kilometres.', 'The 6.4-magnitude quake struck at a depth of 35 km.')).toEqual([
      'figure: Sources disagree on depth: 10 km (s1) vs 35 km (s2)',
      'figure: Sources disagree on earthquake: 6.1 magnitude (s1) vs 6.4 magnitude (s2)',
    ]);
  });

  it('reads a sentence dated to an earlier time, and one that takes up its event, as another event (rule: other-event)', () => {
    const r = run(
      'A magnitude 5.4 quake shook Meru on Monday, killing 11 people and injuring about 90.',
      'Eleven people were killed and some 90 hurt in the quake on Monday, officials said.',
      'The quake shook Meru on Monday. In May 1999 a 7.2-magnitude quake hit the region. Three people died and four were hurt in the quake and a landslide.',
    );
    expect(r.conflicts.filter((c) => c.type === 'figure').map((c) => c.message)).toEqual([]);
  });

  it('keeps outlets that give two values of one subject out of it, however many they are (rule: vague-source)', () => {
    const r = run(
      'Six flares were launched over the harbour; three flares were launched from the pier, the coastguard said.',
      'Six flares were launched in all, and three flares were launched from the pier.',
      'Seven flares were launched over the harbour, a witness said.',
      'Six flares were launched over the harbour at night.',
    );
    expect(r.conflicts.map((c) => c.message)).toEqual(['Sources disagree on flares launched: 6 (s1, s2, s4) vs 7 (s3)']);
  });

  it.each([
    ['two people’s quantities with one head noun (rule: other-people)', ['Ruiz rushed for 404 yards.', 'Alder has 498 rushing yards.']],
    ['the latest of several tremors against another of them, and against the main quake (rule: one-of-several)', [
      'A magnitude 5.2 tremor rattled the port of Meru today, the latest aftershock to follow the quake of Sunday.',
      'The 5.2-magnitude tremor was the latest in a series since the 7.0 and 6.5 magnitude quakes of Sunday.',
      'One of the tremors, of magnitude 6.3, was felt in the capital.',
      'The 7.0-magnitude quake struck off Meru on Sunday.']],
    ['a one-word count of what the words do not say is whose', ['Ruiz scored two touchdowns.', 'The Harriers have won eight touchdowns and two games.']],
    ['a running total and a smaller part (rule: total-vs-part)', ['More than 600 people have been killed so far.', 'Three people were killed in the strike.']],
    ['a sequence that moves on (rule: ordinal)', ['Protests went on for the sixth straight day.', 'Protests went on for the seventh straight day.']],
    ['an ongoing span of days (rule: short-span)', ['Markets calmed after four days of protests.', 'Markets calmed after eight days of protests.']],
    ['a source that uses the words for two quantities (rule: vague-source)', ['Four shells were fired; two shells landed near the depot.', 'Two shells were fired at the harbour.']],
    ['two values met only through an outlet that gives both (rule: vague-source)', [
      'Okoro blocked two shots in the last run and ended the night with six blocked shots.', 'Okoro had six blocked shots.', 'Mensah sank two free shots to close it out.']],
    ['near-agreements: a hedge that allows both', ['At least 10 people were injured.', '10 people were injured.']],
    ['near-agreements: one sum written two ways', ['The club paid $1.2m for the striker.', 'The club paid 1.2 million dollars for the striker.']],
    ['a weight is no money', ['Dunmore, a 200-pound man, fled.', 'Dunmore, who weighs about 200 pounds, fled.']],
    ['a year range is no count', ['He served between 1991 and 1998.', 'He served between 1990 and 1997.']],
    ['an addition and a total (rule: increment)', ['Dunmore got two extra life terms on top.', 'Dunmore is serving three life terms.']],
    ['a count over a stated period and one over all time (rule: period)', ['Records show Dunmore was fined five times.', 'Dunmore was fined three times since March.']],
    ['the same, when another outlet gives the period’s value for something else', ['Records show Dunmore was fined five times.', 'Dunmore was fined three times since March.', 'In 2017 the clerk Okafor was warned three times.']],
    ['a guess and an outcome (rule: prediction)', ['The Harriers went on to win 12 matches after a poor start.', 'Before the season I expected the Harriers would win 4 matches.']],
    ['two quantities that two outlets give together (rule: held-together)', [
      'Ruiz threw a 5-yard scoring pass to Alder. Earlier Ruiz completed a 23-yard pass to Okafor on second down.',
      'Ruiz found Alder with a 5-yard scoring pass. Ruiz completed a 23-yard pass to Okafor on second down.',
      'Ruiz completed a 23-yard pass to Okafor on second down.',
      'A 5-yard scoring pass from Ruiz to Alder sealed it.']],
  ])('raises none for %s', (_, texts) => {
    expect(conflicts(...texts).filter((c) => c.startsWith('figure'))).toEqual([]);
  });
});

it('a count over a period meets the other outlets that state that period, whatever the rest say (rule: period)', () => {
  expect(conflicts(
    'Ana Ruiz missed seven matches this season with a knee injury.',
    'In all, Ana Ruiz missed 8 total matches this season and scored just 4 goals.',
    'Ana Ruiz, hurt in May, missed 8 matches, among them Saturday’s defeat.',
  ).filter((c) => c.startsWith('figure'))).toEqual(['figure: Sources disagree on matches missed: 7 (s1) vs 8 (s2, s3)']);
});

describe('the season the story is told in is a period of its own (rule: period)', () => {
  it('tells it from a period since a month and from last season', () => {
    const scopes = (text: string) => extractText(text).figures.map((f) => f.scope);
    expect(scopes('Tom Alder has missed six games this season.')).toEqual(['current']);
    expect(scopes('Tom Alder has missed six games so far this year.')).toEqual(['current']);
    expect(scopes('Tom Alder has missed six games since March.')).toEqual(['period']);
    expect(scopes('Tom Alder missed six games last season.')).toEqual(['past']);
  });

  it('raises none between a count of this season and one since a month', () => {
    expect(conflicts('Tom Alder missed seven games this season with a hamstring strain.', 'Tom Alder has missed 8 games since March.').filter((c) => c.startsWith('figure'))).toEqual([]);
  });
});

describe('a bare count meets this season’s when an outlet gives its value for this season (rule: period)', () => {
  // The outlet that gives 8 for this season does so in a line of statistics, which meets nothing itself.
  const seasonLine = 'Tom Alder, out for 8 total games this season, has 412 yards, three touchdowns, 95 carries and 17 catches.';
  const figures = (...texts: string[]) => conflicts(...texts).filter((c) => c.startsWith('figure'));

  it('raises the season’s 7 against a bare 8 that another outlet gives for this season', () => {
    expect(figures(
      'Tom Alder missed seven games this season with a hamstring strain.',
      'Alder pulled a hamstring against Kelby in October and has missed 8 games, among them Sunday’s defeat at Dorvale.',
      seasonLine,
    )).toEqual(['figure: Sources disagree on games missed: 7 (s1) vs 8 (s2, s3)']);
  });

  it.each([
    ['no outlet gives the bare value for this season', ['Tom Alder missed seven games this season with a hamstring strain.', 'Tom Alder missed eight games with the strain.']],
    ['the bare value is given for a period since a month', ['Tom Alder missed seven games this season with a hamstring strain.', 'Tom Alder has missed 8 games, among them Sunday’s defeat.', 'Tom Alder has missed 8 games since March.']],
    ['the bare value is given for this season of someone else', ['Tom Alder missed seven games this season with a hamstring strain.', 'Tom Alder has missed 8 games, among them Sunday’s defeat.', 'Nora Quist, out for 8 total games this season, has 412 yards, three touchdowns, 95 carries and 17 catches.']],
    ['the count is of last season', ['Tom Alder missed seven games this season with a hamstring strain.', 'Tom Alder missed 8 games last season, among them the cup final.', seasonLine]],
    ['the count is of some of the games', ['Tom Alder missed seven games this season with a hamstring strain.', 'Tom Alder missed 8 of the games.', seasonLine]],
    ['the count is a career’s', ['Tom Alder scored 12 goals this season.', 'Tom Alder scored 150 goals in his career.', 'Tom Alder scored 150 goals this season and had 30 assists, 9 saves and 4 blocks.']],
  ])('raises none when %s', (_why, texts) => {
    expect(figures(...texts)).toEqual([]);
  });
});

it('a stretch that ends with a return is part of the time missed: it joins no outlet’s season total', () => {
  const r = run(
    'Ana Ruiz missed seven matches this season with a knee injury.',
    'Ana Ruiz was hurt in round 3 and missed seven matches before returning for the final two.',
    'In all, Ana Ruiz missed 8 total matches this season and scored just 4 goals.',
  );
  expect(r.conflicts.map((c) => c.message)).toEqual(['Sources disagree on matches missed: 7 (s1) vs 8 (s3)']);
  expect(extractText('Tom Alder missed six matches before returning in March.').figures.map((f) => f.scope)).toEqual(['part']);
});

it('dates an escape once: two days for it conflict (rule: once-only event "escape")', () => {
  const r = runPipeline([
    { id: 's1', path: 's1.txt', text: 'Inmate Ray Dunmore escaped from a prison van on Monday near Merritt.' },
    { id: 's2', path: 's2.txt', text: 'The cellmate of Ray Dunmore, who escaped from a prison van on Sunday, was questioned.' },
  ], { referenceDate: '2025-03-04' });
  expect(r.conflicts.map((c) => c.reason)).toEqual([{ rule: 'same-dated-event', shared: expect.stringContaining('escaped from a prison van') }]);
});

it('raises no date conflict between a week and a day inside it', () => {
  const r = runPipeline([
    { id: 's1', path: 's1.txt', text: 'Ruiz will start in this week’s cup final at Dunmore.' },
    { id: 's2', path: 's2.txt', text: 'Ruiz will start in Sunday’s cup final at Dunmore.' },
  ], { referenceDate: '2025-03-04' });
  expect(r.facts.filter((f) => f.type === 'date').map((f) => [f.value, f.sources])).toEqual([['2025-03-09', ['s1', 's2']]]);
  expect(r.conflicts).toEqual([]);
});

it('raises no date conflict from a count of days in a report with no date of its own; a weekday still counts', () => {
  const dated = 'MERRITT, March 14, 2025 (Wire) -- Inmate Ray Dunmore escaped from a prison van on Monday, March 10, near Merritt.';
  const messages = (other: string) => runPipeline([{ id: 's1', path: 's1.txt', text: dated }, { id: 's2', path: 's2.txt', text: other }]).conflicts.map((c) => c.message);
  expect(messages('Inmate Ray Dunmore escaped from a prison van near Merritt yesterday.')).toEqual([]);
  expect(messages('Inmate Ray Dunmore escaped from a prison van near Merritt two days ago.')).toEqual([]);
  expect(messages('Inmate Ray Dunmore escaped from a prison van near Merritt on Sunday.')).toEqual([
    'Sources date "Inmate Ray Dunmore escaped from a prison van" differently: 2025-03-10 (s1) vs 2025-03-09 (s2)',
  ]);
});

it('raises no date conflict that only two reports’ anchors make (rule: anchor-only)', () => {
  const r = runPipeline([
    { id: 's1', path: 's1.txt', text: 'The body of Nora Quist was found in a car near Alder on April 9, 2024.' },
    { id: 's2', path: 's2.txt', text: 'The body of Nora Quist was found in a car near Alder on April 9.' },
  ], { referenceDate: '2025-06-01' });
  expect(r.conflicts.filter((c) => c.type === 'date')).toHaveLength(1); // a year written on one side: judged
  const r2 = runPipeline([{ id: 's1', path: 's1.txt', text: 'The trial of Tom Alder will resume on Monday with a new witness.' }, { id: 's2', path: 's2.txt', text: 'The trial of Tom Alder will resume on Monday with a new witness, a week later.' }], { referenceDate: '2025-06-04' });
  expect(r2.conflicts.filter((c) => c.type === 'date')).toEqual([]);
  // … and no fact names a conflict that is not raised
  const r3 = runPipeline([
    { id: 's1', path: 's1.txt', text: 'Inmate Ray Dunmore escaped from a prison van last week.' },
    { id: 's2', path: 's2.txt', text: 'Inmate Ray Dunmore escaped from a prison van three weeks ago.' },
  ], { referenceDate: '2025-06-20' });
  const raised = new Set(r3.conflicts.map((c) => c.id));
  expect(r3.facts.flatMap((f) => f.conflicts).filter((id) => !raised.has(id))).toEqual([]);
  expect(r3.facts.filter((f) => f.status === 'conflict' && !f.conflicts.some((id) => raised.has(id)))).toEqual([]);
});

describe('quote conflicts', () => {
  it('raises no speaker conflict between one person typed twice, or a person and the body they speak for', () => {
    expect(conflicts('“We will appeal the ruling,” Economy Minister Ada Ruiz said.', '“We will appeal the ruling,” Ruiz said.')).toEqual([]);
    expect(conflicts('“We will appeal the ruling,” Ada Ruiz said.', '“We will appeal the ruling,” the Vexel Corporation said.')).toEqual([]);
  });

  it('raises no speaker conflict over a title read as a name', () => {
    expect(conflicts('“We will appeal the ruling,” General Manager Ada Ruiz said.', '“We will appeal the ruling,” said Manager.')).toEqual([]);
  });

  it('raises a speaker conflict between two people, with its reason', () => {
    const r = run('“We will appeal the ruling,” Ada Ruiz said.', '“We will appeal the ruling,” Tom Alder said.');
    expect(r.conflicts.map((c) => c.reason?.rule)).toEqual(['one-quote-two-speakers']);
  });

  it('ignores words an editor put in brackets', () => {
    expect(conflicts('“We thank the public for respecting her (Ada Ruiz) privacy,” her agent Tom Alder said.', '“We thank the public for respecting her privacy,” Tom Alder said.')).toEqual([]);
  });

  it('reads words an editor put in brackets as standing for the words another outlet quotes there', () => {
    const a = '“They work long shifts because the harbour never sleeps,” said Ana Ruiz, a union steward.';
    const b = '“[The dockers] work long shifts because the harbour never sleeps,” said Ana Ruiz.';
    expect(conflicts(a, b).filter((c) => c.startsWith('quote-wording'))).toEqual([]);
    const c = '“[The dockers] work long shifts because the port never sleeps,” said Ana Ruiz.';
    expect(conflicts(a, c).filter((x) => x.startsWith('quote-wording'))).toEqual([expect.stringContaining('"harbour" → "port"')]);
  });
});

describe('a quote-wording conflict shows the passage compared', () => {
  it('quotes the longer statement where the shorter remark stands in it, not its opening', () => {
    const a = '“The ferries will sail on time and nobody should worry about the crossing,” said Lina Sorvik.';
    const b = '“The strike is over and we thank our members. The ferries will sail on schedule and nobody should worry about the crossing,” said Lina Sorvik.';
    expect(conflicts(a, b).filter((c) => c.startsWith('quote-wording'))).toEqual([
      'quote-wording: Same quote, different words: “The ferries will sail on time and nobody should worry abo…” (s1) vs “…The ferries will sail on schedule and nobody should worry…” (s2): "time" → "schedule"',
    ]);
  });

  it('quotes the whole of a remark that differs in its last words', () => {
    const a = '“We signed the agreement and the ferries will sail tomorrow,” said Lina Sorvik.';
    const b = '“We signed the agreement and the ferries will sail today,” said Lina Sorvik.';
    expect(conflicts(a, b).filter((c) => c.startsWith('quote-wording'))[0]).toContain('vs “We signed the agreement and the ferries will sail tomorrow” (s1)');
  });
});

describe('a quote-wording conflict lists changes as they were compared', () => {
  it('"it is" and "it\'s" are no change; the words that differ are shown as written', () => {
    const a = '“It is a relief that the long wait for a ruling is over now,” said Nora Quist.';
    const b = '“We thank the court. It\'s a relief that the long wait for the ruling is over at last,” said Nora Quist.';
    expect(conflicts(a, b).filter((c) => c.startsWith('quote-wording'))).toEqual([
      'quote-wording: Same quote, different words: “It is a relief that the long wait for a ruling is over now” (s1) vs “…that the long wait for the ruling is over at last” (s2): "a" → "the", "now" → "at"',
    ]);
  });
});

describe('a quote-wording conflict needs a word that says something changed', () => {
  it('an article, a preposition, a pronoun or a filler put in, left out or swapped is the same words transcribed apart', () => {
    const a = '“He tried to give first aid to the driver and then tried to calm the crowd,” said Nora Quist.';
    for (const b of [
      '“He tried to give first aid to driver and then tried to calm the crowd,” said Nora Quist.',
      '“He tried to give first aid to the driver and then he tried to calm the crowd,” said Nora Quist.',
      '“He tried to give first aid to this driver and then just tried to calm the crowd,” said Nora Quist.',
    ]) expect(conflicts(a, b).filter((c) => c.startsWith('quote-wording'))).toEqual([]);
  });

  it('a word of substance, a tense or a negation is a rewording, and a tense is no spelling', () => {
    const a = '“We wanted to say that the harbour will reopen in the spring,” said Nora Quist.';
    const b = '“We want to say that the harbour will reopen in the spring,” said Nora Quist.';
    expect(conflicts(a, b).filter((c) => c.startsWith('quote-wording'))).toEqual([expect.stringMatching(/: "want" → "wanted"$/)]);
    const c = '“We wanted to say that the harbour will reopen in the summer,” said Nora Quist.';
    expect(conflicts(a, c).filter((x) => x.startsWith('quote-wording'))).toEqual([expect.stringMatching(/: "spring" → "summer"$/)]);
  });
});

describe('a quote-wording conflict counts on each side only the outlets that quote the words changed', () => {
  it('leaves out an outlet that quotes another passage of the longer statement, and one that quotes both wordings', () => {
    const a = '“The ferries will sail on time next week,” said Lina Sorvik.';
    const b = '“The strike is over this morning. The ferries will sail on schedule next week,” said Lina Sorvik.';
    const c = '“The strike is over this morning,” Lina Sorvik said.';
    expect(conflicts(a, b, c).filter((x) => x.startsWith('quote-wording'))).toEqual([expect.stringMatching(/\(s1\) vs .*\(s2\): "time" → "schedule"$/)]);
  });
});

describe('a quote-wording conflict shows a long quotation around its first change', () => {
  it('shows both wordings where they differ, not two openings that read alike', () => {
    const a = '“He was shaken. He tried to give first aid to the driver and then tried to calm the crowd down,” said Nora Quist.';
    const b = '“He was shaken. He tried to give first aid to the young driver and then tried to calm the crowd down,” said Nora Quist.';
    expect(conflicts(a, b).filter((c) => c.startsWith('quote-wording'))).toEqual([
      'quote-wording: Same quote, different words: “…give first aid to the driver and then tried to calm…” (s1) vs “…give first aid to the young driver and then tried to…” (s2): "young" added',
    ]);
  });
});

describe('a quote-wording conflict lists a phrase changed as one change', () => {
  it('"see" → "look at", not "look" added and "see" → "at"; changes apart stay apart', () => {
    const a = '“When I see how the crews work at night, I know why the harbour never sleeps,” said Nora Quist.';
    const b = '“When I look at how the crews work at night, I know what the harbour never sleeps,” said Nora Quist.';
    expect(conflicts(a, b).filter((c) => c.startsWith('quote-wording'))).toEqual([expect.stringMatching(/: "see" → "look at", "why" → "what"$/)]);
  });
});

describe('quotations of one utterance that begin or end at different words', () => {
  it('are no rewording where they overlap word for word', () => {
    const a = '“Above all, I never set out to beat the club’s goal tally,” said Nora Quist.';
    const b = '“I never set out to beat the club’s goal tally. We played as a team and that is what counts,” Nora Quist said.';
    expect(conflicts(a, b).filter((c) => c.startsWith('quote-wording'))).toEqual([]);
  });

  it('list only the changes inside the overlap, and count the words of the overlap', () => {
    const a = '“Above all, I never set out to beat the club’s goal tally,” said Nora Quist.';
    const b = '“I never set out to beat the club’s scoring tally. We played as a team and that is what counts,” Nora Quist said.';
    const r = run(a, b).conflicts.filter((c) => c.type === 'quote-wording');
    expect(r.map((c) => c.message)).toEqual([expect.stringMatching(/: "goal" → "scoring"$/)]);
    // "club’s" is compared as "club" and "’s": ten of the overlap's eleven words stand.
    expect(r[0]!.reason?.shared).toBe('10 of 11 words in order; speaker Nora Quist');
  });
});

describe('quote wordings that are no rewording', () => {
  it.each([
    ['a letter slipped', '“We signed the agreement and the ferries will sail,” said Lina Sørlie.', '“We signed the agreemnt and the ferries will sail,” said Lina Sørlie.'],
    ['a number written as a word or in digits', '“Even at this eleventh hour we can still save the orchard,” said Ana Ruiz.', '“Even at this 11th hour we can still save the orchard,” said Ana Ruiz.'],
    ['a compound written as one word or two', '“The kick off time moves to noon because of the heat this week,” said Ana Ruiz.', '“The kickoff time moves to noon because of the heat this week,” said Ana Ruiz.'],
    ['a contraction opened', '“Please call him, my brother’s been told,” said Dana Horne.', '“Please call him, my brother has been told,” said Dana Horne.'],
    ['a fragment’s first word bent to the reporter’s sentence', 'Coach Ray Alder said he thought “this was the right call for the squad.”', 'Coach Ray Alder said “that was the right call for the squad.”'],
  ])('no quote-wording conflict: %s', (_why, a, b) => {
    expect(conflicts(a, b).filter((c) => c.startsWith('quote-wording'))).toEqual([]);
  });

  it('a short fragment with two of its few words changed: a phrase of the reporter’s, not one utterance', () => {
    const a = 'Ray Alder refused to \'pay for another car this year.\'';
    const b = 'Court hears Ray Alder: \'he would not buy another car this year\'';
    expect(conflicts(a, b).filter((c) => c.startsWith('quote-wording'))).toEqual([]);
  });

  it('still raises a house spelling, even at a fragment’s edge: "last line of defense" / "defence" (a spelling variant)', () => {
    const list = conflicts('Ana Ruiz said the guards would be the “last line of defense,” she said.', '“They are the last line of defence as they stand at the gate,” Ana Ruiz said.');
    expect(list.filter((c) => c.startsWith('quote-wording'))).toEqual([expect.stringContaining('"defense" → "defence" (spelling)')]);
  });

  it('still raises a rewording when the outlet also quotes another passage of the longer quote', () => {
    const a = 'Harbour chief Ana Ruiz said in a statement: “This morning we closed the north gate after a crane failed.” She added: “The club will appeal the fine in full.”';
    const b = '“Yesterday we closed the north gate after a crane failed. The club will appeal the fine in full,” Ana Ruiz said in a statement.';
    expect(conflicts(a, b).filter((c) => c.startsWith('quote-wording'))).toEqual([expect.stringContaining('"morning" → "yesterday"')]);
  });

  it('still raises a word changed inside the quote', () => {
    expect(conflicts('“Somebody took my bag at the station,” the boy said, according to Dana Horne.', '“Someone took my bag at the station,” the boy said, according to Dana Horne.').filter((c) => c.startsWith('quote-wording'))).toHaveLength(1);
  });
});

describe('quote speakers that are no disagreement', () => {
  it('a stock phrase of a few words from two mouths', () => {
    expect(conflicts('The plant stays open “for the time being,” said Ada Ruiz.', 'Jobs are safe “for the time being,” said Tom Alder.')).toEqual([]);
  });

  it('a fragment of four words that one outlet gives to another speaker of the longer quote', () => {
    const a = '“The old pumps are hard to repair, so new ones are needed as soon as possible,” said Ana Ruiz, an engineer.';
    const b = 'Tom Alder, a council member, urged staff to order the pumps “as soon as possible.”';
    expect(conflicts(a, b).filter((c) => c.startsWith('quote-speaker'))).toEqual([]);
  });

  it('a group starting a sentence read as a speaker', () => {
    expect(conflicts('Authorities described the blaze as “deliberate and probably set after midnight on Friday.”', '“Deliberate and probably set after midnight on Friday,” fire chief Ray Alder said.').filter((c) => c.startsWith('quote-speaker'))).toEqual([]);
  });
});
