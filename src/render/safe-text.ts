/**
 * Article text is untrusted: a file can hold bytes that make a terminal act instead of print
 * (ESC [2J clears the screen, ESC ]0; retitles the window, CR overwrites the line) or that
 * reorder what a reader sees (bidirectional overrides). Every human-readable format passes
 * article-derived strings through `visible` first, which shows such characters as escapes
 * (`\x1b`, `\u202e`); tab and newline are left to each format's own layout. JSON stays exact.
 */
// C0 controls but tab and newline, DEL, C1 controls, and the bidi embeddings, overrides and isolates.
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

const escape = (c: string): string => {
  const code = c.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
};

export function visible(text: string): string {
  return text.replace(UNSAFE, escape);
}

/**
 * Text for a Markdown table cell, shown as written: Markdown's own specials are
 * backslash-escaped, HTML specials become entities (so `<script>` is text, never a tag),
 * `|` cannot end the cell and a line break cannot end the row.
 */
export function markdownCell(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => visible(line).replace(/[\\`*_[\]~|]/g, '\\$&').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'))
    .join('<br>');
}
