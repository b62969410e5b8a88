import { describe, expect, it } from 'vitest';
import { isIgnored, parseConfig } from '../../src/check/config.js';

describe('parseConfig', () => {
  it('accepts every documented key', () => {
    const c = parseConfig(JSON.stringify({ severity: { 'figure/conflict': 'error', 'quote/variant-spelling': 'off' }, speechVerbs: ['quipped', 'shot back'],
      aliases: { 'Mao Zedong': ['Mao Tse-tung'] }, ignore: ['archive/**'] }));
    expect(c).toEqual({ severity: { 'figure/conflict': 'error', 'quote/variant-spelling': 'off' }, speechVerbs: ['quipped', 'shot back'],
      aliases: { 'Mao Zedong': ['Mao Tse-tung'] }, ignore: ['archive/**'] });
    expect(parseConfig('{}')).toEqual({ severity: {}, speechVerbs: [], aliases: {}, ignore: [] });
  });

  const bad = [
    { json: '{', reason: /^not valid JSON/ },
    { json: '[]', reason: /^expected a JSON object$/ },
    { json: '{"severities": {}}', reason: /^unknown key "severities"; allowed: severity, speechVerbs, aliases, ignore$/ },
    { json: '{"severity": {"quote/made-up": "error"}}', reason: /^"severity": unknown code "quote\/made-up"; known codes: .*quote\/variant-wording, / },
    { json: '{"severity": {"figure/conflict": "fatal"}}', reason: /^"severity"."figure\/conflict" must be "error", "warning", "info" or "off", got "fatal"$/ },
    { json: '{"speechVerbs": "quipped"}', reason: /^"speechVerbs" must be an array of words/ },
    { json: '{"speechVerbs": ["said!"]}', reason: /^"speechVerbs" must be an array of words/ },
    { json: '{"aliases": {"Mao Zedong": "Mao"}}', reason: /^"aliases"."Mao Zedong" must be a non-empty array of names$/ },
    { json: '{"ignore": [1]}', reason: /^"ignore" must be an array of paths or globs$/ },
  ];
  it.each(bad)('refuses $json', ({ json, reason }) => {
    const c = parseConfig(json);
    expect(typeof c).toBe('string');
    expect(c).toMatch(reason);
  });
});

describe('isIgnored', () => {
  const rows = [
    { path: 'news/archive/old.txt', globs: ['news/archive/**'], expected: true },
    { path: 'news/old-draft.txt', globs: ['*-draft.txt'], expected: true },
    { path: 'news/old-draft.txt', globs: ['news/*.md'], expected: false },
    { path: 'news/a.txt', globs: ['./news/a.txt'], expected: true },
    { path: 'news/a.txt', globs: ['news/?.txt'], expected: true },
    { path: 'news/ab.txt', globs: ['news/?.txt'], expected: false },
    { path: 'a/b/c/d.txt', globs: ['**/d.txt'], expected: true },
    // What input globs (fast-glob) accept, the config's accepts too: classes, braces.
    { path: 'seeds/002_x.txt', globs: ['seeds/00[2]_*.txt'], expected: true },
    { path: 'seeds/003_x.txt', globs: ['seeds/{002,003}_*.txt'], expected: true },
    { path: 'seeds/004_x.txt', globs: ['seeds/{002,003}_*.txt'], expected: false },
  ];
  it.each(rows)('$path with $globs', ({ path, globs, expected }) => {
    expect(isIgnored(path, globs)).toBe(expected);
  });
  it('takes a dot as a dot', () => {
    expect(isIgnored('aXb.txt', ['a.b.txt'])).toBe(false);
  });
});
