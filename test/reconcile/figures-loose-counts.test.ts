import { describe, expect, it } from 'vitest';
import { reconcileFigures } from '../../src/reconcile/figures.js';
import { figuresOf } from '../extract/figures/helpers.js';
import { extractText } from '../support/extract.js';

const run = (...texts: string[]) => reconcileFigures(texts.map((t, i) => extractText(t, String.fromCharCode(97 + i))));
const messages = (...texts: string[]) => run(...texts).conflicts.map((c) => c.message);
const one = (text: string, words: string) => figuresOf(text).figures.find((f) => f.text === words);

describe('"a dozen", "a score of": round words, no exact counts', () => {
  it.each([
    ['The sniper fired a dozen rounds at the depot.', 'a dozen', 12, 'about', 9.6, 14.4],
    ['The sniper fired two dozen rounds at the depot.', 'two dozen', 24, 'about', 19.2, 28.8],
    ['Police said her dozen cartridges were meant for a rival crew.', 'dozen', 12, 'about', 9.6, 14.4],
    ['A score of cabins burned near Tessby.', 'A score', 20, 'about', 16, 24],
  ])('%s → %s', (input, text, value, qualifier, min, max) => {
    const f = one(input, text);
    expect(f, JSON.stringify(figuresOf(input).figures.map((x) => x.text))).toBeDefined();
    expect([f!.value, f!.qualifier, f!.min, f!.max]).toEqual([value, qualifier, min, max]);
  });

  it('a written hedge wins: "at least a dozen" is at least 12', () => {
    const f = one('Guards fired at least a dozen rounds.', 'at least a dozen');
    expect([f?.value, f?.min, f?.max]).toEqual([12, 12, null]);
  });

  it.each([
    ['a game’s score', 'The match ended with a score of 3-1 after extra time.'],
    ['a game’s score in words', 'They won with a score of seven to two.'],
    ['a player’s scores', 'She scores often and scores well.'],
    ['"dozens", like "hundreds", names no number', 'The storm injured dozens of villagers in Harlow.'],
    ['"scores of"', 'Scores of cabins burned near Tessby.'],
  ])('no figure: %s', (_why, input) => {
    expect(figuresOf(input).figures.filter((f) => f.value === 20 || f.value === 24 || f.value === 40)).toEqual([]);
  });
});

describe('shots, rounds and bullets fired are one quantity', () => {
  it('"fired 11 shots" vs "fired 30 rounds" is a conflict', () => {
    expect(messages('Siege at Dorvale\nThe gunman fired 11 shots from a roof.', 'Siege at Dorvale\nThe gunman fired 30 rounds from a roof.')).toHaveLength(1);
  });

  it('"sprayed 14 bullets" vs "unleashed 40 rounds" is a conflict', () => {
    expect(messages('Siege at Dorvale\nThe gunman sprayed 14 bullets from a roof.', 'Siege at Dorvale\nThe gunman unleashed 40 rounds from a roof.')).toHaveLength(1);
  });

  it.each([
    ['"11 shots" vs "a dozen rounds": a near-agreement', 'The gunman fired 11 shots from a roof.', 'The gunman fired a dozen rounds from a roof.'],
    ['"11 bullets" vs "a dozen shots"', 'The gunman sprayed 11 bullets from a roof.', 'The gunman fired a dozen shots from a roof.'],
    ['"11 shots" vs "at least 10 rounds"', 'The gunman fired 11 shots from a roof.', 'At least 10 rounds were fired from a roof.'],
    ['"6 shots" vs "dozens of rounds"', 'The gunman fired 6 shots from a roof.', 'The gunman fired dozens of rounds from a roof.'],
    ['shots fired vs people shot', 'The gunman fired 30 shots from a roof.', 'Five people were shot outside the school.'],
    ['shots fired vs workers fired', 'The gunman fired 30 shots from a roof.', 'The mill fired 300 workers last spring.'],
  ])('no conflict: %s', (_why, a, b) => {
    expect(messages(`Siege at Dorvale\n${a}`, `Siege at Dorvale\n${b}`)).toEqual([]);
  });

  it('"fired 11 shots" vs "fired a dozen rounds" are on one side of a third outlet’s 30', () => {
    const list = messages('Siege at Dorvale\nThe gunman fired 11 shots from a roof.', 'Siege at Dorvale\nThe gunman fired a dozen rounds from a roof.', 'Siege at Dorvale\nThe gunman fired 30 rounds from a roof.');
    expect(list).toHaveLength(1);
    expect(list[0]).toMatch(/11 \(a\) and about 12 \(b\) vs 30 \(c\)|about 12 \(b\) and 11 \(a\) vs 30 \(c\)/);
  });

});
