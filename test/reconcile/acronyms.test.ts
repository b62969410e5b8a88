import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/pipeline.js';

const actors = (...texts: string[]) =>
  runPipeline(texts.map((text, i) => ({ id: String.fromCharCode(97 + i), path: `${String.fromCharCode(97 + i)}.txt`, text })))
    .facts.filter((f) => f.type === 'actor')
    .map((f) => (f.type === 'actor' ? [f.name, ...f.aliases].sort().join(' = ') : ''));

describe('acronyms across outlets', () => {
  it('an acronym joins the one name it stands for', () => {
    const out = actors('The Harbour Workers Union called the strike.', 'The HWU called the strike on Monday.');
    expect(out).toContain('HWU = Harbour Workers Union');
  });

  it('an acronym that stands for two names here joins neither, and two names with the same initials stay apart', () => {
    const out = actors('Officials in Bexar County met.', 'Officials in British Columbia met.', 'The BC office said it would wait.');
    expect(out.find((a) => a.includes('Bexar County'))).toBe('Bexar County');
    expect(out.find((a) => a.includes('British Columbia'))).toBe('British Columbia');
  });
});
