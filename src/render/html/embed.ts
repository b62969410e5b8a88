import { createHash } from 'node:crypto';

/**
 * JSON for a `<script type="application/json">` block. The parser ends a script at the first
 * `</script`, and `<!--` changes how it scans, so `<`, `>` and `&` are written as JSON escapes
 * (an article quoting `</script><script>alert(1)` stays one string); U+2028/2029 too, so the
 * block is also valid JavaScript should anyone paste it. `JSON.parse` gives back the same value.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** `'sha256-…'`: a Content-Security-Policy source that allows exactly this inline script or style. */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}
