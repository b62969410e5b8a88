import { describe, expect, it } from 'vitest';
import { parseSource } from '../../../src/nlp/segment.js';
import { extractDates } from '../../../src/extract/dates/index.js';

const datesOf = (text: string) => extractDates(parseSource('t', text)).dates;

// What a date dates: the clause it modifies, with the subject found across an apposition.
const EVENTS: Array<{ input: string; text: string; event: string }> = [
  { input: 'One ranger, a 40-year-old from Tula, died on Monday when his car left the road.', text: 'Monday', event: 'One ranger died when his car left the road' },
  { input: 'A local pilot, aged 51, crashed on Sunday near the airfield.', text: 'Sunday', event: 'local pilot crashed near the airfield' },
  // the participle rule still names the place: "Crimea, annexed by Russia in 2014"
  { input: 'Kyiv wants to reclaim the peninsula of Tavria, annexed by its neighbour in 1999.', text: '1999', event: 'Tavria, annexed by its neighbour' },
  // the "while" of an offence's name opens no clause; a "while" of its own does
  { input: 'Lund was convicted of driving while impaired in 2016, records show.', text: '2016', event: 'Lund was convicted of driving while impaired' },
  { input: 'Lund waited while crews cleared the road in 2016.', text: '2016', event: 'crews cleared the road' },
  // A date between an article and a noun dates the noun, not the clause around it.
  { input: 'Judge Ada Morrow fined the dam operator for the May 4, 2023, flood that cut the valley road.', text: 'May 4, 2023', event: 'flood' },
  { input: 'Lina Ortiz will present the harbour plan at a Friday board meeting.', text: 'Friday', event: 'board meeting' },
  { input: 'Turnout fell sharply in the 2019 election across the north.', text: '2019', event: 'election' },
  // The date's own preposition opens no clause: the clause before it is what the date dates.
  { input: 'The ferry has been laid up at Port Ella since 2019.', text: '2019', event: 'ferry has been laid up at Port Ella' },
  { input: 'The bridge stays closed until Friday.', text: 'Friday', event: 'bridge stays closed' },
  { input: 'No permanent jobs will be cut before 2031.', text: '2031', event: 'No permanent jobs will be cut' },
  { input: 'Since 2019, the ferry has been laid up.', text: '2019', event: 'ferry has been laid up' },
  // an opening phrase of a preposition and a date: the event follows its comma
  { input: 'Over the weekend, the ferry crews voted to strike.', text: 'the weekend', event: 'ferry crews voted to strike' },
  // the full stop of "Sen." or of an initial ends no clause
  { input: 'At a rally on Monday, Sen. Ada K. Ruiz attacked the plan.', text: 'Monday', event: 'Sen. Ada K. Ruiz attacked the plan' },
  // "all but" is no conjunction
  { input: 'And in 2019, she all but ruled out a second term.', text: '2019', event: 'she all but ruled out a second term' },
  // a title in quote marks goes on with its clause
  { input: 'Ruiz told Radio Dorvale’s “Harbour Hour” on Monday that the port would stay open.', text: 'Monday', event: 'Ruiz told Radio Dorvale’s “Harbour Hour”' },
  // a part of the day is the date's own, and a preposition starts no noun: the clause is still what it dates
  { input: 'The ferry sank on a Tuesday morning off the cape.', text: 'Tuesday morning', event: 'ferry sank off the cape' },
  // "at" leads into a clock time and stays out of the event
  { input: 'The Dorvale ferry leaves at 6 a.m. Friday.', text: '6 a.m. Friday', event: 'Dorvale ferry leaves' },
  // the day's hour after it is no event; the colon of a clock time ends no clause
  { input: 'Early Sunday, at about 4:15 a.m., the ferry ran aground off Kessa.', text: 'Early Sunday', event: 'ferry ran aground off Kessa' },
  { input: 'The Kessa bakery lost power just after 6 a.m. Sunday.', text: '6 a.m. Sunday', event: 'Kessa bakery lost power' },
  { input: 'Jets struck at 6:20 p.m. in Kessa Thursday.', text: 'Thursday', event: 'Jets struck at 6:20 p.m. in Kessa' },
  // A date after an event noun and its places, with no verb between, dates that noun phrase, not the clause around it.
  { input: 'Mayor Ana Ruiz vowed to punish those behind the alleged shelling of Kessa in Tarn province on Tuesday.', text: 'Tuesday', event: 'alleged shelling of Kessa in Tarn province' },
  { input: 'The minister condemned the attack on the fuel depot in Dorvale on Monday.', text: 'Monday', event: 'attack on the fuel depot in Dorvale' },
  { input: 'Turnout has fallen in every ballot since the election in Harbor Ford on 3 May.', text: '3 May', event: 'election in Harbor Ford' },
  { input: 'Rebels later claimed the second bombing in Dorvale on Thursday.', text: 'Thursday', event: 'second bombing in Dorvale' },
  // ... but not when the date comes first, when a verb stands between, when the clause happens in the event,
  // when the noun is the object of speaking about it or of a verb that does the event, or is bare
  { input: 'Governor Ana Ruiz spoke on Tuesday about the bombing of Kessa.', text: 'Tuesday', event: 'Governor Ana Ruiz spoke' },
  { input: 'Governor Ana Ruiz spoke about the bombing of Kessa on Tuesday.', text: 'Tuesday', event: 'Governor Ana Ruiz spoke about the bombing of Kessa' },
  { input: 'Officials said the bombing in Dorvale happened on Tuesday.', text: 'Tuesday', event: 'Officials said the bombing in Dorvale happened' },
  { input: 'A guard was killed in the attack on the depot on Monday.', text: 'Monday', event: 'guard was killed in the attack on the depot' },
  { input: 'Harbor Ford rebels mounted their raid on the port on Monday.', text: 'Monday', event: 'Harbor Ford rebels mounted their raid on the port' },
  { input: 'A neighbour filmed the fire at 3:10 a.m. Sunday.', text: '3:10 a.m. Sunday', event: 'neighbour filmed the fire' },
  { input: 'The army denied the raid on farmers guarding the depot on Monday.', text: 'Monday', event: 'army denied the raid on farmers guarding the depot' },
  { input: 'Tom Alder was arrested for the attack on the depot on Monday.', text: 'Monday', event: 'Tom Alder was arrested for the attack on the depot' },
  { input: 'Tom Alder reached the summit of Mount Kessa on Sunday.', text: 'Sunday', event: 'Tom Alder reached the summit of Mount Kessa' },
];

describe('date events', () => {
  it.each(EVENTS)('$input', (row) => {
    const d = datesOf(row.input).find((x) => x.text === row.text);
    expect(d, JSON.stringify(datesOf(row.input).map((x) => x.text))).toBeDefined();
    expect(d!.event).toBe(row.event);
  });

  it('does not read a dateline as a subject and its apposition', () => {
    // no verb between the last comma and the date, so "OSLO" is not the subject of anything
    const d = datesOf('OSLO, Norway, March 4, 2024 (Wire) - Ferries stopped.').find((x) => x.text === 'March 4, 2024');
    expect(d?.event ?? '').not.toMatch(/OSLO/);
  });

  it.each([
    ['The strike was the biggest stoppage in 30 years after the union walked out.', []],
    ['It was the longest drought for two decades before the rains came.', []],
    ['The vote happened two days after the governor resigned.', ['two days after']],
  ])('a span of time is not an offset date: %s', (input, texts) => {
    expect(datesOf(input).filter((d) => d.rule === 'days-after').map((d) => d.text)).toEqual(texts);
  });
});
