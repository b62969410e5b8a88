import type { ParsedSource } from '../nlp/types.js';

/**
 * The outlet a source credits, from its credit lines, strongest first:
 *   "Source: Harbour Post"   "Article Source: harbour post"   "LAGOS (Wire News) —"   "--Agencies"
 */
const RULES: ReadonlyArray<{ readonly re: RegExp; readonly credit: boolean }> = [
  { re: /^(?:article\s+)?(?:source|credit|via)\s*:\s*([\p{L}][\p{L}\p{N} .&'’-]{0,60}?)\s*\.?$/iu, credit: true },
  // A dateline: "ROTTERDAM, Netherlands (HarbourWire) —", "LISBON, Aug 14 (IberiaWire) -".
  { re: /^\|?\s*[\p{Lu}][\p{L}\p{N} ,.'/-]{1,50}?\(([\p{Lu}][\p{L} .&]{0,30})\)\s*[-–—]/u, credit: false },
  { re: /^[-–—]{1,3}\s*([\p{L}][\p{L} .&'-]{0,40}?)\s*$/u, credit: true },
  // A masthead: "Harbour Live | Updated 2.15pm", "City Post | Published 14 May".
  { re: /^([\p{Lu}][\p{L}\p{N} .&'-]{1,40}?)\s*\|\s*(?:updated|published|posted|last updated)\b/iu, credit: false },
];

export function findOutlet(doc: ParsedSource): string | null {
  for (const rule of RULES) {
    for (const p of doc.paragraphs) {
      if (rule.credit !== p.credit) continue;
      const m = rule.re.exec(doc.text.slice(p.start, p.end).trim());
      if (m?.[1]) return tidy(m[1]);
    }
  }
  return null;
}

/** "harbour post" → "Harbour Post"; names already capitalised are kept as written. */
function tidy(name: string): string {
  const t = name.trim();
  return t === t.toLowerCase() ? t.replace(/(^|\s)\p{L}/gu, (c) => c.toUpperCase()) : t;
}
