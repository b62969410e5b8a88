import { parseSource } from '../../../src/nlp/segment.js';
import { extractFigures } from '../../../src/extract/figures/index.js';

export function figuresOf(text: string) {
  return extractFigures(parseSource('t', text));
}
