import { createHash } from 'node:crypto';

/**
 * JSON for a `<script type="application/json">` block. The parser ends a script at the first
 * `</script`, and `<!--` changes how it scans, so `<`, `>` and `&` are written as JSON escapes
 * (an article quoting `</script><script>alert(1)` stays one string); U+2028/2029 too, so the
 * block is also valid JavaScript should anyone paste it. `JSON.parse` gives back the same value.
 */
export function scriptJson(value: unknown): string {
  return scriptSafe(JSON.stringify(value));
}

const UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029]/;

/** JSON text made safe for a script block (see `scriptJson`); most runs have nothing to escape. */
export function scriptSafe(json: string): string {
  if (!UNSAFE_IN_SCRIPT.test(json)) return json;
  return json.replace(new RegExp(UNSAFE_IN_SCRIPT, 'g'), (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** `'sha256-…'`: a Content-Security-Policy source that allows exactly this inline script or style. */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}
