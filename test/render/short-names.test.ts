import { describe, expect, it } from 'vitest';
import { shortSourceNames } from '../../src/render/short-names.js';
import { source } from './sample-result.js';

describe('shortSourceNames', () => {
  it.each([
    { name: 'part before _ when unique', ids: ['000_41f182e5', '001_05538c84'], expected: ['000', '001'] },
    { name: 'no underscore, unique', ids: ['harbour', 'quay'], expected: ['harbour', 'quay'] },
    { name: 'shared part → shortest unique prefix of 3+', ids: ['000_41f1', '000_42aa', '001_9'], expected: ['000_41', '000_42', '001'] },
    { name: 'prefix never shorter than 3', ids: ['a_1', 'a_2'], expected: ['a_1', 'a_2'] },
    { name: 'prefixes that differ early still take 3 chars', ids: ['p_ab', 'p_cd'], expected: ['p_a', 'p_c'] },
    { name: 'head rule and prefix rule side by side', ids: ['xa_1', 'xb_1', 'xa'], expected: ['xa_', 'xb', 'xa'] },
    { name: 'id that is a prefix of another keeps its whole id', ids: ['abc', 'abc_x'], expected: ['abc', 'abc_'] },
    { name: 'mixed', ids: ['port_a', 'port_b', 'ship_1'], expected: ['port_a', 'port_b', 'ship'] },
  ])('$name', ({ ids, expected }) => {
    const names = shortSourceNames(ids.map((id) => source(id)));
    expect(ids.map((id) => names.get(id))).toEqual(expected);
    expect(new Set(names.values()).size).toBe(ids.length);
  });

  it('does not depend on input order', () => {
    const ids = ['000_41f1', '000_42aa', '001_9', 'abc'];
    const forward = shortSourceNames(ids.map((id) => source(id)));
    const backward = shortSourceNames([...ids].reverse().map((id) => source(id)));
    expect(ids.map((id) => backward.get(id))).toEqual(ids.map((id) => forward.get(id)));
  });
});
