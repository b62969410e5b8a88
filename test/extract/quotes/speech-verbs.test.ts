import { describe, expect, it } from 'vitest';
import { extractSource } from '../../../src/extract/index.js';
import { speechVerbsWith, SPEECH_VERBS } from '../../../src/lexicon/speech.js';

const text = 'Councillor Ada Okafor spoke after the vote. Her rival, Ben Marsh, was absent.\n\n“This budget is a disgrace to the city,” thundered Marsh in a statement on Friday.\n';
const quote = (speechVerbs?: readonly string[]) => extractSource({ id: 't', path: 't.txt', text }, speechVerbs ? { speechVerbs } : {}).quotes[0]!;

describe('speech verbs of a house style', () => {
  it('leaves a quote with an unknown verb unattributed', () => {
    expect(quote().speaker.name).toBeNull();
  });

  it('attributes it once the verb is given, with the verb as the cue', () => {
    const q = quote(['Thundered']);
    expect(q.speaker.name).toBe('Ben Marsh');
    expect(q.speaker.rule).toBe('cue-after-quote');
    expect(q.speaker.cue).toBe('thundered');
  });

  it('adds to the lexicon without changing it', () => {
    expect(speechVerbsWith([])).toBe(SPEECH_VERBS);
    expect(speechVerbsWith(['thundered']).has('thundered')).toBe(true);
    expect(SPEECH_VERBS.has('thundered')).toBe(false);
  });
});
