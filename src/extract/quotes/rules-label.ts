import type { Named, QuoteContext } from './context.js';
import type { Verdict } from './verdict.js';

/**
 * A transcript inside quote marks names each turn's speaker with a label in capitals:
 * "HOLM: Will you sign? VARGA: Not this week." — the label is the speaker of the passage it opens.
 * The label is matched to the article's actor of that surname; else the label itself names them.
 */
export function transcriptLabel(ctx: QuoteContext, index: number): Verdict | null {
  const p = ctx.passages[index]!;
  // An unmarked turn ("HOLM: Why now?") opens at its colon; the label stands before it.
  const first = p.rule === 'transcript-turn' ? p.open : p.open + 1;
  let k = first;
  // "HOLM:", "MR. VARGA:", "SEN. ANA RUIZ:": one to three capitalised words (and a period), then a colon.
  while (k < first + 5 && isCapitalWord(ctx, k)) k++;
  if (k === first || ctx.doc.tokens[k]?.text !== ':') return null;
  // A turn starts a sentence: "NATO: we stand firm" is a slogan, not a transcript.
  if (!/^[\p{Lu}\p{N}"“‘'(\[]/u.test(ctx.doc.tokens[k + 1]?.text ?? '')) return null;
  let head = k - 1;
  while (head > first && ctx.doc.tokens[head]!.kind !== 'word') head--;
  const label = fold(ctx.doc.tokens[head]!.text);
  if (label.length < 2) return null;
  const actor = ctx.actors.find((a) => a.kind === 'person' && fold(a.name.split(/\s+/).pop() ?? '') === label);
  const named: Named = { first, end: k, actor: actor?.local ?? null, pronoun: null, anonymous: false, unlinked: actor === undefined };
  return { named, cue: [k, k + 1], confidence: actor ? 0.9 : 0.8 };
}

/**
 * The name a label no actor holds stands for, as a reader writes it: "DANA KOVE" → "Dana Kove",
 * and "KOVE" → "Dana Kove" when a fuller label of the same surname opens another turn.
 */
export function labelName(ctx: QuoteContext, label: string): string {
  const words = label.split(/\s+/);
  const fuller = fullestLabels(ctx).get(fold(words[words.length - 1]!));
  const best = fuller && fuller.length > words.length ? fuller : words;
  return best.map((w) => w.charAt(0) + w.slice(1).toLowerCase()).join(' ');
}

/** The longest label of each surname among the source's unmarked turns, computed once per source. */
const FULLEST = new WeakMap<QuoteContext, Map<string, string[]>>();
function fullestLabels(ctx: QuoteContext): Map<string, string[]> {
  let map = FULLEST.get(ctx);
  if (map) return map;
  map = new Map();
  for (const p of ctx.passages) {
    if (p.rule !== 'transcript-turn') continue;
    const words = ctx.doc.text.slice(ctx.doc.tokens[p.open]!.start, p.start).replace(/\s*:\s*$/, '').split(/\s+/);
    const key = fold(words[words.length - 1]!);
    if (words.length > (map.get(key)?.length ?? 0)) map.set(key, words);
  }
  FULLEST.set(ctx, map);
  return map;
}

function isCapitalWord(ctx: QuoteContext, k: number): boolean {
  const t = ctx.doc.tokens[k];
  if (!t) return false;
  if (t.text === '.') return k > 0 && ctx.doc.tokens[k - 1]!.end === t.start;
  return t.kind === 'word' && /\p{Lu}{2}/u.test(t.text) && t.text === t.text.toUpperCase();
}

const fold = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toUpperCase();
