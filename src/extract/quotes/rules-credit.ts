import type { QuoteContext } from './context.js';
import { lastTokenOfParagraph } from './context.js';
import { speakerAt } from './phrase.js';
import type { Verdict } from './verdict.js';
import type { Named } from './context.js';
import { sentenceSubject } from './rules-before.js';

/** Nouns of a text that carries words, not of who said them: "a statement", "the report", "court papers". */
const DOCUMENT_NOUNS: ReadonlySet<string> = new Set(['statement', 'statements', 'report', 'reports', 'release', 'filing', 'filings', 'papers', 'documents',
  'records', 'complaint', 'affidavit', 'transcript', 'transcripts', 'indictment', 'letter', 'memo', 'email', 'e-mail', 'post', 'tweet']);

/** The phrase's head noun, before any "from …" or "by …" after it, is a document's. */
function isDocument(ctx: QuoteContext, named: Named): boolean {
  let k = named.first;
  while (k < named.end && !/^(?:from|by|of|issued|released)$/.test(ctx.doc.tokens[k]!.norm)) k++;
  return k > named.first && DOCUMENT_NOUNS.has(ctx.doc.tokens[k - 1]!.norm);
}

/** Attributions that are not a verb of saying: a dash credit, "according to". */

/** “…” ― Jane Roe   “…” — Jane Roe, a voter in Leeds: a credit after the quote names its speaker. */
export function dashCredit(ctx: QuoteContext, index: number): Verdict | null {
  const p = ctx.passages[index]!;
  if (p.close === null) return null;
  const dash = p.close + 1;
  const para = lastTokenOfParagraph(ctx.doc, p.paragraph);
  const t = ctx.doc.tokens[dash];
  if (!t || dash > para || !/^(?:[―—–]|-|--)$/.test(t.text)) return null;
  const named = speakerAt(ctx, dash + 1, para + 1);
  if (!named || named.pronoun) return null;
  const next = ctx.doc.tokens[named.through ?? named.end];
  // "— Harlow on his old chairman": what the words were about may follow the name.
  const closes = !next || (named.through ?? named.end) > para || /^(?:[,.(;]|on|about)$/.test(next.norm);
  return closes ? { named, cue: [dash, dash + 1], confidence: named.actor ? 0.9 : 0.85 } : null;
}

/** “…,” according to X.  … “takes it seriously” and is “studying it”, according to X. */
export function accordingTo(ctx: QuoteContext, index: number): Verdict | null {
  const p = ctx.passages[index]!;
  if (p.close === null) return null;
  const from = p.close + 1;
  // The attribution ends the sentence within a few dozen words; a bound keeps run-on text linear.
  const end = Math.min(ctx.doc.sentences[ctx.sentenceOf[p.close]!]!.endToken, from + 60);
  for (let i = from; i + 1 < end; i++) {
    if (ctx.inQuote[i]) continue;
    if (ctx.doc.tokens[i]!.norm === 'according' && ctx.doc.tokens[i + 1]!.norm === 'to') {
      const named = speakerAt(ctx, i + 2, end);
      // "Ana Ruiz said the pier “will reopen”, according to a statement": the statement is where the words
      // were published, the sentence's subject who said them.
      if (named && named.anonymous && !named.actor && isDocument(ctx, named) && sentenceSubject(ctx, index)) return null;
      if (named) return { named, cue: [i, i + 2], confidence: 0.9 };
    }
  }
  return null;
}
