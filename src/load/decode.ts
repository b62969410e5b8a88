/**
 * Decide whether a buffer is UTF-8 text, and if not, say what it looks like.
 * Pure: buffer in, verdict out. The kept text is exactly what
 * `fs.readFileSync(path, 'utf8')` returns (a UTF-8 BOM stays as U+FEFF),
 * because every offset in the output points into that string.
 */

export type Decoded =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly code: 'load/empty' | 'load/binary' | 'load/not-utf8'; readonly reason: string };

/** Only the first 8 KB are sniffed for binary / UTF-16, like git and grep do. */
const SNIFF_BYTES = 8192;
/** More than this share of control bytes in the sniff window means "not prose". */
const CONTROL_RATIO = 0.1;

// fatal: throw on the first invalid sequence; ignoreBOM: keep U+FEFF like readFileSync does.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function decodeText(buf: Uint8Array): Decoded {
  if (buf.length === 0) return { ok: false, code: 'load/empty', reason: 'file is empty (0 bytes); nothing to extract' };
  const head = buf.subarray(0, SNIFF_BYTES);
  // UTF-16 first: its ASCII letters come with a NUL each, which would otherwise read as "binary".
  const utf16 = sniffUtf16(head);
  if (utf16) return { ok: false, code: 'load/not-utf8', reason: `not UTF-8, looks like UTF-16 (${utf16}); re-save the file as UTF-8` };
  const binary = sniffBinary(head);
  if (binary) return { ok: false, code: 'load/binary', reason: `looks like a binary file (${binary}), not text; skipped` };
  let text: string;
  try {
    text = utf8.decode(buf);
  } catch {
    const at = firstInvalidUtf8(buf);
    const byte = `0x${(buf[at] ?? 0).toString(16).toUpperCase().padStart(2, '0')}`;
    const hint = looksLatin1(buf) ? '; it looks like Latin-1 (ISO-8859-1 / Windows-1252)' : '';
    return { ok: false, code: 'load/not-utf8', reason: `not valid UTF-8 (invalid byte ${byte} at offset ${at})${hint}; re-save the file as UTF-8` };
  }
  // trim() also strips U+FEFF and U+00A0, so a BOM plus blank lines counts as empty.
  if (text.trim() === '') return { ok: false, code: 'load/empty', reason: 'file contains only whitespace; nothing to extract' };
  return { ok: true, text };
}

/** Byte-order mark, or ASCII text with a NUL in every other byte ("a\0b\0"). */
export function sniffUtf16(head: Uint8Array): string | null {
  if (head[0] === 0xff && head[1] === 0xfe) return 'little-endian byte order mark FF FE';
  if (head[0] === 0xfe && head[1] === 0xff) return 'big-endian byte order mark FE FF';
  const pairs = Math.floor(head.length / 2);
  if (pairs < 2) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i + 1 < head.length; i += 2) {
    if (head[i] === 0) evenNul++;
    if (head[i + 1] === 0) oddNul++;
  }
  // Most of one side NUL and almost none of the other: 16-bit code units of mostly-ASCII text.
  if (oddNul >= pairs * 0.4 && evenNul <= pairs * 0.05) return 'NUL bytes in alternate positions, little-endian';
  if (evenNul >= pairs * 0.4 && oddNul <= pairs * 0.05) return 'NUL bytes in alternate positions, big-endian';
  return null;
}

/** A NUL byte, or too many C0 control bytes other than tab, newlines, form feed and escape. */
export function sniffBinary(head: Uint8Array): string | null {
  let control = 0;
  for (let i = 0; i < head.length; i++) {
    const b = head[i]!;
    if (b === 0) return `NUL byte at offset ${i}`;
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x0b && b !== 0x1b) || b === 0x7f) control++;
  }
  if (head.length > 0 && control / head.length > CONTROL_RATIO) {
    return `${control} control bytes in the first ${head.length}`;
  }
  return null;
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
export function firstInvalidUtf8(buf: Uint8Array): number {
  let i = 0;
  while (i < buf.length) {
    const b = buf[i]!;
    const [len, min, max] = b < 0x80 ? [1, 0, 0] : b >= 0xc2 && b <= 0xdf ? [2, 0x80, 0xbf]
      : b === 0xe0 ? [3, 0xa0, 0xbf] : b === 0xed ? [3, 0x80, 0x9f] : b >= 0xe1 && b <= 0xef ? [3, 0x80, 0xbf]
      : b === 0xf0 ? [4, 0x90, 0xbf] : b === 0xf4 ? [4, 0x80, 0x8f] : b >= 0xf1 && b <= 0xf3 ? [4, 0x80, 0xbf]
      : [0, 0, 0];
    if (len === 0) return i;
    // The second byte has the narrowed range (no overlongs, no surrogates); the rest are 80..BF.
    for (let k = 1; k < len; k++) {
      const c = buf[i + k];
      const lo = k === 1 ? min : 0x80;
      const hi = k === 1 ? max : 0xbf;
      if (c === undefined || c < lo || c > hi) return i;
    }
    i += len;
  }
  return buf.length;
}

/**
 * Latin-1 / Windows-1252 prose: high bytes that are mostly lone letters
 * ("caf\xE9 ") rather than the lead of a UTF-8-like pair ("\xE2\x82"), and no
 * C0 control bytes beyond whitespace.
 */
export function looksLatin1(buf: Uint8Array): boolean {
  let high = 0;
  let letters = 0;
  for (let i = 0; i < buf.length; i++) {
    const b = buf[i]!;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) return false;
    if (b < 0x80) continue;
    high++;
    const next = buf[i + 1] ?? 0;
    const lone = next < 0x80 || next > 0xbf;
    // À..ÿ except × and ÷, plus the 1252 curly quotes and dashes at 0x91..0x97.
    if (lone && ((b >= 0xc0 && b !== 0xd7 && b !== 0xf7) || (b >= 0x91 && b <= 0x97))) letters++;
  }
  return high > 0 && letters / high >= 0.5;
}
