import { expect } from 'vitest';
import { parseSource } from '../../../src/nlp/segment.js';
import { extractFigures } from '../../../src/extract/figures/index.js';
import type { FigureMention } from '../../../src/model/mention.js';

export function figuresOf(text: string) {
  return extractFigures(parseSource('t', text));
}

/** The figure whose words are `row.text` in `row.input`, with its value and unit checked. */
export function expectFigure(row: { input: string; text: string; value: number; unit: string }): FigureMention {
  const { figures } = figuresOf(row.input);
  const f = figures.find((x) => x.text === row.text);
  expect(f, JSON.stringify(figures.map((x) => x.text))).toBeDefined();
  expect(f!.value).toBe(row.value);
  expect(f!.unit).toBe(row.unit);
  return f!;
}
