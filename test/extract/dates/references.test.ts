import { describe, expect, it } from 'vitest';
import { datesOf } from './support.js';

// Words for the report's own present, past and future (TIMEX3 PRESENT_REF, PAST_REF, FUTURE_REF).
describe('present, past and future', () => {
  it.each([
    ['The rebels now hold the port of Varna.', 'now', 'PRESENT_REF', 'present', 'present-now'],
    ['Right now the ferry is idle.', 'Right now', 'PRESENT_REF', 'present', 'present-now'],
    ['The mill currently employs 300 people.', 'currently', 'PRESENT_REF', 'present', 'present-currently'],
    ['These days the square is empty.', 'These days', 'PRESENT_REF', 'present', 'present-these-days'],
    ['The mayor recently moved to Tarvo.', 'recently', 'PAST_REF', 'past', 'past-recently'],
    ['Floods have grown worse in recent years.', 'recent years', 'PAST_REF', 'past', 'past-recent'],
    ['The river has flooded in the past.', 'the past', 'PAST_REF', 'past', 'past-the-past'],
    ['The club may move in the near future.', 'the near future', 'FUTURE_REF', 'future', 'future-the-future'],
    ['Prices will rise in the coming months.', 'coming months', 'FUTURE_REF', 'future', 'future-coming'],
    // a stretch that no count bounds
    ['Rents have risen over the past few years.', 'the past few years', 'PAST_REF', 'past', 'past-vague'],
    ['The ferry has been late in the last several weeks.', 'the last several weeks', 'PAST_REF', 'past', 'past-vague'],
    ['Rents will rise in the months ahead.', 'the months ahead', 'FUTURE_REF', 'future', 'future-ahead'],
    ['The port will grow in the years to come.', 'the years to come', 'FUTURE_REF', 'future', 'future-ahead'],
    ['The mill will hire over the next few weeks.', 'the next few weeks', 'FUTURE_REF', 'future', 'future-vague'],
  ])('%s', (input, text, value, granularity, rule) => {
    expect(datesOf(input).map((d) => [d.text, d.value, d.granularity, d.rule])).toEqual([[text, value, granularity, rule]]);
  });

  it('a capitalised “Today” alone in quote marks is a title, not the report’s day', () => {
    expect(datesOf('Ruiz told Radio Dorvale’s “Today” on Monday that the port would stay open.').map((d) => d.text)).toEqual(['Monday']);
    expect(datesOf('“Today we vote,” Ruiz said.').map((d) => d.text)).toEqual(['Today']);
  });

  it('leaves adjectives and spans of time alone: "the current system", "the past four years", "the future of the port"', () => {
    expect(datesOf('The current system has failed.')).toEqual([]);
    expect(datesOf('The future of the port is unclear.')).toEqual([]);
    expect(datesOf('Rents rose over the past four years.').map((d) => d.rule)).not.toContain('past-the-past');
    expect(datesOf('Rents rose over the past four years.').map((d) => d.rule)).not.toContain('past-vague');
  });
});
