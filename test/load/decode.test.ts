import { describe, expect, it } from 'vitest';
import { decodeText, firstInvalidUtf8, looksLatin1, sniffUtf16 } from '../../src/load/decode.js';

const bytes = (...b: number[]) => Uint8Array.from(b);
const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));

describe('decodeText', () => {
  const ok: Array<{ name: string; input: Uint8Array; text: string }> = [
    { name: 'plain ASCII', input: utf8('The mayor spoke.\n'), text: 'The mayor spoke.\n' },
    { name: 'BOM kept as U+FEFF', input: bytes(0xef, 0xbb, 0xbf, 0x41), text: '\uFEFFA' },
    { name: 'CRLF kept', input: utf8('a\r\nb\r\n'), text: 'a\r\nb\r\n' },
    { name: 'NBSP and curly quotes', input: utf8('\u201CYes,\u201D she said\u00A0today.'), text: '\u201CYes,\u201D she said\u00A0today.' },
    { name: 'tabs and form feed are text', input: utf8('a\tb\fc\n'), text: 'a\tb\fc\n' },
  ];
  it.each(ok)('$name', ({ input, text }) => {
    expect(decodeText(input)).toEqual({ ok: true, text });
    // Same string Node's own utf8 decoding gives, which is what readFileSync(path, 'utf8') returns.
    expect(text).toBe(Buffer.from(input).toString('utf8'));
  });

  const bad: Array<{ name: string; input: Uint8Array; code: string; reason: RegExp }> = [
    { name: 'zero bytes', input: bytes(), code: 'load/empty', reason: /empty \(0 bytes\)/ },
    { name: 'whitespace only', input: utf8(' \r\n\t\u00A0\n'), code: 'load/empty', reason: /only whitespace/ },
    { name: 'BOM then blank line', input: bytes(0xef, 0xbb, 0xbf, 0x0a), code: 'load/empty', reason: /only whitespace/ },
    { name: 'NUL byte', input: bytes(0x50, 0x4b, 0x03, 0x04, 0x00, 0x41), code: 'load/binary', reason: /NUL byte at offset 4/ },
    { name: 'many control bytes', input: bytes(0x01, 0x02, 0x03, 0x41, 0x42), code: 'load/binary', reason: /3 control bytes/ },
    { name: 'UTF-16 LE BOM', input: bytes(0xff, 0xfe, 0x41, 0x00), code: 'load/not-utf8', reason: /UTF-16 \(little-endian byte order mark/ },
    { name: 'UTF-16 BE BOM', input: bytes(0xfe, 0xff, 0x00, 0x41), code: 'load/not-utf8', reason: /UTF-16 \(big-endian/ },
    { name: 'UTF-16 LE no BOM', input: new Uint8Array(Buffer.from('Hello there', 'utf16le')), code: 'load/not-utf8', reason: /UTF-16 \(NUL bytes in alternate positions, little-endian/ },
    { name: 'Latin-1 é', input: bytes(0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b), code: 'load/not-utf8', reason: /invalid byte 0xE9 at offset 3\); it looks like Latin-1/ },
    { name: 'truncated UTF-8, not Latin-1', input: bytes(0x61, 0xe2, 0x82), code: 'load/not-utf8', reason: /^not valid UTF-8 \(invalid byte 0xE2 at offset 1\); re-save/ },
  ];
  it.each(bad)('$name → $code', ({ input, code, reason }) => {
    const got = decodeText(input);
    expect(got.ok).toBe(false);
    if (got.ok) return;
    expect(got.code).toBe(code);
    expect(got.reason).toMatch(reason);
  });
});

describe('firstInvalidUtf8', () => {
  it.each([
    { input: utf8('héllo \u201C€\u201D 😀'), at: utf8('héllo \u201C€\u201D 😀').length },
    { input: bytes(0x41, 0xc0, 0x80), at: 1 }, // overlong NUL
    { input: bytes(0x41, 0x42, 0xed, 0xa0, 0x80), at: 2 }, // UTF-16 surrogate encoded in UTF-8
    { input: bytes(0xf4, 0x90, 0x80, 0x80), at: 0 }, // above U+10FFFF
    { input: bytes(0x41, 0x80), at: 1 }, // lone continuation byte
  ])('$at', ({ input, at }) => {
    expect(firstInvalidUtf8(input)).toBe(at);
  });
});

describe('heuristics', () => {
  it('does not call ordinary text UTF-16', () => {
    expect(sniffUtf16(utf8('Ordinary text'))).toBeNull();
  });
  it('does not call binary noise Latin-1', () => {
    expect(looksLatin1(bytes(0x41, 0x01, 0xe9))).toBe(false);
    expect(looksLatin1(bytes(0x41, 0x85, 0x86, 0x87))).toBe(false);
    expect(looksLatin1(bytes(0x53, 0xe3, 0x6f))).toBe(true);
  });
});
