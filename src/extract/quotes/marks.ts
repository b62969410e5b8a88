/**
 * Quote-mark pairs. A mark may open, close, or (straight marks) do either; the
 * scanner decides from the characters around it.
 *   “ ” English   „ “ German   „ ” Polish   « » French   ‘ ’ single   " ' straight
 */
export type MarkRole = 'open' | 'close' | 'either';

interface MarkInfo {
  readonly role: MarkRole;
  /** Marks that may close a quote opened by this one. */
  readonly closers: string;
  readonly double: boolean;
}

export const MARKS: ReadonlyMap<string, MarkInfo> = new Map<string, MarkInfo>([
  ['“', { role: 'either', closers: '”', double: true }],
  ['”', { role: 'close', closers: '”', double: true }],
  ['„', { role: 'open', closers: '“”', double: true }],
  ['‟', { role: 'open', closers: '”', double: true }],
  ['«', { role: 'open', closers: '»', double: true }],
  ['»', { role: 'close', closers: '«', double: true }],
  ['"', { role: 'either', closers: '"', double: true }],
  ['‘', { role: 'open', closers: '’', double: false }],
  ['‚', { role: 'open', closers: '‘’', double: false }],
  ['’', { role: 'close', closers: '’', double: false }],
  ['‹', { role: 'open', closers: '›', double: false }],
  ['›', { role: 'close', closers: '‹', double: false }],
  ["'", { role: 'either', closers: "'", double: false }],
]);
