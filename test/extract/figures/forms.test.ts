import { describe, expect, it } from 'vitest';
import { expectFigure, figuresOf } from './helpers.js';

type Row = { input: string; text: string; value: number; unit: string; qualifier?: string; min?: number | null; max?: number | null; subject?: string | null };

const ROWS: Row[] = [
  // money, any currency and scale
  { input: 'The port authority approved $90 billion for the harbour.', text: '$90 billion', value: 90e9, unit: 'USD' },
  { input: 'Brussels set aside €500m for the farmers.', text: '€500m', value: 500e6, unit: 'EUR' },
  { input: 'The council borrowed £2.5bn last spring.', text: '£2.5bn', value: 2.5e9, unit: 'GBP' },
  { input: 'The bank injected ¥1.1tn into the market.', text: '¥1.1tn', value: 1.1e12, unit: 'JPY' },
  { input: 'Tokyo will spend 1.3 trillion yen on the dams.', text: '1.3 trillion yen', value: 1.3e12, unit: 'JPY' },
  { input: 'He paid US$40 for the ticket.', text: 'US$40', value: 40, unit: 'USD' },
  { input: 'The club spent 500 million euros on players.', text: '500 million euros', value: 500e6, unit: 'EUR' },
  { input: 'Miners offered to buy about $3.2 billion worth of drills.', text: 'about $3.2 billion', value: 3.2e9, unit: 'USD', qualifier: 'about', min: 2.88e9, max: 3.52e9, subject: 'drills offered to buy' },
  // currency letters glued to the amount, as the African and South Asian press writes them
  { input: 'Abuja approved N42.7bn for the rail line.', text: 'N42.7bn', value: 42.7e9, unit: 'NGN' },
  { input: 'Nurses in Durban earn R12,400 a month.', text: 'R12,400', value: 12400, unit: 'ZAR' },
  { input: 'Nairobi set aside KSh3.5bn for drains.', text: 'KSh3.5bn', value: 3.5e9, unit: 'KES' },
  { input: 'The state pledged Rs 750 crore for the dam.', text: 'Rs 750 crore', value: 7.5e9, unit: 'INR' },
  { input: 'Penang spent RM1.2bn on the tunnel.', text: 'RM1.2bn', value: 1.2e9, unit: 'MYR' },
  // counts in digits and words
  { input: 'A storm in the valley killed seven hikers.', text: 'seven', value: 7, unit: 'count', subject: 'hikers killed' },
  { input: 'Officials counted 38,000 ballots by noon.', text: '38,000', value: 38000, unit: 'count', subject: 'ballots counted' },
  { input: 'Officials said 38,000 ballots had been counted by noon.', text: '38,000', value: 38000, unit: 'count', subject: 'ballots counted' },
  { input: 'The flood displaced more than a million residents.', text: 'more than a million', value: 1e6, unit: 'count', qualifier: 'more than', min: 1e6, max: null, subject: 'residents displaced' },
  { input: 'Volunteers planted two hundred and fifty thousand trees.', text: 'two hundred and fifty thousand', value: 250000, unit: 'count' },
  { input: 'Twenty-five ships left the harbour.', text: 'Twenty-five', value: 25, unit: 'count', subject: 'ships' },
  { input: 'The strike left three more people dead.', text: 'three', value: 3, unit: 'count', qualifier: 'exact', subject: 'people dead' },
  // a count after a possessive, in words: another outlet may give it otherwise
  { input: 'She left her twelve children at home.', text: 'twelve', value: 12, unit: 'count', subject: 'children' },
  { input: 'The gunman fired his three shots from a bicycle.', text: 'three', value: 3, unit: 'count', subject: 'shots' },
  // what a figure after "to" brings up to date, and where a count is not part of what it counts
  { input: 'The death toll rose to 17 on Tuesday.', text: '17', value: 17, unit: 'count', subject: 'death toll' },
  { input: 'Divers found three more bodies, raising the death toll in Dorvale to 17.', text: '17', value: 17, unit: 'count', subject: 'death toll' },
  { input: 'The flood reached 9 towns around the lake.', text: '9', value: 9, unit: 'count', subject: 'towns reached' },
  { input: 'The blast killed six people, hurting many more.', text: 'six', value: 6, unit: 'count', subject: 'people killed' },
  // percentages
  { input: 'Turnout reached 40% in the north.', text: '40%', value: 40, unit: 'percent' },
  { input: 'Prices rose 40 percent last year.', text: '40 percent', value: 40, unit: 'percent' },
  { input: 'Nearly 40 per cent of voters stayed home.', text: 'Nearly 40 per cent', value: 40, unit: 'percent', qualifier: 'nearly', min: 36, max: 40, subject: 'voters' },
  // fractions
  { input: 'The rebels hold a quarter of the province.', text: 'quarter', value: 0.25, unit: 'fraction', subject: 'province' },
  { input: 'Three-quarters of the crop was lost.', text: 'Three-quarters', value: 0.75, unit: 'fraction' },
  { input: 'The river rose 3-1/2 metres overnight.', text: '3-1/2 metres', value: 3.5, unit: 'm' },
  // durations and ages
  { input: 'The vote lasted more than two hours on the island.', text: 'more than two hours', value: 2, unit: 'hours', qualifier: 'more than', min: 2, max: null },
  { input: 'It was the worst drought in eight decades.', text: 'eight decades', value: 80, unit: 'years', subject: 'worst drought' },
  { input: 'It was the worst drought in 80 years.', text: '80 years', value: 80, unit: 'years', subject: 'worst drought' },
  { input: 'Both sides want to end the 3-1/2-year-old dispute.', text: '3-1/2-year-old', value: 3.5, unit: 'years', subject: 'dispute' },
  { input: 'The fire injured her 16-year-old brother.', text: '16-year-old', value: 16, unit: 'years', subject: 'brother' },
  // an age set off by commas after a name
  { input: 'Harbour master Olu Bankole, 58, signed the order.', text: '58', value: 58, unit: 'years', subject: 'Olu Bankole' },
  { input: 'In Kano, 58 shops burned.', text: '58', value: 58, unit: 'count', subject: 'shops' },
  // temperatures and speeds
  { input: 'Temperatures in Seville reached 46 °C on Sunday.', text: '46 °C', value: 46, unit: '°C', subject: 'Seville reached' },
  { input: 'Forecasters warned of highs of 104 degrees Fahrenheit.', text: '104 degrees Fahrenheit', value: 104, unit: '°F', subject: 'highs' },
  { input: 'A storm with winds of up to 120 km/h hit the coast.', text: 'up to 120 km/h', value: 120, unit: 'km/h', qualifier: 'up to', subject: 'winds' },
  { input: 'Gusts topped 70 mph overnight.', text: '70 mph', value: 70, unit: 'mph' },
  // ranges
  { input: 'The report is due in a week to 10 days.', text: 'a week to 10 days', value: 7, unit: 'days', qualifier: 'range', min: 7, max: 10 },
  { input: 'Between 10 and 15 boats sank in the gale.', text: 'Between 10 and 15', value: 10, unit: 'count', qualifier: 'between', min: 10, max: 15, subject: 'boats' },
  { input: 'Repairs will take 10-15 days.', text: '10-15 days', value: 10, unit: 'days', min: 10, max: 15 },
  // ordinals that carry meaning
  { input: 'She won the third round easily.', text: 'third', value: 3, unit: 'ordinal', subject: 'round' },
  // hedges
  { input: 'Porto - About 1,800 residents fled the flames.', text: 'About 1,800', value: 1800, unit: 'count', qualifier: 'about', subject: 'residents' },
  { input: 'At least 12 homes burned.', text: 'At least 12', value: 12, unit: 'count', qualifier: 'at least', min: 12, max: null },
  { input: 'Up to 300 troops may leave.', text: 'Up to 300', value: 300, unit: 'count', qualifier: 'up to', min: null, max: 300 },
  { input: 'Roughly 5,000 fans attended.', text: 'Roughly 5,000', value: 5000, unit: 'count', qualifier: 'roughly', min: 4500, max: 5500 },
  // a comma and a stray space inside a number, as scraped pages write it
  { input: 'The glider dropped 3, 000ft near the ridge.', text: '3, 000ft', value: 3000, unit: 'ft' },
  { input: 'The flood left 1, 050 people homeless.', text: '1, 050', value: 1050, unit: 'count' },
];

describe('figure forms', () => {
  it.each(ROWS)('$input', (row) => {
    const f = expectFigure(row);
    expect(f.qualifier).toBe(row.qualifier ?? (f.qualifier === 'range' || f.qualifier === 'between' ? f.qualifier : 'exact'));
    if (row.min !== undefined) expect(f.min).toBe(row.min);
    if (row.max !== undefined) expect(f.max).toBe(row.max);
    if (row.subject !== undefined) expect(f!.subject).toBe(row.subject);
    expect(row.input.slice(f!.start, f!.end)).toBe(f!.text);
  });
});

const NOT_FIGURES: Array<{ input: string; why: string }> = [
  { input: 'The bridge opened in 2014.', why: 'years are dates' },
  { input: 'The vote is on August 18.', why: 'day of month' },
  { input: 'The appeal was heard Feb. 6 in Dublin.', why: 'day after an abbreviated month' },
  { input: 'Several hundred nurses marched on Monday.', why: 'vague quantity' },
  { input: 'The club, 14th in the table, lost again.', why: 'rank in digits' },
  { input: 'Under the 50+1 rule, members keep control.', why: 'name of a rule' },
  { input: 'A few thousand fans waited outside.', why: 'vague quantity' },
  { input: 'The meeting took place two days after the vote.', why: 'date offset' },
  { input: 'They will meet within the next two weeks.', why: 'date window' },
  { input: 'He flew a Boeing 737 to the coast.', why: 'number inside a name' },
  { input: 'The Group of Seven met again.', why: 'number word inside a name' },
  { input: 'It is one of the most watched races.', why: 'pronoun one' },
  { input: 'The two sides could work on a deal.', why: 'known things' },
  { input: 'They held three-way talks.', why: 'hyphen compound' },
  { input: 'They were the first line of defence.', why: 'idiomatic first' },
  { input: 'One in every 400 drivers was fined.', why: 'the odds of a ratio' },
  { input: 'As many as 1 in 300 riders could be delayed.', why: 'the odds of a ratio' },
  { input: 'She carried a .41 caliber revolver.', why: 'a calibre' },
  { input: 'Police found a .22 calibre rifle.', why: 'a calibre' },
  { input: 'The shop stands at 218 West 14th St. in Dorvale.', why: 'a house number' },
  { input: 'Crowds gathered outside 12 Pell Street.', why: 'a house number' },
  { input: 'A neighbour dialed 911 at once.', why: 'a telephone number' },
  { input: 'A neighbour called 999 at once.', why: 'a telephone number' },
  { input: 'A lifelong 88ers fan, she cheered.', why: 'digits glued to a name' },
  { input: 'This zero-day flaw spread fast.', why: 'a term, no span of nothing' },
  { input: 'The Harriers are 6-11 this season.', why: 'a record' },
  { input: 'Dorvale won 3-1 on Sunday.', why: 'a score' },
];

describe('"a second" before a noun is the ordinal, not a duration', () => {
  it.each([
    ['A second protest followed the next night.', [['second', 2, 'ordinal']]],
    ['She won a second term in 2019.', [['second', 2, 'ordinal']]],
    ['It took a second to load.', [['a second', 1, 'seconds']]],
  ])('%s', (input, expected) => {
    expect(figuresOf(input).figures.map((f) => [input.slice(f.start, f.end), f.value, f.unit])).toEqual(expected);
  });
});

describe('counts beside those forms stay counts', () => {
  it.each([
    ['The firm called 300 workers back.', 300],
    ['Police fired 10 shots at 5 Main St.', 10],
    ['Police fired 10 shots.', 10],
    ['Between 8-12 people were hurt.', 8],
  ])('%s', (input, value) => {
    expect(figuresOf(input).figures.map((f) => f.value)).toEqual([value]);
  });
});

describe('not figures', () => {
  it.each(NOT_FIGURES)('$why: $input', ({ input }) => {
    expect(figuresOf(input).figures).toEqual([]);
  });
});
