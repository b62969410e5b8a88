import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CODE_BY_NAME, CODES, diagnostic, severityOf } from '../../src/model/codes.js';
import { ROOT } from '../support/fixtures.js';

/** Every `area/name` string literal in src/, outside the table itself: the codes the code can emit. */
function emittedCodes(): Map<string, string> {
  const found = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.ts') && !p.endsWith(join('model', 'codes.ts'))) {
        for (const m of readFileSync(p, 'utf8').matchAll(/'((?:load|extract|shard|quote|figure|date|draft|expect)\/[a-z0-9-]+)'/g)) found.set(m[1]!, p);
      }
    }
  };
  walk(join(ROOT, 'src'));
  return found;
}

describe('the code table', () => {
  it('has a row for every code the sources can emit, and no row nothing emits', () => {
    const emitted = emittedCodes();
    expect(emitted.size).toBeGreaterThan(20); // the scan finds them: it would pass vacuously otherwise
    for (const [code, file] of emitted) expect(CODE_BY_NAME.has(code), `${code} (${file})`).toBe(true);
    for (const row of CODES) expect(emitted.has(row.code), `${row.code} is never emitted`).toBe(true);
  });

  it('lists each code once, each with a description and an example', () => {
    expect(new Set(CODES.map((c) => c.code)).size).toBe(CODES.length);
    for (const row of CODES) expect(row.description.length * row.example.length, row.code).toBeGreaterThan(0);
  });

  it('is the README\'s Diagnostics table, row for row', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    for (const row of CODES) expect(readme, row.code).toContain(`| \`${row.code}\` | ${row.severity} | ${row.description} |`);
  });

  it('gives a stage report the table severity', () => {
    expect(diagnostic('figure/number-too-long', 'm', { source: 'a' }).severity).toBe('info');
    expect(diagnostic('load/empty', 'm', { source: 'a' }).severity).toBe('warning');
    expect(severityOf('load/not-utf8')).toBe('error');
  });
});
