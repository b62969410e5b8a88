import { describe, expect, it } from 'vitest';
import { extractText, quoteLines } from '../../support/extract.js';

// Each row: an article (paragraphs separated by \n) → every quote passage as "speaker | words".
const CASES: Array<{ rule: string; text: string; expected: string[] }> = [
  { rule: 'cue-after-quote: said X', text: '“We will rebuild the bridge,” said Mayor Lena Ortiz.', expected: ['Lena Ortiz | We will rebuild the bridge'] },
  { rule: 'cue-after-quote: X said', text: 'Governor Amal Haddad visited the site.\n“Nobody is leaving,” Haddad said.', expected: ['Amal Haddad | Nobody is leaving'] },
  { rule: 'cue-after-quote: pronoun, not the listener', text: 'Prime Minister Sofia Lind met Chancellor Otto Brenner.\n“We are ready,” she told Brenner.', expected: ['Sofia Lind | We are ready'] },
  { rule: 'cue-after-quote: a descriptor the lexicon knows as a verb', text: '“The ridge was icy,” said guide Oskar Lind. “Keep going,” said mountain guide Ada Brun.', expected: ['Oskar Lind | The ridge was icy', 'Ada Brun | Keep going'] },
  { rule: 'cue-after-quote: anonymous', text: '“The deal is done,” a senior port official said.', expected: ['a senior port official | The deal is done'] },
  { rule: 'cue-before-quote: colon', text: 'Union leader Pieter Bakker told reporters: “We won what mattered.”', expected: ['Pieter Bakker | We won what mattered.'] },
  { rule: 'cue-before-quote across paragraphs', text: 'Coach Miloš Petrović told reporters:\n“I am not going anywhere.”', expected: ['Miloš Petrović | I am not going anywhere.'] },
  { rule: 'split quote', text: 'Claire Dubois spoke first. “We will keep the name,” Dubois said, “and we will keep the colours.”', expected: ['Claire Dubois | We will keep the name', 'Claire Dubois | and we will keep the colours.'] },
  { rule: 'according-to', text: 'Club president Thomas Hartmann arrived late. The first decision will be “a new head coach”, according to Hartmann.', expected: ['Thomas Hartmann | a new head coach'] },
  { rule: 'continuing-participle', text: 'Minister Jonas Berg spoke. “It is a good day,” Berg said, adding, “and a long one.”', expected: ['Jonas Berg | It is a good day', 'Jonas Berg | and a long one.'] },
  { rule: 'sentence-subject: partial quote', text: 'Senator Ruth Okoye hailed the vote as “a turning point” for the state.', expected: ['Ruth Okoye | a turning point'] },
  { rule: 'continued paragraph (unclosed, next opens with a mark)', text: 'Dr. Hana Sato described the night. “We had no power.\n“Then the water came,” she said.', expected: ['Hana Sato | We had no power.', 'Hana Sato | Then the water came'] },
  { rule: 'continued-paragraph: a quote-only paragraph inherits', text: '“The numbers never lied,” said auditor Uwe Brandt.\n“The club was going to fail.”', expected: ['Uwe Brandt | The numbers never lied', 'Uwe Brandt | The club was going to fail.'] },
  { rule: 'missing spaces around marks', text: 'Mayor Ana Ruiz spoke.“We are safe now,”she said.The storm passed.', expected: ['Ana Ruiz | We are safe now'] },
  { rule: 'guillemets and German marks', text: 'Jana Köhler, spokeswoman for the fans, spoke. « We are angry », she said. „This is our club“, Köhler said.', expected: ['Jana Köhler | We are angry', 'Jana Köhler | This is our club'] },
  { rule: 'straight quotes', text: '"Prices will fall," said economist Ravi Menon.', expected: ['Ravi Menon | Prices will fall'] },
  { rule: 'pronoun through a sentence whose subject is the same pronoun', text: 'Actor Leo Varga joined the cast in May.\nAt 40, he has more lines than Tom Alder had in the first season.\n“I cannot wait to start,” he said.', expected: ['Leo Varga | I cannot wait to start'] },
  { rule: 'cue-before-quote: a second clause after "while" has its own subject', text: 'Harbour chief Ana Ruiz told the Gazette there was “no sign of a fault” while Tom Alder, a former safety officer at the port, said “it looks like a clean lift” on the day.', expected: ['Ana Ruiz | no sign of a fault', 'Tom Alder | it looks like a clean lift'] },
  { rule: 'null rather than a guess', text: 'The storm hit at night. “Everything is gone.”', expected: ['null | Everything is gone.'] },
];

describe('speaker attribution sieve', () => {
  for (const c of CASES) {
    it(c.rule, () => {
      expect(quoteLines(c.text)).toEqual(c.expected);
    });
  }

  it('drops scare quotes that are nobody’s speech', () => {
    expect(quoteLines('The contract has a so-called “poison pill” clause that few noticed.')).toEqual([]);
    expect(quoteLines('Fans call it the “grain corridor” now.')).toEqual([]);
  });

  it('records the rule, the cue and the speaker words', () => {
    const [q] = extractText('Prime Minister Sofia Lind met Otto Brenner.\n“We are ready,” she told Brenner.').quotes;
    expect(q!.speaker).toMatchObject({ rule: 'cue-after-quote', cue: 'told', text: 'she', name: 'Sofia Lind' });
    expect(q!.speaker.confidence).toBeGreaterThan(0.5);
  });

  it('reports an unclosed quote instead of crashing', () => {
    const m = extractText('“We will fight this in the courts, said Köhler.\nThe vote is on Sunday.');
    expect(m.quotes).toEqual([]);
    expect(m.diagnostics.map((d) => d.code)).toContain('quote/unclosed');
  });

  it('keeps nested quotes inside their parent', () => {
    expect(quoteLines('Jana Köhler was angry. “He told me ‘never again’, and I believed him,” she said.')).toEqual(['Jana Köhler | He told me ‘never again’, and I believed him']);
  });
});
