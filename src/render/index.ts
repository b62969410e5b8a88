import type { ChunkRenderer, Renderer } from './types.js';
import { renderHtml } from './html/index.js';
import { renderJson, renderJsonChunks } from './json.js';
import { renderMarkdown } from './markdown.js';
import { renderNdjson, renderNdjsonChunks } from './ndjson.js';
import { renderTable } from './table.js';
import { renderTimeline } from './timeline.js';

export type { ChunkRenderer, RenderOptions, Renderer, StreamedResult } from './types.js';
export { defaultRenderOptions } from './types.js';
export { canonicalConflict, canonicalDiagnostic, canonicalFact, canonicalResult, canonicalSource } from './canonical.js';
export { shortSourceNames } from './short-names.js';
export { timelineLines } from './timeline.js';

export type FormatName = 'table' | 'json' | 'ndjson' | 'markdown' | 'timeline' | 'html';

/** Every output format. A new format is one file and one row here; `table` is the default. */
export const renderers: Readonly<Record<FormatName, Renderer>> = Object.freeze({
  table: renderTable,
  json: renderJson,
  ndjson: renderNdjson,
  markdown: renderMarkdown,
  timeline: renderTimeline,
  html: renderHtml,
});

/** Formats that can also be produced piece by piece, so the CLI never holds the whole output. */
export const chunkRenderers: Readonly<Partial<Record<FormatName, ChunkRenderer>>> = Object.freeze({
  json: renderJsonChunks,
  ndjson: renderNdjsonChunks,
});

export const formatNames: readonly string[] = Object.freeze(Object.keys(renderers));

/** Formats written fact by fact, so a run may hand them facts one at a time from disk. */
export const isStreamed = (format: string): boolean => Object.hasOwn(chunkRenderers, format);

/** Formats that show the articles themselves: the CLI hands them each source's text (`RenderOptions.texts`). */
const textFormats: ReadonlySet<string> = new Set<FormatName>(['html']);

export const needsSourceTexts = (format: string): boolean => textFormats.has(format);

export const isFormatName = (name: string): name is FormatName => Object.hasOwn(renderers, name);
