import { describe, expect, it } from 'vitest';
import { extractText, quoteLines } from '../../support/extract.js';

describe('transcripts without quote marks', () => {
  const text = 'Mayor Olek Varga spoke to Ingrid Holm of Harbour Radio.\nHOLM: Mayor, the tolls start on Monday. Why now?\nVARGA: Because the bridge is old.\nHOLM: Some drivers say they were never asked.\n“We held four meetings,” Varga said later.';

  it('reads each labelled paragraph as a turn of the labelled speaker', () => {
    expect(quoteLines(text)).toEqual([
      'Ingrid Holm | Mayor, the tolls start on Monday. Why now?',
      'Olek Varga | Because the bridge is old.',
      'Ingrid Holm | Some drivers say they were never asked.',
      'Olek Varga | We held four meetings',
    ]);
    const turn = extractText(text).quotes[0]!;
    expect(turn.rule).toBe('transcript-turn');
    expect(turn.speaker).toMatchObject({ rule: 'transcript-label', text: 'HOLM' });
  });

  it('keeps the label out of the actors', () => {
    expect(extractText(text).actors.map((a) => a.name)).not.toContain('HOLM');
  });

  it('names a label no actor holds as a reader writes it, the fuller label winning', () => {
    expect(quoteLines('The debate went on.\nDANA KOVE: Why not debate?\nARNE HOLT: Because we already did.\nKOVE: Would you debate again?')).toEqual([
      'Dana Kove | Why not debate?', 'Arne Holt | Because we already did.', 'Dana Kove | Would you debate again?',
    ]);
  });

  it('needs a dialogue: a lone label or one speaker alone is not a transcript', () => {
    expect(quoteLines('UPDATE: The vote moved to Friday.\nThe council met.')).toEqual([]);
    expect(quoteLines('EXCLUSIVE: Harbour plan revealed\nCORRECTION: An earlier version misspelled a name.')).toEqual([]);
    expect(quoteLines('HOLM: One.\nHOLM: Two.')).toEqual([]);
  });
});
