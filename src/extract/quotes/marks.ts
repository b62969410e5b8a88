/**
 * Quote-mark pairs. A mark may open, close, or (straight marks) do either; the
 * scanner decides from the characters around it.
 *   “ ” English   „ “ German   „ ” Polish   « » French   ‘ ’ single   " ' straight   '' NYT   `` ''
 * Double marks of English copy pair with each other whatever their shape: wire copy mixes
 * them (“We won," / "We won” / “We won“), so any of ” " “ closes “ or ".
 */
export type MarkRole = 'open' | 'close' | 'either';

interface MarkInfo {
  readonly role: MarkRole;
  /** Marks that may close a quote opened by this one. */
  readonly closers: readonly string[];
  readonly double: boolean;
}

// Wire copy also closes a straight or curly opening mark with two apostrophes: "We won,'' she said.
const ENGLISH_CLOSERS = ['”', '"', '“', "''"];

export const MARKS: ReadonlyMap<string, MarkInfo> = new Map<string, MarkInfo>([
  ['“', { role: 'either', closers: ENGLISH_CLOSERS, double: true }],
  // A ” with nothing open may open, reversed: ”We won,” she said.
  ['”', { role: 'close', closers: ['”', '"'], double: true }],
  ['„', { role: 'open', closers: ['“', '”'], double: true }],
  ['‟', { role: 'open', closers: ['”'], double: true }],
  ['«', { role: 'open', closers: ['»'], double: true }],
  ['»', { role: 'close', closers: ['«'], double: true }],
  ['"', { role: 'either', closers: ENGLISH_CLOSERS, double: true }],
  // ''We won,'' she said. — two apostrophes, one token, the NYT's double mark.
  ["''", { role: 'either', closers: ["''"], double: true }],
  // ``We won,'' she said. — copy typed for typesetting opens with two backticks.
  ['``', { role: 'open', closers: ["''", '"', '”'], double: true }],
  ['‘', { role: 'open', closers: ['’'], double: false }],
  ['‚', { role: 'open', closers: ['‘', '’'], double: false }],
  ['’', { role: 'close', closers: ['’'], double: false }],
  ['‹', { role: 'open', closers: ['›'], double: false }],
  ['›', { role: 'close', closers: ['‹'], double: false }],
  ["'", { role: 'either', closers: ["'"], double: false }],
]);
