import { describe, expect, it } from 'vitest';
import { assignIds } from '../../src/load/ids.js';

describe('assignIds', () => {
  it.each([
    { name: 'base name without .txt', paths: ['seeds/000_41f1.txt'], ids: ['000_41f1'] },
    { name: 'other extensions are kept', paths: ['notes.md'], ids: ['notes.md'] },
    { name: 'upper-case .TXT stripped', paths: ['A/REPORT.TXT'], ids: ['REPORT'] },
    { name: 'shared base names use the path', paths: ['a/x.txt', 'b/x.txt', 'c/y.txt'], ids: ['a/x', 'b/x', 'y'] },
    { name: 'stdin', paths: ['-'], ids: ['stdin'] },
    { name: 'stdin next to stdin.txt', paths: ['-', 'stdin.txt'], ids: ['stdin', 'stdin-2'] },
  ])('$name', ({ paths, ids }) => {
    const got = assignIds(paths);
    expect(paths.map((p) => got.get(p))).toEqual(ids);
  });

  it('does not depend on input order', () => {
    const a = assignIds(['b/x.txt', 'a/x.txt', '-', 'stdin.txt']);
    const b = assignIds(['stdin.txt', '-', 'a/x.txt', 'b/x.txt']);
    expect([...a.entries()].sort()).toEqual([...b.entries()].sort());
  });
});
