import type { Renderer } from '../types.js';
import { canonicalResult } from '../canonical.js';
import { htmlDocument } from './document.js';
import { scriptJson } from './embed.js';
import { pageView } from './view.js';

/**
 * One self-contained page for reviewing a run: the JSON contract embedded once (what `--format
 * json` gives, on one line), what the page needs beside it (the articles' texts, differing words,
 * speaker and cue places), and a script that draws the views from them. No network, no external
 * file: it opens from file:// and prints.
 */
export const renderHtml: Renderer = (result, options) =>
  htmlDocument(scriptJson(canonicalResult(result)), scriptJson(pageView(result, options.texts ?? new Map())));
