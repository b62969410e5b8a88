/**
 * A bordered table drawn in the style cli-table3 draws ours (the same box characters, one space
 * of padding, words wrapped to fixed column widths, a rule between rows), in time linear in the
 * cells. cli-table3 measures every cell's width many times over with regular expressions built
 * on each call and compares every row with every other: the table of 2,000 articles took 25 s.
 * The table format uses cli-table3 for tables of up to LARGE_TABLE rows and this above.
 */
export const LARGE_TABLE = 200;

const SGR = /\u001b\[[0-9;]*m/g;
const PLAIN = /^[\u0020-\u007e]*$/;
// Characters a terminal shows two columns wide: CJK, Hangul, full-width forms, most emoji.
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1f64f}\u{1f900}-\u{1f9ff}\u{20000}-\u{3fffd}]/u;
const ZERO = /[\p{M}\u200b-\u200f\u2060\ufeff]/u;

/** Columns a terminal gives `text`, colour codes excluded. */
export function displayWidth(text: string): number {
  const plain = text.includes('\u001b') ? text.replace(SGR, '') : text;
  if (PLAIN.test(plain)) return plain.length;
  let width = 0;
  for (const ch of plain) width += ZERO.test(ch) ? 0 : WIDE.test(ch) ? 2 : 1;
  return width;
}

/** `text` cut to `width` columns, its last one a `…`, when it is wider (as cli-table3 cuts a word too long for its column). */
function fit(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  let used = 0;
  for (const ch of text) {
    const w = displayWidth(ch);
    if (used + w > width - 1) break;
    out += ch;
    used += w;
  }
  return `${out}…`;
}

/**
 * Word wrap as cli-table3 does it: line breaks kept, words joined by the whitespace between them
 * while the line fits `width`, a word too long for a line alone on its own (cut when drawn).
 * Text with colour codes (our own short labels) is not wrapped.
 */
export function wrapCell(text: string, width: number): string[] {
  if (text.includes('\u001b')) return text.split('\n');
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    const split = paragraph.split(/(\s+)/);
    let line = '';
    let length = 0;
    let space: string | undefined;
    for (let i = 0; i < split.length; i += 2) {
      const word = split[i]!;
      const grown = length + displayWidth(word) + (length > 0 && space ? space.length : 0);
      if (grown > width) {
        if (length !== 0) lines.push(line);
        line = word;
        length = displayWidth(word);
      } else {
        line += (space ?? '') + word;
        length = grown;
      }
      space = split[i + 1];
    }
    if (length) lines.push(line);
  }
  return lines;
}

/** The table: `head` (already styled) and `rows`, in columns of `colWidths` (padding included). */
export function drawGrid(head: readonly string[], colWidths: readonly number[], rows: readonly (readonly string[])[]): string {
  const rule = (left: string, mid: string, right: string) => `${left}${colWidths.map((w) => '─'.repeat(w)).join(mid)}${right}`;
  const out: string[] = [rule('┌', '┬', '┐')];
  const drawRow = (cells: readonly string[]) => {
    const wrapped = colWidths.map((w, c) => wrapCell(cells[c] ?? '', Math.max(1, w - 2)));
    const height = Math.max(1, ...wrapped.map((lines) => lines.length));
    for (let y = 0; y < height; y++) {
      out.push(`│${wrapped.map((lines, c) => {
        const text = fit(lines[y] ?? '', colWidths[c]! - 2);
        return ` ${text}${' '.repeat(Math.max(0, colWidths[c]! - 2 - displayWidth(text)))} `;
      }).join('│')}│`);
    }
  };
  if (head.length > 0) {
    drawRow(head);
    out.push(rule('├', '┼', '┤'));
  }
  rows.forEach((row, i) => {
    if (i > 0) out.push(rule('├', '┼', '┤'));
    drawRow(row);
  });
  out.push(rule('└', '┴', '┘'));
  return out.join('\n');
}
