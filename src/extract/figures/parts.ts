import type { FigureMention } from '../../model/mention.js';
import type { RawFigure } from './find.js';
import type { Word } from './words.js';

/**
 * A total told as its parts: "7 people were seriously injured and 40 suffered minor injuries" (47 hurt), "at
 * least 60 were kept in hospital while 240 were treated as outpatients" (at least 300). Two counts side by side,
 * joined by "and", "while", "whereas", "with" or a comma, that split one whole along one line: how badly people
 * were hurt, or whether they stayed in hospital. Each part must name its own side of that line ("seriously" /
 * "slightly", "hospitalised" / "outpatients"); "5 dead and 20 injured" and "20 injured, 6 of them seriously"
 * split nothing. The whole is the hurt: the derived total's subject is "injured", as a toll's.
 */
type Side = 'severity:high' | 'severity:low' | 'care:in' | 'care:out';

const HIGH = new Set(['seriously', 'severely', 'critically', 'gravely', 'badly', 'serious', 'severe', 'critical', 'grave']);
const LOW = new Set(['slightly', 'lightly', 'mildly', 'minor', 'mild', 'light', 'superficial']);
const IN = new Set(['hospitalised', 'hospitalized', 'hospital', 'hospitals', 'admitted', 'inpatient', 'inpatients']);
const OUT = new Set(['outpatient', 'outpatients', 'released', 'discharged']);
/** Severity splits the hurt only when the words say hurt ("3 serious crimes and 10 minor ones" split no toll). */
const HURT = /^(?:injur|wound|hurt|casualt)/;
const LINKS = new Set(['and', 'while', 'whereas', 'with', 'plus', ',']);
/** A part's words run to the next figure, at most this many words. */
const MAX_PART = 14;

function sidesOf(words: readonly Word[], from: number, to: number): { sides: Set<Side>; hurt: boolean } {
  const sides = new Set<Side>();
  let hurt = false;
  for (let k = from; k < Math.min(to, from + MAX_PART); k++) {
    const w = words[k]!;
    if (w.text === ';' || w.text === '.') break;
    const n = w.norm;
    if (HURT.test(n)) hurt = true;
    // "less seriously hurt" is the lighter side.
    if (HIGH.has(n)) sides.add(words[k - 1]?.norm === 'less' ? 'severity:low' : 'severity:high');
    else if (LOW.has(n)) sides.add('severity:low');
    if (OUT.has(n)) sides.add('care:out');
    else if (IN.has(n)) sides.add('care:in');
  }
  // "treated in hospital and released", "discharged from hospital": out of hospital.
  if (sides.has('care:out')) sides.delete('care:in');
  return { sides, hurt };
}

/** Two sides of one line, one part each: the line they split, or null. */
function oneLine(a: Set<Side>, b: Set<Side>): 'severity' | 'care' | null {
  for (const line of ['severity', 'care'] as const) {
    const mine = [...a].filter((s) => s.startsWith(line));
    const theirs = [...b].filter((s) => s.startsWith(line));
    if (mine.length === 1 && theirs.length === 1 && mine[0] !== theirs[0]) return line;
  }
  return null;
}

const isPlainCount = (f: FigureMention) => f.unit === 'count' && f.measure === 'count' && Number.isInteger(f.value) && f.value > 0 && f.scope !== 'part' && f.scope !== 'increment' && f.rule !== 'count-compound';

/**
 * Totals of the sentence's counts told as parts. `raw` and `mentions` are the sentence's figures, in one order.
 * `text` is the source's text: each total's span and each part's text are cut from it.
 */
export function partTotals(text: string, words: readonly Word[], raw: readonly RawFigure[], mentions: readonly FigureMention[]): FigureMention[] {
  const out: FigureMention[] = [];
  for (let i = 0; i + 1 < raw.length; i++) {
    const [a, b] = [raw[i]!, raw[i + 1]!];
    const [ma, mb] = [mentions[i]!, mentions[i + 1]!];
    if (!isPlainCount(ma) || !isPlainCount(mb) || !LINKS.has(words[b.first - 1]?.norm ?? '')) continue;
    const after = raw[i + 2]?.first ?? words.length;
    const first = sidesOf(words, a.first, b.first);
    const second = sidesOf(words, b.first, after);
    const line = oneLine(first.sides, second.sides);
    if (!line || (line === 'severity' && !first.hurt && !second.hurt)) continue;
    const min = (ma.min ?? 0) + (mb.min ?? 0);
    const max = ma.max === null || mb.max === null ? null : ma.max + mb.max;
    const qualifier = max === null ? 'at least' : min === max ? 'exact' : 'about';
    out.push({
      source: ma.source, start: ma.start, end: mb.end, text: text.slice(ma.start, mb.end),
      value: ma.value + mb.value, unit: 'count', measure: 'count', qualifier, min, max, subject: 'injured', rule: 'count-parts',
      ...(ma.people ? { people: ma.people } : {}), ...(ma.scope === 'total' || ma.scope === 'past' ? { scope: ma.scope } : {}), ...(ma.days ? { days: ma.days } : {}),
      summary: true,
      parts: [ma, mb].map((m) => ({ start: m.start, end: m.end, text: m.text })),
    });
    i++;
  }
  return out;
}
