import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extract.js';
import { runPipeline } from '../../../src/pipeline.js';

const actors = (text: string) => extractText(text).actors.map((a) => `${a.kind}: ${a.name}`);
const runActors = (text: string) => runPipeline([{ id: 't', path: 't.txt', text }]).facts.flatMap((f) => (f.type === 'actor' ? [`${f.kind}: ${f.name}`] : []));
const speakers = (text: string) => extractText(text).quotes.map((q) => q.speaker.name);

describe('an unknown word the article keeps capitalising', () => {
  it('is an organisation when written as a name twice, once inside a sentence', () => {
    const text = 'The court rejected Veltrix’s appeal on Monday.\n\nVeltrix employs 300 people in Cork.';
    expect(actors(text)).toContain('organization: Veltrix');
  });

  it('lets "the company" point back to it as a speaker', () => {
    const text = 'The court rejected Veltrix’s appeal on Monday.\n\nThe firm is "reviewing the decision", according to a statement from the company. Veltrix employs 300 people.';
    expect(speakers(text)).toEqual(['Veltrix']);
  });

  it.each([
    ['named once', 'The court rejected Veltrix’s appeal on Monday.'],
    ['only at the start of sentences', 'Veltrix lost. Veltrix appealed.'],
    ['an adjective of a people', 'The money goes to the Irish exchequer. Irish officials agreed.'],
    ['an ordinary word', 'The talks were about Trade. Ministers said Trade fell.'],
  ])('is no actor when %s', (_why, text) => {
    // (A word that only opens sentences is kept for the run as a surname another source may name in
    // full, rule surname-opener: alone, it is no actor of the run.)
    expect(runActors(text).filter((a) => /Veltrix|Irish|Trade/.test(a))).toEqual([]);
  });
});

describe('a name next to a lower-case noun for a kind of organisation', () => {
  it.each([
    ['The strike was called by the Velmar union on Monday.', 'organization: Velmar'],
    ['Users of the Quorly app complained about the outage.', 'organization: Quorly'],
    ['Ana Lopes, spokeswoman for the supporters’ alliance Verde Vivo, spoke.', 'organization: Verde Vivo'],
  ])('%j names an organisation', (text, actor) => {
    expect(actors(text)).toContain(actor);
  });

  it('leaves people, places and ordinary words alone', () => {
    expect(actors('Anna Berg company shares fell.')).toEqual(['person: Anna Berg']);
    expect(actors('The Labour party won the vote.')).toEqual([]);
  });
});

describe('a name glued to a participle', () => {
  it('"the Brindisi-based group" names the place; "the Danish-owned operator" names no actor', () => {
    expect(actors('The Brindisi-based group filed the complaint.')).toEqual(['place: Brindisi']);
    expect(actors('Nordvik Terminals, the Danish-owned operator, agreed.')).toEqual(['organization: Nordvik Terminals']);
  });
});

describe('names as read', () => {
  it('a no-break space inside a name reads as a space, and makes no second alias', () => {
    const [actor] = extractText('Mayor Ines\u00a0Duarte spoke first. The crowd cheered Ines Duarte, and Duarte said no more.').actors;
    expect(actor!.name).toBe('Ines Duarte');
    expect(actor!.aliases).toEqual(['Duarte']);
  });

  it('an adjective of a people after a place preposition is no place ("toward Spanish border")', () => {
    expect(actors('The fire spread toward Spanish border towns.')).toEqual([]);
    expect(actors('The fire spread toward Sertã on Monday.')).toEqual(['place: Sertã']);
  });
});
