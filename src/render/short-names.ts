import type { SourceInfo } from '../model/source.js';

const MIN_PREFIX = 3;

/** `000_41f182e5ede7fa12` → `000`: the part before the first `_`, or the whole id. */
const head = (id: string): string => {
  const cut = id.indexOf('_');
  return cut === -1 ? id : id.slice(0, cut);
};

/**
 * Short, unique labels for sources in tables: the part before the first `_`
 * when no other source shares it, else the shortest prefix (at least 3 chars)
 * that no other id starts with, else the whole id.
 */
export function shortSourceNames(sources: readonly SourceInfo[]): Map<string, string> {
  const ids = [...new Set(sources.map((s) => s.id))];
  const headCount = new Map<string, number>();
  for (const id of ids) headCount.set(head(id), (headCount.get(head(id)) ?? 0) + 1);
  const names = new Map<string, string>();
  for (const id of ids) {
    names.set(id, headCount.get(head(id)) === 1 ? head(id) : uniquePrefix(id, ids));
  }
  return names;
}

function uniquePrefix(id: string, ids: readonly string[]): string {
  for (let n = MIN_PREFIX; n < id.length; n++) {
    const prefix = id.slice(0, n);
    if (ids.every((other) => other === id || !other.startsWith(prefix))) return prefix;
  }
  return id;
}
