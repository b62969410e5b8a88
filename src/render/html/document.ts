import { CLIENT_SCRIPT } from './client/index.js';
import { cspHash, dataBlocks } from './embed.js';
import { STYLE } from './style.js';

/**
 * The policy allows the page's own script and style (by hash) and nothing else: no other script,
 * no network (`default-src 'none'` covers fetch, images, fonts, frames), no <base>, no form posts.
 * Hashes of constant text: the data lives in JSON blocks, which the browser never executes.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  `script-src ${cspHash(CLIENT_SCRIPT)}`,
  `style-src ${cspHash(STYLE)}`,
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const TYPE_BOXES = [['actor', 'Actors'], ['quote', 'Quotes'], ['figure', 'Figures'], ['date', 'Dates']]
  .map(([t, title]) => `<label><input type="checkbox" id="type-${t}" checked> ${title} <span class="n" id="count-${t}"></span></label>`).join('\n');

/**
 * The page around the data: fixed markup only; every article string arrives through the JSON
 * blocks (`resultJson` and `viewJson` are script-safe JSON text).
 */
export function htmlDocument(resultJson: string, viewJson: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="summit-facts">
<title>Fact review · summit-facts</title>
<style>${STYLE}</style>
</head>
<body>
<header class="top">
<h1>Fact review</h1>
<p id="summary"></p>
<input id="q" type="search" placeholder="Search facts (press /)" aria-label="Search facts" autocomplete="off" spellcheck="false">
<details class="legend" id="legend" open>
<summary>Legend and keys</summary>
<ul>
<li><mark class="swatch hl-actor">Actor</mark> solid line</li>
<li><mark class="swatch hl-quote">Quote</mark> tint only</li>
<li><mark class="swatch hl-figure">Figure</mark> dashed line</li>
<li><mark class="swatch hl-date">Date</mark> dotted line</li>
<li><span class="swatch spk">Speaker</span> and <span class="swatch cue">cue</span> of a quote</li>
<li><span class="swatch diff">Differing</span> words of a conflict</li>
<li><mark class="swatch sel">Selected</mark> fact</li>
<li><kbd>j</kbd>/<kbd>k</kbd> or <kbd>↓</kbd>/<kbd>↑</kbd> next/previous fact · <kbd>/</kbd> search · <kbd>Esc</kbd> clear · click a highlight to find its fact</li>
</ul>
</details>
<details id="diags" hidden><summary></summary></details>
</header>
<main>
<section id="facts-pane" aria-label="Facts">
<div class="tabs" role="tablist">
<button type="button" role="tab" id="tab-facts" aria-controls="view-facts">Facts <span class="n"></span></button>
<button type="button" role="tab" id="tab-conflicts" aria-controls="view-conflicts">Conflicts <span class="n"></span></button>
<button type="button" role="tab" id="tab-timeline" aria-controls="view-timeline">Timeline <span class="n"></span></button>
</div>
<details class="filter-box" id="filters" open>
<summary>Filters <span class="n" id="active-filters"></span></summary>
<div class="filters">
<fieldset><legend>Show</legend>
${TYPE_BOXES}
</fieldset>
<label>Status <select id="f-status"><option value="">any</option></select></label>
<label>Source <select id="f-source"><option value="">any</option></select></label>
<label>Speaker <select id="f-speaker"><option value="">any</option></select></label>
<button type="button" id="f-clear">Clear filters</button>
</div>
</details>
<p id="shown" aria-live="polite"></p>
<div id="view-facts" role="tabpanel" aria-labelledby="tab-facts"></div>
<div id="view-conflicts" role="tabpanel" aria-labelledby="tab-conflicts" hidden></div>
<div id="view-timeline" role="tabpanel" aria-labelledby="tab-timeline" hidden></div>
</section>
<section id="sources-pane" aria-label="Sources">
<div class="selection-bar">
<p id="selection" aria-live="polite">Select a fact to see the words that prove it.</p>
<button type="button" id="to-conflict" hidden>See the conflict</button>
<label><input type="checkbox" id="only-sel"> only its articles</label>
</div>
<div id="sources"></div>
</section>
</main>
<noscript><p>This report draws its views with JavaScript. The facts are in this file as JSON: the script blocks marked data-sf="result", joined in order.</p></noscript>
${dataBlocks('result', resultJson)}
${dataBlocks('view', viewJson)}
<script>${CLIENT_SCRIPT}</script>
</body>
</html>
`;
}
