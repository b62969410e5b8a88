import { describe, expect, it } from 'vitest';
import { reconcileFigures } from '../../src/reconcile/figures.js';
import { extractText } from '../support/extract.js';

const zeros = (text: string) => extractText(text).figures.filter((f) => f.value === 0).map((f) => `${f.text} = ${f.subject}`);
const messages = (...texts: string[]) => reconcileFigures(texts.map((t, i) => extractText(t, String.fromCharCode(97 + i)))).conflicts.map((c) => c.message);

describe('a toll of zero, said outright', () => {
  it('is a count of none: "no one was hurt", "nobody died", "there were no casualties"', () => {
    expect(zeros('A fire broke out at the Dorvale depot. No one was hurt, police said.')).toEqual(['No one was hurt = people injured']);
    expect(zeros('Nobody died in the blaze at the Dorvale depot.')).toEqual(['Nobody died = people killed']);
    expect(zeros('The storm hit Lampton, but there were no casualties.')).toEqual(['no casualties = casualties']);
    expect(zeros('No one has been reported injured after the Kestrel crash.')).toEqual(['No one has been reported injured = people injured']);
  });

  it('is no count when nothing is known yet, when a narrower claim is made, or when it is a share', () => {
    expect(zeros('There were no immediate reports of injuries in Lampton.')).toEqual([]);
    expect(zeros('No one was seriously hurt in the Dorvale crash.')).toEqual([]);
    expect(zeros('None of the staff at the Dorvale depot was hurt.')).toEqual([]);
    expect(zeros('No one knows why the Dorvale depot burned.')).toEqual([]);
  });

  it('disagrees with another outlet’s toll of the same people', () => {
    expect(messages('A fire broke out at the Dorvale depot on Monday. Three people were injured, police said.', 'A fire broke out at the Dorvale depot on Monday. No one was injured, police said.')).toEqual([
      'Sources disagree on people injured: 3 (a) vs 0 (b)',
    ]);
    // The dead and the hurt are two tolls: none dead and three hurt can both be true.
    expect(messages('A fire broke out at the Dorvale depot on Monday. Three people were injured, police said.', 'A fire broke out at the Dorvale depot on Monday. No one was killed, police said.')).toEqual([]);
  });
});

describe('no casualties at all', () => {
  it('"no one was killed or injured" is none of either toll', () => {
    expect(zeros('Bombs fell on the Orsa camp. No one was killed or injured, aid workers said.')).toEqual(['No one was killed or injured = casualties']);
    expect(zeros('No one was killed or seriously injured in the Orsa camp.')).toEqual(['No one was killed = people killed']);
  });

  it('disagrees with a toll of the dead, even when another outlet says "no casualties" too', () => {
    expect(messages(
      'Planes bombed the Orsa camp on Thursday, killing nine people, the governor said.',
      'Planes dropped four bombs on the Orsa camp on Thursday. No one was killed, aid workers said.',
      'Four bombs fell on the Orsa camp on Thursday, but there were no casualties, the agency said.',
    )).toEqual(['Sources disagree on people killing: 9 (a) vs 0 (b, c)']);
  });

  it('a count of casualties above zero is no toll of the dead', () => {
    expect(messages('The war has caused a million casualties, the agency said.', 'The war has killed 200,000 people, the agency said.')).toEqual([]);
  });
});

describe('an election’s turnout, however worded', () => {
  it('"turnout reached 71 percent" and "64% of eligible voters participated" disagree', () => {
    expect(messages(
      'Voting ended in Velmora on Sunday. Officials said turnout reached 71 percent.',
      'Voting ended in Velmora on Sunday. Some 64% of eligible voters participated, the board said.',
    )).toEqual(['Sources disagree on turnout: 71% (a) vs some 64% (b)']);
  });

  it('a turnout with a place or a group of its own is a part, not the whole', () => {
    expect(messages('Voting ended in Velmora on Sunday. Turnout reached 71 percent.', 'Voting ended in Velmora on Sunday. Turnout among young voters reached 40 percent.')).toEqual([]);
  });
});

describe('the length of a sitting, as a noun or a verb', () => {
  it('"after a 14-hour debate" and "debated for 9 hours" disagree on one debate', () => {
    expect(messages('The Dorvale council passed the budget on Monday after a 14-hour debate.', 'The Dorvale council passed the budget on Monday. Councillors debated for 9 hours.')).toEqual([
      'Sources disagree on debate: 14 hours (a) vs 9 hours (b)',
    ]);
  });

  it('what went on that long is the verb and its object: "searched the area for three days"', () => {
    expect(extractText('Divers searched the harbour for three days.').figures.map((f) => f.subject)).toEqual(['searched the harbour']);
    expect(extractText('The council debated the budget for 9 hours.').figures.map((f) => f.subject)).toEqual(['debated the budget']);
  });

  it('a search still going on grows from report to report: no conflict', () => {
    expect(messages('Rescuers searched for three days for the Kestrel climbers.', 'A five-day search for the Kestrel climbers goes on.')).toEqual([]);
  });
});

describe('the hours a jury deliberates', () => {
  it('are no one quantity: a verdict and a sentence are deliberated apart', () => {
    expect(messages('The jury convicted Tom Alder after 7 hours of deliberation.', 'The jury was unable to agree on a sentence after 19 hours of deliberation.')).toEqual([]);
  });

  it('are one stretch when told of one stage: "deliberated his fate for 44 hours" and "after 26 hours of deliberation"', () => {
    // (Outlet a recalls the guilt verdict, dated by a day of its own: another deliberation, which leaves its 44 hours clear.)
    expect(messages(
      'Jurors said they deliberated Tom Alder’s fate for 44 hours. The jury convicted Alder on Oct. 14 after 6 hours of deliberation.',
      'The Harbor Ford jury deadlocked after 26 hours of deliberation.',
    )).toEqual(['Sources disagree on deliberated: 44 hours (a) vs 26 hours (b)']);
    expect(messages('Jurors deliberated for 11 hours before convicting Tom Alder.', 'Tom Alder was convicted after 15 hours of deliberation.')).toEqual([
      'Sources disagree on deliberated: 11 hours (a) vs 15 hours (b)',
    ]);
    expect(messages('After 20 hours of deliberation, the jury could not agree on a sentence for Alder.', 'The jury deliberated for 27 hours on the penalty for Alder.')).toEqual([
      'Sources disagree on deliberation: 20 hours (a) vs 27 hours (b)',
    ]);
  });

  it('of the guilt and of the penalty in one story do not meet, nor do one story’s two trials', () => {
    // Outlet a gives both deliberations; b only the penalty's, told plainly.
    expect(messages(
      'The jury convicted Tom Alder after 13 hours of deliberation. It then deliberated for 31 hours on his sentence without agreeing.',
      'The Dorvale jury was deadlocked after 31 hours of deliberation.',
    )).toEqual([]);
    expect(messages('The jury convicted Tom Alder after 13 hours of deliberation.', 'The Dorvale jury was deadlocked after 31 hours of deliberation.')).toEqual([]);
    expect(messages('In Alder’s first trial, jurors deliberated for 14 hours before deadlocking.', 'Jurors deliberated for 6 hours before deadlocking.')).toEqual([]);
    expect(messages('Jurors deliberated for 8 hours before convicting Tom Alder.', 'Jurors deliberated for 5 hours before convicting Ray Brell.')).toEqual([]);
  });

  it('still going on, or dated by a day of their own, meet no other count', () => {
    expect(messages('The jury has deliberated for 10 hours so far.', 'The jury reached its decision after 16 hours of deliberation.')).toEqual([]);
    expect(messages('Jurors deliberated for 3 hours before recessing for the night.', 'The jury reached its decision after 16 hours of deliberation.')).toEqual([]);
    expect(messages('The jury convicted Alder on Oct. 14 after 6 hours of deliberation.', 'After 22 hours of deliberation, the jury could not decide.')).toEqual([]);
  });

  it('tell their stage by the words of their sentence', () => {
    const stages = (text: string) => extractText(text).figures.map((f) => `${f.text} = ${f.stage ?? 'plain'}`);
    expect(stages('The jury deliberated for 8 hours before convicting Alder.')).toEqual(['8 hours = guilt']);
    expect(stages('The jury deliberated for three days on a sentence for Alder.')).toEqual(['three days = penalty']);
    expect(stages('The jury could not decide after 21 hours of deliberation.')).toEqual(['21 hours = plain']);
    expect(stages('The jury returned its verdict after 23 hours of deliberation.')).toEqual(['23 hours = apart']);
    expect(stages('The council debated for 9 hours before the sentence was read.')).toEqual(['9 hours = plain']);
  });
});

describe('a place’s population, however worded', () => {
  const subjects = (text: string) => extractText(text).figures.map((f) => `${f.text} = ${f.subject} @ ${(f.places ?? []).join(',')}`);

  it('is read from "a town of N people", "home to N residents" and "a population of N"', () => {
    expect(subjects('The quake cut power in Rostvale, a town of 48,000 people, on Sunday.')).toEqual(['48,000 = town population @ rostvale']);
    expect(subjects('The power failed in Rostvale, home to some 52,000 residents, after the quake.')).toEqual(['some 52,000 = population @ rostvale']);
    expect(subjects('Aid arrived in Rostvale, which has a population of 50,000, on Monday.')).toEqual(['50,000 = population @ rostvale']);
    expect(subjects('Power was cut to Rostvale, a port town of population 46,000, on Monday.')).toEqual(['46,000 = town population @ rostvale']);
    // A city of cars is no city's people.
    expect(subjects('Traffic in Rostvale, a city of 90,000 cars, came to a halt.')[0]).not.toMatch(/population/);
  });

  it('two outlets giving one named place different populations disagree', () => {
    expect(messages(
      'The quake cut power in Rostvale, a town of 48,000 people, on Sunday.',
      'The power failed in Rostvale, home to 52,000 people, after Sunday’s quake.',
    )).toEqual(['Sources disagree on town population: 48,000 (a) vs 52,000 (b)']);
    const r = reconcileFigures(['The quake cut power in Rostvale, a town of 48,000 people, on Sunday.', 'The power failed in Rostvale, home to 52,000 people, after Sunday’s quake.'].map((t, i) => extractText(t, 'ab'[i])));
    // The place both name is part of why they are one quantity.
    expect(r.conflicts[0]!.reason).toEqual({ rule: 'same-quantity', shared: 'town population / population (count); place named: rostvale' });
  });

  it('a camp’s refugees are its population: "a camp of 18,000 refugees" / "home to 26,000 refugees"', () => {
    expect(subjects('Jets bombed the refugees in Kessa, a camp of about 18,000 refugees near the border.')).toEqual(['about 18,000 = camp population @ kessa']);
    expect(messages(
      'Jets bombed the refugees in Kessa, a camp of about 18,000 refugees near the border.',
      'Jets bombed the tents in Kessa, home to more than 26,000 refugees who fled the fighting.',
    )).toEqual(['Sources disagree on camp population: about 18,000 (a) vs more than 26,000 (b)']);
  });

  it('a camp that shelters, houses or consists of so many refugees or civilians tells its population', () => {
    expect(subjects('Jets bombed a camp in Kessa sheltering more than 9,000 civilians fleeing the war.')).toEqual(['more than 9,000 = camp population @ kessa']);
    expect(subjects('The camp, set up in the dry southern district of Kessa, consists of over 11,000 refugees.')).toEqual(['over 11,000 = camp population @ kessa']);
    expect(subjects('The town of Rostvale houses about 4,000 people.')).toEqual(['about 4,000 = town population @ rostvale']);
    // A hall that sheltered people for a night is no settlement.
    expect(subjects('A sports hall in Kessa sheltered about 400 people.')[0]).not.toMatch(/population/);
  });

  it('hedged estimates spread further apart than their hedges disagree: "about 18,000" / "more than 19,000" / "over 25,000"', () => {
    expect(messages(
      'Jets bombed the tents in Kessa, a camp of about 18,000 refugees near the border.',
      'Jets bombed the tents in Kessa, home to more than 19,000 refugees who fled the fighting.',
      'The camp, set up near the river in the district of Kessa, consists of over 25,000 refugees.',
    )).toEqual(['Sources disagree on camp population: about 18,000 (a) and more than 19,000 (b) vs over 25,000 (c)']);
    // A floor is the count an outlet has, rounded down: "more than 17,000" is no 25,000.
    expect(messages('Jets bombed the tents in Kessa, home to more than 17,000 refugees.', 'Jets bombed the tents in Kessa, a camp of about 25,000 refugees.')).toEqual([
      'Sources disagree on population: more than 17,000 (a) vs about 25,000 (b)',
    ]);
  });

  it('a side whose outlets hedge one value with different reach shows each hedge', () => {
    expect(messages(
      'Jets bombed the tents in Kessa, a camp of about 18,000 refugees near the border.',
      'Jets bombed the tents in Kessa, home to more than 18,000 refugees who fled the fighting.',
      'The camp, set up near the river in the district of Kessa, consists of over 25,000 refugees.',
    )).toEqual(['Sources disagree on camp population: about or more than 18,000 (a, b) vs over 25,000 (c)']);
  });

  it('estimates within their hedges agree: "at least 10,000" / "10,000", "about 12,000" / "more than 12,500"', () => {
    expect(messages('Jets bombed the tents in Kessa, a camp of at least 10,000 refugees.', 'Jets bombed the tents in Kessa, a camp of 10,000 refugees.')).toEqual([]);
    expect(messages('Jets bombed the tents in Kessa, a camp of about 12,000 refugees.', 'Jets bombed the tents in Kessa, home to more than 12,500 refugees.')).toEqual([]);
    // "more than 12,000" rounds 12,900 down.
    expect(messages('Jets bombed the tents in Kessa, a camp of more than 12,000 refugees.', 'Jets bombed the tents in Kessa, a camp of 12,900 refugees.')).toEqual([]);
  });

  it('populations of two places, or of no named place, are two quantities', () => {
    expect(messages('The quake cut power in Rostvale, a town of 48,000 people, on Sunday.', 'The quake also hit Kelmarsh, a city of 90,000 people, on Sunday.')).toEqual([]);
    expect(messages('The quake cut power in Rostvale, a town of 48,000 people, on Sunday.', 'The quake cut power to a coastal town of 30,000 people on Sunday.')).toEqual([]);
  });
});

describe('states and turnouts told in other clauses', () => {
  it('"nine miners who remain missing" is those still missing, as "seven miners are still missing" is', () => {
    expect(messages('Mine blast at Kerrow\nSeven miners are still missing after the blast at the Kerrow pit.', 'Mine blast at Kerrow\nRescuers are searching for nine miners who remain missing at Kerrow.')).toEqual([
      'Sources disagree on miners missing: 7 (a) vs 9 (b)',
    ]);
  });

  it('"39% of registered voters cast ballots" is a turnout', () => {
    expect(messages('Vote in Velmora\nTurnout was 48 percent, the commission said.', 'Vote in Velmora\nOnly 39% of registered voters cast ballots, officials said.')).toEqual([
      'Sources disagree on turnout: 48% (a) vs 39% (b)',
    ]);
  });
});

describe('a turnout told as the share of the voters who voted', () => {
  const subject = (text: string) => extractText(text).figures.filter((f) => f.unit === 'percent').map((f) => `${f.text} = ${f.subject}${f.scope ? ` [${f.scope}]` : ''}`);

  it('"about 1.8 million Velmorans, representing some 84.36 percent of registered voters, had cast ballots" is an early turnout', () => {
    expect(messages(
      'Vote in Velmora\nTurnout reached 91.2 percent, the election board said.',
      'Vote in Velmora\nBy mid-afternoon about 1.8 million Velmorans, representing some 84.36 percent of registered voters, had cast ballots, the board said.',
    )).toEqual(['Sources disagree on turnout: 91.2% (a) vs some 84.36% (b)']);
  });

  it('is named a turnout whichever outlet words it first', () => {
    expect(messages(
      'Vote in Velmora\nBy noon some 1.2 million people, or 58 percent of registered voters, had cast ballots.',
      'Vote in Velmora\nTurnout reached 74 percent, the election board said.',
    )).toEqual(['Sources disagree on turnout: 58% (a) vs 74% (b)']);
  });

  it('a share written to the hundredth keeps its hedge within a point', () => {
    const [f] = extractText('Some 84.36 percent of registered voters took part.').figures;
    expect([f!.min, f!.max]).toEqual([83.36, 85.36]);
    const [g] = extractText('Some 84 percent of registered voters took part.').figures;
    expect([g!.min, g!.max]).toEqual([75.6, 92.4]);
  });

  it('voters who went to the polls, took part or had voted', () => {
    expect(messages('Vote in Velmora\nTurnout was 48 percent, the commission said.', 'Vote in Velmora\nAbout 61% of registered voters had gone to the polls by noon.')).toEqual([
      'Sources disagree on turnout: 48% (a) vs about 61% (b)',
    ]);
    expect(messages('Vote in Velmora\nTurnout was 48 percent, the commission said.', 'Vote in Velmora\nSome 2 million people, or 62 percent of the electorate, took part.')).toEqual([
      'Sources disagree on turnout: 48% (a) vs 62% (b)',
    ]);
    expect(messages('Vote in Velmora\nTurnout was 48 percent, the commission said.', 'Vote in Velmora\nOnly 39 percent of eligible voters turned out.')).toEqual([
      'Sources disagree on turnout: 48% (a) vs 39% (b)',
    ]);
  });

  it('a threshold a law sets is never the turnout', () => {
    expect(subject('The vote is valid only if 40 percent of eligible voters take part.')).toEqual(['40 percent = eligible voters take part [threshold]']);
    expect(messages('Vote in Velmora\nTurnout reached 91.2 percent.', 'Vote in Velmora\nThe vote is valid only if 40 percent of eligible voters take part.')).toEqual([]);
    expect(messages('Vote in Velmora\nTurnout reached 91.2 percent.', 'Vote in Velmora\nFor the result to stand, 40 percent of registered voters must cast ballots.')).toEqual([]);
    expect(messages('Vote in Velmora\nTurnout reached 91.2 percent.', 'Vote in Velmora\nAt least 40 percent of voters are required to take part for the vote to be valid.')).toEqual([]);
    expect(messages('Vote in Velmora\nTurnout reached 91.2 percent.', 'Vote in Velmora\nThe vote is valid only if 40 percent of eligible voters participated.')).toEqual([]);
  });

  it('the turnout beside a threshold still stands', () => {
    expect(messages('Vote in Velmora\nTurnout was 47 percent, officials said.', 'Vote in Velmora\nTurnout was 35 percent, below the 40 percent needed for the vote to be valid.')).toEqual([
      'Sources disagree on turnout: 47% (a) vs 35% (b)',
    ]);
  });

  it('a share of voters who backed someone is a vote share, not a turnout', () => {
    expect(messages('Vote in Velmora\nTurnout reached 71 percent.', 'Vote in Velmora\nSome 62 percent of voters backed the president.')).toEqual([]);
    expect(messages('Vote in Velmora\nTurnout reached 71 percent.', 'Vote in Velmora\nAbout 62 percent of voters voted for the president.')).toEqual([]);
  });
});
