import { HOLIDAYS } from '../../lexicon/holidays.js';
import { isCapitalised, type Word } from '../figures/words.js';
import { directionBefore } from './tense.js';
import type { Base, RawDate } from './types.js';

/** "Thanksgiving Day", "last Christmas", "over Easter" (lexicon/holidays.ts): a day whose year the tense picks. */
const BY_FIRST = new Map<string, Array<(typeof HOLIDAYS)[number]>>();
for (const h of HOLIDAYS) BY_FIRST.set(h.words[0]!, [...(BY_FIRST.get(h.words[0]!) ?? []), h]);

/** First words of the holidays' names: a capitalised word outside these, the months and the weekdays starts no date of its own. */
export const HOLIDAY_STARTS: ReadonlySet<string> = new Set(BY_FIRST.keys());

export function holidayAt(words: readonly Word[], i: number, base: Base): RawDate | null {
  const rows = BY_FIRST.get(words[i]!.norm);
  if (!rows || !isCapitalised(words[i])) return null;
  for (const h of rows) {
    if (!h.words.every((x, k) => words[i + k]?.norm === x)) continue;
    const next = i + h.words.length;
    // "Christmas tree", "Easter egg" still date nothing in particular; a holiday then a capitalised word is a name ("Easter Island")
    if (isCapitalised(words[next]) && words[next]!.kind === 'word') return null;
    const prev = words[i - 1]?.norm ?? '';
    const strict = prev === 'last' || prev === 'next';
    const direction = prev === 'next' ? 1 : prev === 'last' ? -1 : directionBefore(words, i, true);
    const first = strict || prev === 'this' ? i - 1 : i;
    const relative = h.easter !== undefined
      ? { type: 'easter' as const, n: 0, direction, ...(strict ? { strict } : {}), ...(h.easter ? { days: h.easter } : {}) }
      : h.weekday !== undefined
        ? { type: 'holiday' as const, n: h.month!, day: h.day!, weekday: h.weekday, direction, ...(strict ? { strict } : {}) }
        : { type: 'monthday' as const, n: h.month!, day: h.day!, direction, ...(strict ? { strict } : {}) };
    // "the Boxing Day storm in 1999", "the Christmas Day attack in 2009": a fixed day whose clause names its year.
    const year = strict || prev === 'this' || h.easter !== undefined || h.weekday !== undefined ? null : yearAfter(words, next);
    if (year !== null) return { ...base, first, next, value: `${year}-${String(h.month).padStart(2, '0')}-${String(h.day).padStart(2, '0')}`, granularity: 'day', rule: h.rule };
    return { ...base, first, next, value: null, granularity: 'day', relative, rule: h.rule };
  }
  return null;
}

/** The year of "in 1999" within the next few words of the clause (no comma or stop between), or null. */
function yearAfter(words: readonly Word[], next: number): number | null {
  for (let k = next; k < Math.min(words.length - 1, next + YEAR_REACH); k++) {
    const w = words[k]!;
    if (w.kind === 'quote') continue; // the "Boxing Day" storm
    if (w.kind !== 'word') return null;
    if (w.norm === 'in' && /^(?:1[89]|20)\d\d$/.test(words[k + 1]!.text)) return Number(words[k + 1]!.text);
  }
  return null;
}

/** Words after a holiday's name its year may stand in: "the Boxing Day storm and floods in 1999". */
const YEAR_REACH = 7;
