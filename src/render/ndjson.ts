import type { ChunkRenderer, Renderer } from './types.js';
import { canonicalFact } from './canonical.js';

/** One fact per line, same shape as in `json`, so `jq -c` pipelines line up. */
export const renderNdjsonChunks: ChunkRenderer = function* (result) {
  for (const fact of result.facts) yield `${JSON.stringify(canonicalFact(fact))}\n`;
};

export const renderNdjson: Renderer = (result, options) => [...renderNdjsonChunks(result, options)].join('');
