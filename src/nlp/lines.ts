import type { Token } from './types.js';

/**
 * Credit and byline lines are not prose: their names are not actors, and the
 * outlet they credit is recorded on the source.
 *   "By Jane Doe"  "Reporting by Ana Ruiz; Editing by Tom Hale"  "Source: Harbour Post"
 *   "Article Source: harbour post"  "--Agencies"  "(c) 2024 Harbour Post"
 *   "Berg reported from Oslo. Ana Ruiz in Lima contributed to this report."
 */
const CREDIT_LINES: readonly RegExp[] = [
  /^(?:by|reporting by|writing by|editing by|additional reporting by|compiled by|written by)\s/i,
  /^(?:article\s+)?(?:source|sources|credit|via)\s*:/i,
  /^[-–—]{1,3}\s*[\p{L}][\p{L} .&'-]{0,40}$/u,
  /^(?:©|\(c\)|copyright)\s/i,
  // "Brooks reported from Dublin. Yuki Sato in Tokyo contributed to this report."
  /contributed (?:to )?(?:this |the )?(?:report|reporting|story)\.?\)?$/i,
  /^\(?(?:additional )?reporting by\s/i,
];

export type LineKind = 'prose' | 'heading' | 'credit';

/**
 * "By the time the report was out, the town was calm.": a sentence that opens with "by" and a word in
 * lower case, closed by its stop, is prose; a byline names someone ("By Jane Doe", "By staff reporters").
 */
const BY_SENTENCE = /^[Bb]y\s+\p{Ll}(?:\S+\s+){7,}.*[.!?]["”’']?$/u;

export function classifyLine(line: string, tokens: readonly Token[]): LineKind {
  const trimmed = line.trim();
  if (CREDIT_LINES.some((re) => re.test(trimmed)) && !BY_SENTENCE.test(trimmed)) return 'credit';
  const words = tokens.filter((t) => t.kind === 'word' && /\p{L}/u.test(t.text));
  if (words.length === 0) return 'heading';
  const last = tokens[tokens.length - 1]!.text;
  const closed = /[.!?:;"”’»)]$/.test(last);
  if (closed || words.length > 18) return 'prose';
  const letters = trimmed.replace(/[^\p{L}]/gu, '');
  if (letters.length > 3 && letters === letters.toUpperCase()) return 'heading';
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w.text)).length;
  return capitalised / words.length >= 0.6 ? 'heading' : 'prose';
}
