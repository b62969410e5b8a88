import { foldName, sameName } from '../reconcile/names.js';

/** Canonical name → the other spellings a team knows it by (config `aliases`). */
export type Aliases = Readonly<Record<string, readonly string[]>>;

/**
 * Same speaker? Transliteration-tolerant (`sameName`: Khalid / Khaled),
 * plus the config's aliases for what similarity misses ("Mao Zedong" / "Mao Tse-tung").
 */
export function sameSpeaker(a: string, b: string, aliases: Aliases = {}): boolean {
  if (sameName(a, b)) return true;
  const ca = canonical(a, aliases);
  const cb = canonical(b, aliases);
  return ca !== null && ca === cb;
}

function canonical(name: string, aliases: Aliases): string | null {
  const folded = foldName(name);
  for (const [main, variants] of Object.entries(aliases)) {
    if (foldName(main) === folded || variants.some((v) => foldName(v) === folded)) return foldName(main);
  }
  return null;
}

/** `seeds/002_x.txt` → `002_x.txt`: short enough to sit inside a message. */
export const baseName = (path: string): string => path.slice(path.lastIndexOf('/') + 1);

export const placeLabel = (p: { path: string; line: number; column: number }): string => `${baseName(p.path)}:${p.line}:${p.column}`;

/** A quote cut to fit a one-line message. */
export function excerpt(text: string, max = 60): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}
