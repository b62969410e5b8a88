import type { RawFigure } from './find.js';
import type { Word } from './words.js';

/**
 * "No one was hurt", "nobody died", "there were no casualties": a toll of zero, said outright. Set against
 * "three people were injured" in another outlet it is a disagreement a reporter must see, so it is a
 * count like any other (value 0, subject "people injured" or the noun: "casualties").
 *
 * Not a zero: "no immediate reports of injuries" (nothing known yet); "no one was seriously hurt" (some
 * may be hurt lightly), "none of the staff" (a share).
 */
export function zeroCountAt(words: readonly Word[], i: number): RawFigure | null {
  const w = words[i]!.norm;
  let k: number;
  if (w === 'nobody' || w === 'none') k = i + 1;
  else if (w === 'no' && words[i + 1]?.norm === 'one') k = i + 2;
  else if (w === 'no' && TOLL_NOUNS.has(words[i + 1]?.norm ?? '')) {
    const noun = words[i + 1]!;
    // "no dead or wounded", "no deaths or injuries": none of either toll, as "no casualties" says.
    const other = /^(?:or|and)$/.test(words[i + 2]?.norm ?? '') ? words[i + 3]?.norm ?? '' : '';
    if (NOUN_TOLL.get(other) !== undefined && NOUN_TOLL.get(other) !== NOUN_TOLL.get(noun.norm)) return { ...ZERO, first: i, next: i + 4, subject: 'casualties' };
    // "no casualties were reported", "there were no injuries": the noun is the subject.
    return { ...ZERO, first: i, next: i + 2, subject: noun.norm };
  } else return null;
  if (w === 'none' && words[k]?.norm === 'of') return null; // "none of the staff": a share, not a toll
  // "no one was (reported) injured", "nobody died", "no one else was hurt"
  if (words[k]?.norm === 'else') k++;
  if (/^(?:has|have|had)$/.test(words[k]?.norm ?? '') && words[k + 1]?.norm === 'been') k += 2;
  else if (BE.has(words[k]?.norm ?? '')) k++;
  if (words[k]?.norm === 'reported') k++;
  // "no one was seriously hurt", "nobody was hurt badly": a narrower claim, some may be hurt.
  if (NARROWING.has(words[k]?.norm ?? '')) return null;
  const verb = words[k]?.norm ?? '';
  const subject = TOLL_VERBS.get(verb);
  if (!subject) return null;
  if (NARROWING.has(words[k + 1]?.norm ?? '')) return null;
  // "no one was killed or injured": none of either toll, as "no casualties" says.
  const other = /^(?:or|and)$/.test(words[k + 1]?.norm ?? '') ? TOLL_VERBS.get(words[k + 2]?.norm ?? '') : undefined;
  if (other && other !== subject && !NARROWING.has(words[k + 3]?.norm ?? '')) return { ...ZERO, first: i, next: k + 3, subject: 'casualties' };
  return { ...ZERO, first: i, next: k + 1, subject };
}

const ZERO = { value: 0, unit: 'count', measure: 'count' as const, qualifier: 'exact', min: 0, max: 0, rule: 'zero-toll' };
const BE = new Set(['was', 'were', 'is', 'are', 'been']);
/** The verb of a toll, and the subject a count of it gets elsewhere ("three people were injured" → "people injured"). */
const TOLL_VERBS: ReadonlyMap<string, string> = new Map([
  ['killed', 'people killed'], ['died', 'people killed'], ['dead', 'people killed'],
  ['injured', 'people injured'], ['hurt', 'people injured'], ['wounded', 'people injured'], ['harmed', 'people injured'],
]);
/** Nouns of a toll after "no": "no casualties", "no deaths". */
const TOLL_NOUNS: ReadonlySet<string> = new Set(['casualties', 'deaths', 'fatalities', 'injuries', 'dead']);
/** Which toll a noun after "no" counts: the dead, the hurt, or both ("casualties"). */
const NOUN_TOLL: ReadonlyMap<string, string> = new Map([
  ['deaths', 'kill'], ['fatalities', 'kill'], ['dead', 'kill'], ['killed', 'kill'],
  ['injuries', 'wound'], ['injured', 'wound'], ['wounded', 'wound'], ['casualties', 'both'],
]);
const NARROWING: ReadonlySet<string> = new Set(['badly', 'seriously', 'critically', 'severely', 'gravely', 'fatally']);
