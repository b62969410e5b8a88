/**
 * The segmented view of one source. Every offset is a UTF-16 index into
 * `Source.text` exactly as read: nothing here is normalised in place.
 */
export interface Token {
  readonly start: number;
  readonly end: number;
  /** Exact text, `source.text.slice(start, end)`. */
  readonly text: string;
  /** Lower-cased, quote marks/apostrophes folded to ASCII, for matching. */
  readonly norm: string;
  /** `word` (letters/digits, may hold ' - . inside), `punct`, `quote` (a quote mark). */
  readonly kind: 'word' | 'punct' | 'quote';
  /**
   * No white space before it: the previous token ends where this one starts ("€" then "500"). With
   * `joined` (always false: only a part of a hyphenated word is joined), a token is already a scanner's
   * word (extract/figures/words.ts), so the figure and date scanners need no copy of most tokens.
   */
  readonly glued: boolean;
  readonly joined: false;
}

export interface Sentence {
  readonly start: number;
  readonly end: number;
  /** Index into ParsedSource.paragraphs. */
  readonly paragraph: number;
  /** Token index range [firstToken, endToken) into ParsedSource.tokens. */
  readonly firstToken: number;
  readonly endToken: number;
}

export interface Paragraph {
  readonly start: number;
  readonly end: number;
  /** Sentence index range [firstSentence, endSentence). */
  readonly firstSentence: number;
  readonly endSentence: number;
  /** Looks like a heading: no closing punctuation, mostly capitalised or all caps. */
  readonly heading: boolean;
  /** A byline or credit line ("By Jane Doe", "Source: Harbour Post", "--Agencies"). */
  readonly credit: boolean;
}

export interface ParsedSource {
  readonly id: string;
  readonly text: string;
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: readonly Sentence[];
  readonly tokens: readonly Token[];
  /** Offsets where each line starts (line 1 starts at 0). */
  readonly lineStarts: readonly number[];
}
