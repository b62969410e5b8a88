import { compareText } from './paths.js';

/** Stdin has no file name; its id is fixed. */
export const STDIN_ID = 'stdin';

/**
 * Source ids from display paths (sorted): the base name without `.txt`
 * (`seeds/000_41f1.txt` → `000_41f1`), or, when two files share a base name,
 * the path without `.txt` for each of them (`a/notes`, `b/notes`). Ids are
 * computed over every file found, readable or not, so one bad file does not
 * rename the others between runs. A clash that survives (`stdin.txt` next to
 * stdin) gets `-2`, `-3`, … in path order.
 */
export function assignIds(paths: readonly string[]): Map<string, string> {
  const base = new Map<string, string>();
  const counts = new Map<string, number>();
  for (const p of paths) {
    const b = p === '-' ? STDIN_ID : stripTxt(p.slice(p.lastIndexOf('/') + 1));
    base.set(p, b);
    counts.set(b, (counts.get(b) ?? 0) + 1);
  }
  const ids = new Map<string, string>();
  const taken = new Set<string>();
  for (const p of [...paths].sort(compareText)) {
    const b = base.get(p)!;
    let id = (counts.get(b) ?? 0) > 1 && p !== '-' ? stripTxt(p) : b;
    for (let n = 2; taken.has(id); n++) id = `${b}-${n}`;
    taken.add(id);
    ids.set(p, id);
  }
  return ids;
}

function stripTxt(p: string): string {
  return p.toLowerCase().endsWith('.txt') ? p.slice(0, -4) : p;
}
