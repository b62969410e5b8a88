import type { Renderer } from './types.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { renderNdjson } from './ndjson.js';
import { renderTable } from './table.js';
import { renderTimeline } from './timeline.js';

export type { RenderOptions, Renderer } from './types.js';
export { defaultRenderOptions } from './types.js';
export { canonicalConflict, canonicalDiagnostic, canonicalFact, canonicalResult, canonicalSource } from './canonical.js';
export { shortSourceNames } from './short-names.js';
export { timelineLines } from './timeline.js';

export type FormatName = 'table' | 'json' | 'ndjson' | 'markdown' | 'timeline';

/** Every output format. A new format is one file and one row here; `table` is the default. */
export const renderers: Readonly<Record<FormatName, Renderer>> = Object.freeze({
  table: renderTable,
  json: renderJson,
  ndjson: renderNdjson,
  markdown: renderMarkdown,
  timeline: renderTimeline,
});

export const formatNames: readonly string[] = Object.freeze(Object.keys(renderers));

export const isFormatName = (name: string): name is FormatName => Object.hasOwn(renderers, name);
