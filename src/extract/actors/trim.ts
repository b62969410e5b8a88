import type { ParsedSource } from '../../nlp/types.js';
import type { NameMention } from './classify.js';
import { isNameSuffix, spanKey } from './words.js';

/**
 * "Peter Vale Joins Panel As Host", "Dana Ruiz Named as the Lead": a title-case line glues a verb to a
 * name. A person's name of three words or more whose first words the article gives elsewhere as the
 * full name, and whose last word it never uses as a name on its own, loses that last word.
 */
export function trimGluedWords(doc: ParsedSource, mentions: readonly NameMention[]): NameMention[] {
  const keyOf = (first: number, end: number) => spanKey(doc, first, end);
  const keys = new Set(mentions.filter((m) => m.kind === 'person' || m.kind === null).map((m) => keyOf(m.first, m.end)));
  return mentions.map((m) => {
    if (m.kind !== 'person' || m.end - m.first < 3 || isNameSuffix(doc.tokens[m.end - 1]!)) return m;
    const shorter = keyOf(m.first, m.end - 1);
    const last = keyOf(m.end - 1, m.end);
    return shorter.includes(' ') && keys.has(shorter) && !keys.has(last) ? { ...m, end: m.end - 1 } : m;
  });
}

/**
 * "SeaVexa" and "Sea Vexa" in one article: a company's name written with a space is the company, not
 * a person called Sea Vexa (it then links by its letters, see link.ts).
 */
export function markSpacedNames(doc: ParsedSource, mentions: readonly NameMention[]): NameMention[] {
  const keyOf = (m: NameMention) => spanKey(doc, m.first, m.end);
  const orgs = new Set(mentions.filter((m) => !m.weak && m.kind === 'organization' && m.end - m.first === 1).map(keyOf));
  if (orgs.size === 0) return [...mentions];
  return mentions.map((m) => (m.end - m.first > 1 && m.kind !== 'organization' && m.rule !== 'title-name' && orgs.has(keyOf(m).replace(/ /g, '')) ? { ...m, kind: 'organization' as const, roles: [], rule: 'spaced-name' } : m));
}
