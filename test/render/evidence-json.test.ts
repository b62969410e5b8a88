import { describe, expect, it } from 'vitest';
import type { Evidence } from '../../src/model/fact.js';
import { canonicalEvidence, evidenceJson } from '../../src/render/canonical.js';

const base: Evidence = { source: 'a_b', start: 3, end: 9, line: 1, column: 4, text: 'he said “no”\t\\ \u2028 🚢', rule: 'paired-marks' };
const cases: Array<[string, unknown]> = [
  ['plain', base],
  ['keys in another order', { rule: 'r', text: 't', column: 1, line: 1, end: 2, start: 1, source: 's' }],
  ['quote evidence', { ...base, speaker: 'actor-x', speakerName: null, speakerText: 'he', speakerRule: 'cue-after-quote', cue: 'said', confidence: 0.85, partial: false }],
  ['an undefined value', { ...base, rule: undefined }],
  ['a key the contract does not list', { ...base, zeta: [1, { b: 2, a: 1 }], alpha: 'x' }],
  ['empty', {}],
];

describe('evidenceJson', () => {
  for (const [name, e] of cases) {
    it(`writes ${name} as JSON.stringify of the canonical object would`, () => {
      const c = canonicalEvidence(e as Evidence);
      expect(evidenceJson(e as Evidence, null)).toBe(JSON.stringify(c));
      expect(evidenceJson(e as Evidence, '    ')).toBe(JSON.stringify(c, null, 2).replace(/\n/g, '\n    '));
    });
  }
});
