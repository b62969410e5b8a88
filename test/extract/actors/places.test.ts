import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extract.js';
import { runPipeline } from '../../../src/pipeline.js';
import type { ActorFact } from '../../../src/model/fact.js';

const actors = (text: string) => extractText(text).actors.map((a) => `${a.kind}: ${a.name}${a.roles.length ? ` [${a.roles.join('; ')}]` : ''}${a.aliases.length ? ` (${a.aliases.join(', ')})` : ''}`);
const rules = (text: string) => extractText(text).actors.flatMap((a) => a.occurrences.map((o) => `${o.text}|${o.rule}`));

describe('datelines', () => {
  it('takes the capitalised place opening a scraped first line for a place, not its agency for an actor', () => {
    const text = 'Floods Cut Roads In The North\nBy Jane Doe\n|SANTA RITA DO VALE, Freeland, Aug 14 (Kestrel Wire) - Floods cut roads on Wednesday, officials said.';
    expect(actors(text)).toEqual(['place: SANTA RITA DO VALE', 'place: Freeland']);
    expect(rules(text)).toContain('SANTA RITA DO VALE|dateline');
  });

  it.each([
    ['KESTREL BAY (Reuters) - Floods cut roads on Wednesday.', 'KESTREL BAY'],
    ['  NOVA ARCADIA, Freeland — Floods cut roads.', 'NOVA ARCADIA'],
    ['*MONTBRUN, March 3 – Floods cut roads.', 'MONTBRUN'],
    ['ST. AUBIN, Freeland, Aug. 14 (AP) — Floods cut roads.', 'ST. AUBIN'],
    // Words that look like a given name ("João") are no person in a dateline.
    ['SÃO JOÃO DA SERRA — Floods cut roads.', 'SÃO JOÃO DA SERRA'],
  ])('reads %j as a dateline', (text, place) => {
    expect(actors(text)[0]).toBe(`place: ${place}`);
    expect(rules(text)).toContain(`${place}|dateline`);
    expect(actors(text).some((a) => a.startsWith('person'))).toBe(false);
  });

  it.each([
    ['Chip Maker Buys Rival\n\nLAMPTON, Calif.\n\nVexel Devices said on Wednesday it would buy a rival.', 'LAMPTON'],
    ['Rules Restored\n\nDORVALE, DC, March 3, 2016\n\nThe agency said on Tuesday it would restore the rules.', 'DORVALE'],
    ['Chip Maker Buys Rival\n\nLAMPTON, Calif. —11/27/2016\n\nVexel Devices said it would buy a rival.', 'LAMPTON'],
  ])('reads a dateline on a line of its own, with no dash: %j', (text, place) => {
    expect(rules(text)).toContain(`${place}|dateline`);
  });

  it('reads no dateline in a headline in capitals that ends with a place and a date', () => {
    const text = 'FARMER HURT BY FALLING TREE IN KESTREL BAY, POLICE SAY MARCH 3, 2012\n\nA farmer was hurt on Monday.';
    expect(rules(text).some((r) => r.endsWith('|dateline'))).toBe(false);
  });

  it('reads two places split by a slash', () => {
    expect(actors('NORDBY/VESTHAVN -- Dockers went back to work.')).toEqual(['place: NORDBY', 'place: VESTHAVN']);
  });

  it('does not make the bracketed agency an alias of the place', () => {
    expect(actors('MONTBRUN (AP) — Floods cut roads. AP said more rain would fall.')).toEqual(['place: MONTBRUN', 'organization: AP']);
  });

  it('names the place as the prose spells it', () => {
    expect(actors('MONTBRUN (Kestrel Wire) — Floods cut roads. Crews in Montbrun worked all night.')).toEqual(['place: Montbrun']);
  });

  it('is not fooled by an organisation or a sentence that opens in capitals', () => {
    expect(actors('OPEC, which meets on Monday, said output would rise.')).toEqual(['organization: OPEC']);
    expect(actors('BREAKING NEWS — Floods cut roads.').some((a) => a.startsWith('place'))).toBe(false);
    expect(actors('|U.S. President Lotte Brand told reporters on Monday that talks would go on.')).toEqual(['place: U.S.', 'person: Lotte Brand [U.S. President]']);
    expect(rules('Officials said KESTREL BAY - the worst-hit town - was cut off.').some((r) => r.endsWith('|dateline'))).toBe(false);
  });
});

describe('names with particles', () => {
  it('keeps two or three particles inside a person’s name and links the surname with its particles', () => {
    expect(actors('Commission President Karl von der Heide said the plan would work. Von der Heide left on Monday.')).toEqual([
      'organization: Commission',
      'person: Karl von der Heide [Commission President] (Von der Heide)',
    ]);
    expect(actors('Lotte van den Broek, who lives nearby, said she would stay.')).toEqual(['person: Lotte van den Broek']);
    expect(actors('Ana de la Cruz met Rui Ferreira on Monday.')).toEqual(['person: Ana de la Cruz', 'person: Rui Ferreira']);
  });

  it('keeps the whole name with its particle in a role before a person', () => {
    expect(actors('Banco de Freeland chairman Jorge Pinto said rates would hold.')).toContain('person: Jorge Pinto [Banco de Freeland chairman]');
  });

  it('does not join "do" to a weekday', () => {
    expect(actors('What did Lotte do Tuesday?')).toEqual(['person: Lotte']);
  });
});

describe('places named by their context', () => {
  it('reads "the town of X", "her village of X", "the island of X" as places named X, the noun kept in the span (rule: place-of)', () => {
    expect(actors('Crews fought the fire near the town of Vila Nova de Arcos, where temperatures rose.')).toEqual(['place: Vila Nova de Arcos (town of Vila Nova de Arcos)']);
    expect(actors('She left her village of Aldeia Fria do Monte with one bag.')).toEqual(['place: Aldeia Fria do Monte (village of Aldeia Fria do Monte)']);
    expect(actors('Ferries stopped at the island of Velmora on Monday.')).toEqual(['place: Velmora (island of Velmora)']);
  });

  it('reads "the X district" as a place even when X looks like a person', () => {
    // The noun that says what kind of place goes with the name (rule: place-noun).
    expect(actors('About 300 residents of the Monte Serrano district were moved.')).toEqual(['place: Monte Serrano district']);
  });

  it('reads "X mayor" and "X residents" as places, and keeps the whole place in the mayor’s role', () => {
    expect(actors('Vila Nova de Arcos mayor Jorge Pinto said the shelter was full.')).toEqual(['place: Vila Nova de Arcos', 'person: Jorge Pinto [Vila Nova de Arcos mayor]']);
    expect(actors('Santa Quiteria residents said the water was rising.')).toEqual(['place: Santa Quiteria', 'person: Santa Quiteria residents']);
  });

  it('does not make a party a place: "Labour mayor" (the party is the mayor’s organisation, rule: org-role)', () => {
    expect(actors('Labour mayor Jorge Pinto said the town was calm.')).toEqual(['organization: Labour', 'person: Jorge Pinto [Labour mayor]']);
  });

  it('keeps people with particles as people next to places', () => {
    expect(actors('Lotte van den Broek, who lives in the town of Velmora, said she would stay.')).toEqual(['person: Lotte van den Broek', 'place: Velmora (town of Velmora)']);
    expect(actors('Ana de la Cruz met Rui Ferreira in the Vale do Sol district.')).toEqual(['person: Ana de la Cruz', 'person: Rui Ferreira', 'place: Vale do Sol district']);
  });

  it('keeps organisations with "of" as organisations', () => {
    expect(actors('The governor of the Bank of Freeland said rates would hold.')).toEqual(['organization: Bank of Freeland']);
    expect(actors('The Ministry of Defence said the city of Velmora was calm.')).toEqual(['organization: Ministry of Defence', 'place: Velmora (city of Velmora)']);
    expect(actors('Analysts worried about the state of Kestrel Holdings.')).toEqual(['organization: Kestrel Holdings']);
  });
});

describe('places across sources', () => {
  const run = (...texts: string[]) => runPipeline(texts.map((text, i) => ({ id: `s${i + 1}`, path: `s${i + 1}.txt`, text })));
  const actorFacts = (r: ReturnType<typeof run>) => r.facts.filter((f): f is ActorFact => f.type === 'actor').map((f) => `${f.kind}: ${f.name} ${f.sources.join(',')}`);

  it('agrees that a dateline place and the same name, called a district in another article, are one place', () => {
    const r = run('MONTE SERRANO, Freeland (Kestrel Wire) - Floods cut roads on Monday.', 'Floods hit the Monte Serrano district. Crews reached Monte Serrano by night.');
    expect(actorFacts(r)).toEqual(['place: Monte Serrano s1,s2', 'place: Freeland s1']);
  });
});

describe('datelines in title case', () => {
  it.each([
    ['Montbrun - Floods cut roads on Wednesday, officials said.', 'Montbrun'],
    ['Montbrun, Freeland, Aug 14 (Kestrel Wire) - Floods cut roads.', 'Montbrun'],
    ['Vila Nova de Arcos — Floods cut roads.', 'Vila Nova de Arcos'],
  ])('reads %j as a dateline', (text, place) => {
    expect(actors(text)[0]).toBe(`place: ${place}`);
    expect(rules(text)).toContain(`${place}|dateline`);
  });

  it.each([
    ['an ordinary word', 'Analysis - The floods were worse than feared.'],
    ['a person', 'Maria Lopez - Floods cut roads.'],
    ['a name glued to its participle', 'The Brindisi-based group filed the complaint.'],
    ['a sentence already begun', 'Montbrun is flooded - and roads are cut.'],
  ])('takes no dateline from %s', (_why, text) => {
    expect(rules(text).some((r) => r.endsWith('|dateline'))).toBe(false);
  });

  it('keeps "X island" and "X city" with the name, but not a country’s capital named after it', () => {
    expect(actors('The quake struck off Velmora island on Tuesday. Velmora was shaken.')).toEqual(['place: Velmora (Velmora island)']);
    expect(actors('Doctors in Lampra city treated 50 people.')).toEqual(['place: Lampra city']);
    expect(actors('Flights to Kuwait city resumed.')).toEqual(['place: Kuwait']);
  });

  it('finds a name of two or more words whose words say what it is inside a quote, but no lone quoted word', () => {
    expect(actors('“Mara Dell is resting at the Harbor Ford Center,” her agent said.')).toEqual(['person: Mara Dell', 'place: Harbor Ford Center']);
    expect(actors('“Mummy, help,” the boy cried.')).toEqual([]);
    // With a title after it too.
    expect(actors('“We met Tom Alder, the mayor, on Monday,” she said.')).toEqual(['person: Tom Alder [mayor]']);
  });

  it('reads a road named by its number, a capital the text names, and a country that has a government', () => {
    expect(actors('The car was found on state Route 61 near Interstate 412.')).toEqual(['place: Route 61', 'place: Interstate 412']);
    expect(actors('Aid reached the provincial capital Orsa Velm by night.')).toEqual(['place: Orsa Velm']);
    expect(actors('The capital, Dorn, was calm.')).toEqual(['place: Dorn']);
    expect(actors('The government of Velmora denied it.')).toEqual(['place: Velmora']);
  });

  it('reads a kind of land before "of", a hyphenated facility, and an unknown name before a facility noun as places', () => {
    expect(actors('The quake hit the Western Province of Velmora on Monday.')).toEqual(['place: Western Province of Velmora']);
    expect(actors('Labour Minister Anna de Vries visited the Port of Antwerp.')).toContain('organization: Port of Antwerp');
    expect(actors('The bout was held at the Kestrel-Arena in Dorvale.')).toEqual(['place: Kestrel-Arena', 'place: Dorvale']);
    expect(actors('She left the Harrowgate resort for the Harrowgate rehab centre.')[0]).toBe('place: Harrowgate');
  });

  it('reads a plural of units or a fans’ "Nation" as an organisation, not a person after a title', () => {
    expect(actors('Ana Ruiz, general manager of Vexel’s Global Business Units, said so.')).toContain('organization: Global Business Units');
    expect(actors('Fans of Kestrel Nation cheered on Sunday.')).toEqual(['organization: Kestrel Nation']);
  });

  it('keeps an ordinal with the street or precinct it numbers', () => {
    expect(actors('She lives on 212th Street near 54th Avenue.')).toEqual(['place: 212th Street', 'place: 54th Avenue']);
    expect(actors('He was 12th in line in Dorvale.')).toEqual(['place: Dorvale']);
  });

  it('reads where someone of an age is from, a part of a place, a country’s region, and a place after "in downtown" (rules: place-residence, place-part, place-of-country)', () => {
    expect(actors('Ana Ruiz, 44, of Dorvale, was hired.')).toEqual(['person: Ana Ruiz', 'place: Dorvale']);
    expect(actors('Rain hit the capital of West Vellu. Riots broke out on the streets of East Dorn.')).toEqual(['place: West Vellu', 'place: East Dorn', 'place: streets of East Dorn']);
    expect(actors('Floods hit Norway’s Vellu on Monday.')).toEqual(['place: Norway', 'place: Vellu']);
    expect(actors('A fire broke out in downtown Kestrel.')).toEqual(['place: Kestrel']);
  });

  it('reads mountains, regions, strips and works as places', () => {
    expect(actors('A hiker camped at Tarn Mount Vell. The West was silent. Crews reached the Vell Strip. Fire hit the Kestrel Creamery.')).toEqual([
      'place: Tarn Mount Vell', 'place: West', 'place: Vell Strip', 'place: Kestrel Creamery',
    ]);
  });
});

