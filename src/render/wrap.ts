/**
 * Wraps plain text (no ANSI codes) at spaces so each line is at most `width`
 * characters, keeping the spacing between words that stay on one line; a word
 * longer than the width is split. `Infinity` means no wrapping.
 */
export function wrapWords(text: string, width: number): string[] {
  const limit = Math.max(1, width);
  const lines: string[] = [];
  let line = '';
  let gap = ''; // the spacing as written before the next word ("event  [sources: …]" keeps two)
  for (const [, word = '', space = ''] of text.matchAll(/(\S+)(\s*)/g)) {
    for (const piece of chunks(word, limit)) {
      if (line === '') line = piece;
      else if (line.length + gap.length + piece.length <= limit) line += gap + piece;
      else {
        lines.push(line);
        line = piece;
      }
      gap = ' ';
    }
    gap = space === '' || /[^ ]/.test(space) ? ' ' : space; // tabs and line breaks become one space
  }
  return [...lines, line];
}

function chunks(word: string, limit: number): string[] {
  if (word.length <= limit) return [word];
  const out: string[] = [];
  for (let i = 0; i < word.length; i += limit) out.push(word.slice(i, i + limit));
  return out;
}

/** Lays `body` out after a fixed-width `key`, continuation lines indented under the body. */
export function hangingLines(key: string, keyWidth: number, body: string, width: number): string[] {
  const column = key === '' ? keyWidth : Math.max(keyWidth, key.length + 2); // a long key still gets its gap
  const indent = ' '.repeat(column);
  return wrapWords(body, width - column).map((line, i) => (i === 0 ? key.padEnd(column) : indent) + line);
}
