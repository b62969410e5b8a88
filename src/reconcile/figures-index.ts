import { MAX_BLOCK } from './figures-keys.js';

/**
 * Blocking index for reconciliation: clusters are filed under (block, key)
 * pairs, block being the unit or date value and keys the content words of
 * the subject or event. A mention is compared only with clusters sharing a
 * block and a key, and keys filed under more than MAX_BLOCK clusters are
 * ignored as uninformative, so merging stays close to linear.
 */
export class BlockIndex {
  private readonly lists = new Map<string, number[]>();

  add(id: number, block: string, keys: readonly string[]): void {
    for (const k of keys.length === 0 ? [''] : keys) {
      const key = `${block}\u0000${k}`;
      const list = this.lists.get(key);
      if (list === undefined) this.lists.set(key, [id]);
      else if (list.length <= MAX_BLOCK && list[list.length - 1] !== id) list.push(id);
    }
  }

  /** Cluster ids sharing the block and a key, ascending (creation order). */
  candidates(block: string, keys: readonly string[]): number[] {
    const out = new Set<number>();
    for (const k of keys.length === 0 ? [''] : keys) {
      const list = this.lists.get(`${block}\u0000${k}`);
      if (list !== undefined && list.length <= MAX_BLOCK) for (const id of list) out.add(id);
    }
    return [...out].sort((a, b) => a - b);
  }
}

/** Union-find over cluster ids, to group pairwise conflicts into one conflict per component. */
export function components(n: number, pairs: ReadonlyArray<readonly [number, number]>): number[][] {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  for (const [a, b] of pairs) {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
  const groups = new Map<number, number[]>();
  for (const [a, b] of pairs) for (const x of [a, b]) {
    const r = find(x);
    const g = groups.get(r) ?? [];
    if (!g.includes(x)) g.push(x);
    groups.set(r, g);
  }
  return [...groups.values()].map((g) => g.sort((x, y) => x - y)).sort((x, y) => x[0]! - y[0]!);
}
