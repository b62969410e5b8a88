import { describe, expect, it } from 'vitest';
import { reconcileFigures } from '../../src/reconcile/figures.js';
import { extractText } from '../support/extract.js';

const run = (...texts: string[]) => reconcileFigures(texts.map((t, i) => extractText(t, String.fromCharCode(97 + i))));
const messages = (...texts: string[]) => run(...texts).conflicts.map((c) => c.message);

describe('the toll of the story’s event, whatever the words', () => {
  it('"Six dead" vs "31 people were killed" vs "2 dead" is one toll (rule: same-toll)', () => {
    const list = messages(
      'Six dead in Velmora quake\nSix people died when the quake struck on Tuesday.',
      'Quake hits Velmora; 2 dead\nThe quake struck on Tuesday.',
      'Velmora quake: 31 dead\nAt least 31 people were killed in the quake, the agency said.',
    );
    expect(list).toEqual(['Sources disagree on dead: 6 (a) vs 2 (b) vs 31 (c)']);
  });

  it('says why a toll is one quantity though its words differ (rule: same-toll)', () => {
    const r = run('Six dead in Velmora quake\nThe quake struck on Tuesday.', 'Velmora quake\nAt least 31 people were killed in the quake, the agency said.');
    expect(r.conflicts.map((c) => c.reason?.rule)).toEqual(['same-toll']);
  });

  it('a toll told as what the event did ("…, killing six people") and a toll of one are tolls too', () => {
    const list = messages(
      'Quake hits Velmora\nA strong quake shook Dorn on Sunday, killing six people and hurting many more.',
      'Quake hits Velmora\nThe storm flattened barns and killed one person, the mayor said.',
      'Velmora quake\nEight people were killed in the quake, the agency said.',
    );
    expect(list).toEqual(['Sources disagree on people killing: 6 (a) vs 1 (b) vs 8 (c)']);
  });

  it('"the death toll rose to 17" is the toll, against another outlet’s dead', () => {
    expect(messages('Quake hits Velmora\nThe death toll rose to 17 on Tuesday, officials said.', 'Velmora quake: 24 dead\nThe quake struck on Tuesday.')).toEqual(['Sources disagree on death toll: 17 (a) vs 24 (b)']);
  });

  it('"one person" with no toll around it is no count ("one person familiar with the talks")', () => {
    expect(run('Talks go on\nOne person familiar with the talks said they would end soon.').facts).toEqual([]);
  });

  it('"nine were hurt" vs "more than 150 injured" is one count of the hurt', () => {
    expect(messages('Quake hits Velmora\nThe quake injured more than 150 people.', 'Quake hits Velmora\nSix people died and nine were hurt.')).toHaveLength(1);
  });

  it('a toll summed up deep in a report ("Six people died and nine were hurt") meets the toll of another’s opening', () => {
    const deep = 'Quake hits Velmora\nTalks went on.\nRoads were shut.\nSchools closed.\nAid arrived.\nRain fell.\nSix people died and nine were hurt in the quake.';
    expect(messages('Velmora quake: 31 dead, 180 injured\nThe quake struck on Tuesday.', deep)).toHaveLength(2);
  });

  it.each([
    ['another event, dated by its year', ['Quake hits Velmora\nThe quake killed 31 people on Tuesday.', 'Quake hits Velmora\nIn 2009 a flood near Dorn killed more than 400 people.']],
    ['some of a group', ['Quake hits Velmora\nThe quake injured 180 people.', 'Quake hits Velmora\nAt least 40 of the injured were flown out.']],
    ['a part with its own noun', ['Quake hits Velmora\nThe quake killed 31 people.', 'Quake hits Velmora\nThe quake killed five children in a school.']],
    [
      'two incidents told deep in two reports',
      [
        'Strikes go on\nTalks failed.\nTalks failed again.\nNo one spoke.\nThe army moved.\nRain fell.\nShelling near the dam left 14 injured.',
        'Strikes go on\nTalks failed.\nTalks failed again.\nNo one spoke.\nThe army moved.\nRain fell.\nA raid on the depot left four wounded.',
      ],
    ],
  ])('no conflict: %s', (_why, texts) => {
    expect(messages(...texts)).toEqual([]);
  });
});

describe('counts located in a place', () => {
  it('a town’s count of damaged houses is no rival of the province’s, nor of one told with no place', () => {
    expect(messages(
      'Storm hits Velmora\nThe storm wrecked more than 250 homes in Velmora, the agency said.',
      'Storm hits Velmora\nTwelve homes were wrecked in Dorn, the district town, officials said.',
      'Storm hits Velmora\nAbout 60 homes were wrecked by the storm, a witness said.',
    )).toEqual([]);
  });

  it('two counts of one place still disagree', () => {
    expect(messages('Storm hits Velmora\nThe storm wrecked 250 homes in Velmora.', 'Storm hits Velmora\nThe storm wrecked 90 homes in Velmora.')).toHaveLength(1);
  });

  it('a crowd counted at a place still meets a crowd counted with none', () => {
    expect(messages(
      'March in Dorn\nMore than 300 mill workers walked out at Dorn Square on Friday.',
      'March in Dorn\nAbout 120 mill workers walked out on Friday.',
    )).toHaveLength(1);
  });
});

describe('measures of one thing in different units, and of different people', () => {
  it('"150 feet" and "45 metres" agree; "120 metres" disagrees with both', () => {
    const list = messages('Leo Rask died after falling about 45 metres.', 'Leo Rask died after falling around 150 feet.', 'Leo Rask died after falling about 120 metres.');
    expect(list).toEqual(['Sources disagree on falling: about 45 m (a) and around 150 ft (b) vs about 120 m (c)']);
    expect(messages('Leo Rask died after falling about 45 metres.', 'Leo Rask died after falling around 150 feet.')).toEqual([]);
  });

  it('a height many outlets agree on in different words still meets the one outlet that differs', () => {
    const list = messages(
      'Climber dies on Velm\nThe climber fell about 1,500 feet near the hut on Saturday.',
      'Climber dies on Velm\nThe man fell around 1,500ft near the hut on Saturday.',
      'Climber dies on Velm\nA Dorvale climber has fallen 1,500 feet near the hut.',
      'Climber dies on Velm\nPolice said he fell some 900 metres near the hut.',
    );
    expect(list).toEqual(['Sources disagree on climber fell: 1,500 ft (a, b, c) vs some 900 m (d)']);
  });

  it('two falls told by ages are two people’s, even when one report names no one (rule: other-ages)', () => {
    expect(messages('The 41-year-old fell about 90 metres into a ravine.', 'Ray Alder, 29, fell 400 metres on Saturday.')).toEqual([]);
  });

  it('the figure is the person’s named last before it: "Alder’s accident came a day after Leo Rask fell 150 feet"', () => {
    expect(messages('Ray Alder fell about 1,500 feet on Saturday.', 'Alder’s accident came a day after Leo Rask fell around 150 feet.')).toEqual([]);
  });

  it('words that say "away from" or "south of" name no one distance without what they are measured from', () => {
    expect(messages('The tent stood about 80 metres away from the depot.', 'One rock landed just 3 feet away from a hiker.')).toEqual([]);
  });
});

describe('figures that are not one quantity of one subject', () => {
  it('a line of statistics: four counts in one sentence (rule: stat-line)', () => {
    expect(messages('Ana Ruiz had 17 points, 8 rebounds, 3 assists and five blocked shots.', 'Leo Park blocked two shots late in the game.')).toEqual([]);
  });

  it('a word any sum of money may have: "raised $12 million" / "raised $40m in three rounds"', () => {
    expect(messages('Vexel raised $40 million in three rounds of funding.', 'Last spring, Vexel raised $12 million.')).toEqual([]);
  });

  it('a day word is no subject: "$2.1 billion yesterday" / "$41.2 yesterday"', () => {
    expect(messages('Orbix bought Vexel for $2.1 billion yesterday.', 'Vexel stock closed at $41.2 yesterday.')).toEqual([]);
  });

  it('"he" is the person named last before: two players’ yards', () => {
    expect(messages('Ana Ruiz was hurt in October. She has rushed for 640 yards this season.', 'Leo Park is fit. He has rushed for 85 yards this season.')).toEqual([]);
  });

  it('ages a year apart from reports not dated together are a birthday, not a disagreement (rule: birthday)', () => {
    const february = 'MONTBRUN, Feb. 5, 2024 - A hearing is due for 33-year-old Ray Alder.';
    const october = 'MONTBRUN, Oct. 9, 2024 - The court fined 34-year-old Ray Alder.';
    const sameWeek = 'MONTBRUN, Oct. 11, 2024 - Ray Alder, 33, was fined.';
    expect(messages(february, october)).toEqual([]);
    expect(messages(october, sameWeek)).toHaveLength(1);
  });

  it('"Ray Dunn added 85 yards … who had 310 yards" is not Ana Ruiz’s 190 yards: "added" before an amount says no words', () => {
    expect(messages('The Kestrels rallied behind Ana Ruiz’s 190 yards rushing.', 'Ray Dunn added 85 yards for the Kestrels, who had 310 yards rushing.')).toEqual([]);
  });

  it('"a total of" alone names no quantity', () => {
    expect(messages('Ana Ruiz ran for a total of 180 yards.', 'The Kestrels racked up a total of 430 yards.')).toEqual([]);
  });

  it('one of several tremors against the quake (rule: one-of-several)', () => {
    expect(messages('The magnitude 5.8 earthquake damaged 120 houses.', 'One of the earthquakes, a magnitude 6.9 earthquake, damaged 120 houses.')).toEqual([]);
    expect(messages('The magnitude 5.8 earthquake damaged 120 houses.', 'The magnitude 6.9 earthquake damaged 120 houses.')).toHaveLength(1);
  });

  it('a period dated by its own years against the whole (rule: dated-period)', () => {
    expect(messages('Ana Ruiz has spent 14 seasons with the Kestrels.', 'Ana Ruiz spent three seasons as head scout (2001-2004).')).toEqual([]);
    expect(messages('Ana Ruiz has spent 14 seasons with the Kestrels.', 'Ana Ruiz has spent 11 seasons with the Kestrels.')).toHaveLength(1);
  });
});

describe('a toll counted so far', () => {
  it('"at least seven hurt" and "at least 60 hurt" are two counts, and disagree', () => {
    expect(messages(
      'Gas blast in Orsa\nA gas main exploded under a market in Orsa on Friday, injuring at least seven people.',
      'Gas blast in Orsa\nAt least 60 people were injured when the Orsa market blast tore through stalls on Friday.',
    )).toEqual(['Sources disagree on people injuring: at least 7 (a) vs at least 60 (b)']);
  });

  it('"60 reported injured" counts the injured, however the count is known', () => {
    expect(messages(
      'Gas blast in Orsa\nAt least 60 people were reported injured after the blast on Friday.',
      'Gas blast in Orsa\nAt least nine people were injured when the gas main exploded on Friday.',
    )).toEqual(['Sources disagree on people reported injured: at least 60 (a) vs at least 9 (b)']);
  });

  it('"at least seven" and "seven" agree; "more than 300" is a bound that a higher count meets', () => {
    expect(messages('The Orsa blast killed at least seven people on Friday.', 'Seven people died in the Orsa blast on Friday.')).toEqual([]);
    expect(messages('The Orsa blast on Friday injured more than 300 people.', 'The Orsa blast on Friday injured 341 people.')).toEqual([]);
  });
});

describe('two floors put on one count of people', () => {
  it('"more than 30,000 evacuated" and "more than 41,000 evacuated" are two counts rounded down, and disagree', () => {
    expect(messages(
      'Floods in Kelvara\nMore than 30,000 people were evacuated from Kelvara province on Monday.',
      'Floods in Kelvara\nOver 41,000 people have been evacuated from Kelvara province since Monday.',
    )).toEqual(['Sources disagree on people evacuated: more than 30,000 (a) vs over 41,000 (b)']);
  });

  it('floors within a tenth of each other are one count; a floor below an exact count agrees with it', () => {
    expect(messages('More than 300 people were injured in the Orsa blast on Friday.', 'Over 320 people were injured in the Orsa blast on Friday.')).toEqual([]);
    expect(messages('The Orsa blast on Friday injured more than 300 people.', 'The Orsa blast on Friday injured 341 people.')).toEqual([]);
  });

  it('shows a floor worded two ways by two sources as one hedge', () => {
    expect(messages(
      'Orsa blast\nThe Orsa blast on Friday injured more than 300 people.',
      'Orsa blast\nOver 300 people were injured in the Orsa blast on Friday.',
      'Orsa blast\nThe Orsa blast on Friday injured nine people, officials said.',
    )).toEqual(['Sources disagree on people injured: more than 300 (a, b) vs 9 (c)']);
  });
});

describe('what a disaster does to people, counted as its toll is', () => {
  it.each([
    ['evacuated, residents or people', 'Authorities evacuated 3,000 residents from Dorvale after the flood on Monday.', 'Some 5,000 people were evacuated from Dorvale after the flood on Monday.', 'Sources disagree on residents evacuated: 3,000 (a) vs some 5,000 (b)'],
    ['displaced', 'The floods displaced 40,000 people across Kelvara province, officials said.', 'About 60,000 people have been displaced by the floods in Kelvara province.', 'Sources disagree on people displaced: 40,000 (a) vs about 60,000 (b)'],
    ['still missing, or remaining missing', 'Four fishermen are still missing after the storm hit Dorvale on Monday.', 'Six fishermen remain missing after Monday’s storm in Dorvale.', 'Sources disagree on fishermen missing: 4 (a) vs 6 (b)'],
    ['taken to hospital, or hospitalised', 'Eleven people were taken to hospital after the Dorvale crash on Monday.', 'Five people were hospitalised after the Dorvale crash on Monday.', 'Sources disagree on people taken to hospital: 11 (a) vs 5 (b)'],
    ['left homeless, or made homeless', 'The quake left 2,000 people homeless in Kelvara.', 'Some 3,500 people were made homeless by the Kelvara quake.', 'Sources disagree on people homeless: 2,000 (a) vs some 3,500 (b)'],
    ['trapped', 'About 14 students were trapped under the rubble of the Dorvale school.', 'Rescuers said 20 students were trapped in the Dorvale school.', 'Sources disagree on students trapped: about 14 (a) vs 20 (b)'],
    ['aftershocks', 'More than 30 aftershocks followed the Kelvara quake on Sunday.', 'The Kelvara quake on Sunday was followed by 12 aftershocks.', 'Sources disagree on aftershocks: more than 30 (a) vs 12 (b)'],
  ])('%s', (_why, a, b, message) => {
    expect(messages(a, b)).toEqual([message]);
  });

  it('pledged or promised is one sum; a depth is as deep', () => {
    expect(messages('The government pledged $10 million in aid to Dorvale on Monday.', 'The government promised $25 million in aid for Dorvale on Monday.')).toEqual(['Sources disagree on aid pledged: $10 million (a) vs $25 million (b)']);
    expect(messages('The Kelvara quake on Sunday had a depth of 12 km.', 'The Kelvara quake on Sunday was 35 kilometres deep.')).toEqual(['Sources disagree on depth: 12 km (a) vs 35 km (b)']);
  });

  it('a one-word count of anything else stays apart, and a part sent by some is no total', () => {
    expect(messages('Ana Ruiz missed two games with the injury.', 'Ana Ruiz has missed six games this season.')).toEqual([]);
    expect(messages('Two neighbouring countries sent four planes to fight the Dorvale fire.', 'Officials said 14 planes were deployed against the Dorvale fire.')).toEqual([]);
  });
});

describe('counts of people in a state that are not one quantity', () => {
  it.each([
    ['those still trapped against all who were', 'Mine collapse in Brack\nFourteen miners were trapped underground on Monday.', 'Mine collapse in Brack\nNine miners remain trapped after five were freed.'],
    ['the evacuated of two towns', 'Floods in Kelvara\nSome 3,000 people were evacuated from Dorvale.', 'Floods in Kelvara\nAbout 800 people were evacuated from Lampton.'],
    ['one town’s share, "alone", against the whole', 'Floods in Kelvara\nThe floods have displaced 40,000 people, the UN said.', 'Floods in Kelvara\nIn Dorvale alone, 9,000 people were displaced.'],
    ['arrests of two different days', 'Protests in Dorvale\nPolice arrested 14 people on Monday.', 'Protests in Dorvale\nPolice arrested 40 people over the weekend.'],
  ])('%s', (_why, a, b) => {
    expect(messages(a, b)).toEqual([]);
  });

  it('those still missing in two outlets, or arrests of one day, still disagree', () => {
    expect(messages('Storm off Dorvale\nFour fishermen are still missing.', 'Storm off Dorvale\nSix fishermen remain missing, the coast guard said.')).toEqual(['Sources disagree on fishermen missing: 4 (a) vs 6 (b)']);
    expect(messages('Protests in Dorvale\nPolice arrested 14 people on Monday.', 'Protests in Dorvale\nOn Monday police arrested 40 people.')).toEqual(['Sources disagree on people arrested: 14 (a) vs 40 (b)']);
  });
});

describe('the outlets a side of a figure conflict names', () => {
  it('an outlet whose bound holds with the other side stands on neither side', () => {
    const r = run(
      'Flood in Dorvale\nThe flood in Dorvale killed 40 people, officials said.',
      'Flood in Dorvale\nThe flood in Dorvale killed 30 people, officials said.',
      'Flood in Dorvale\nThe flood in Dorvale killed more than 30 people, officials said.',
    );
    expect(r.conflicts.map((c) => c.message)).toEqual(['Sources disagree on people killed: 40 (a) vs 30 (b)']);
    expect(r.conflicts[0]!.details.map((d) => d.source)).toEqual(['a', 'b']);
  });
});
