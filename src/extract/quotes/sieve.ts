import { cueAfter } from './rules-after.js';
import { accordingTo, dashCredit } from './rules-credit.js';
import { colonSubject, cueBefore, labelColon, previousSentenceCue, sentenceSubject } from './rules-before.js';
import { continuedParagraph, continuingParticiple, sameParagraph } from './rules-inherit.js';
import { transcriptLabel } from './rules-label.js';
import type { Rule } from './verdict.js';

export type { Rule, Verdict } from './verdict.js';

/**
 * Speaker attribution: ordered rules, the first that fires wins and its name is recorded
 * (a verdict may name a more precise rule, e.g. `participle-clause` from `cue-before-quote`).
 * Each rule's example shows the pattern it reads (X = the speaker).
 */
export const SIEVE: readonly Rule[] = [
  // "X: Will you sign? …" — a transcript turn in marks, labelled in capitals.
  { name: 'transcript-label', apply: transcriptLabel },
  // “…,” said X.   “…,” X said.   “…,” X, a former aide, said.   “Why?” X asked.
  { name: 'cue-after-quote', apply: cueAfter },
  // X said: “…”   X told reporters: “…” (also across the paragraph break)   he said, “…”   X …, telling Y, “…”
  { name: 'cue-before-quote', apply: cueBefore },
  // “…” ― X
  { name: 'dash-credit', apply: dashCredit },
  // “…,” according to X.
  { name: 'according-to', apply: accordingTo },
  // Heading - X: “…”
  { name: 'label-colon', apply: labelColon },
  // X was blunt: “…”   X was blunt — “…” — a colon or dash hands the quote to the clause's subject.
  { name: 'colon-subject', apply: colonSubject },
  // “A,” adding, “B.” — B continues A's speaker.
  { name: 'continuing-participle', apply: continuingParticiple },
  // X hailed the deal as “a turning point”.   X said the repairs would be “finished by spring”.
  { name: 'sentence-subject', apply: sentenceSubject },
  // “A,” X said. “B.” — a second passage in the same paragraph with no cue of its own.
  { name: 'same-paragraph', apply: sameParagraph },
  // X said the plan would come in stages. “First we fix the roof.” — the cue is the sentence before.
  { name: 'previous-sentence-cue', apply: previousSentenceCue },
  // ¶ “A,” X said.  ¶ “B.” — a paragraph of quote only continues the previous paragraph's speaker.
  { name: 'continued-paragraph', apply: continuedParagraph },
];
