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

/**
 * Characters per data block. Blink's parser takes much longer over one script block of megabytes
 * than over the same text in blocks of this size (11 MB of JSON: about 1.3 s of main-thread time
 * against 0.75 s, measured in Chromium 150), so a large run's JSON is cut into blocks that the page
 * joins before parsing.
 */
const BLOCK = 128 * 1024;

/**
 * Script-safe JSON text (see `scriptSafe`) as `<script type="application/json" data-sf="name">`
 * blocks, in order; never cut inside a surrogate pair, so each block is well-formed UTF-16.
 */
export function dataBlocks(name: string, json: string): string {
  const out: string[] = [];
  let from = 0;
  do {
    let to = Math.min(json.length, from + BLOCK);
    const last = json.charCodeAt(to - 1);
    if (to < json.length && last >= 0xd800 && last <= 0xdbff) to--;
    out.push(`<script type="application/json" data-sf="${name}">${json.slice(from, to)}</script>`);
    from = to;
  } while (from < json.length);
  return out.join('\n');
}

/** `'sha256-…'`: a Content-Security-Policy source that allows exactly this inline script or style. */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}
