import type { Fact } from '../model/fact.js';
import type { ChunkRenderer, Renderer } from './types.js';
import { canonicalFact, evidenceJson } from './canonical.js';
import { factTexts, joinInPieces, type FactLayout } from './json.js';

export const COMPACT: FactLayout = {
  header: (fact) => JSON.stringify(canonicalFact({ ...fact, evidence: [] } as Fact)),
  evidence: (e) => evidenceJson(e, null),
  splice: (header, items) => (items.length === 0 ? [header] : [`${header.slice(0, -'[]}'.length)}[`, ...joinInPieces(items, ','), ']}']),
};

/** One fact per line, same shape as in `json`, so `jq -c` pipelines line up. */
export const renderNdjsonChunks: ChunkRenderer = function* (result, _options) {
  for (const pieces of factTexts(result.facts, COMPACT)) {
    yield* pieces;
    yield '\n';
  }
};

export const renderNdjson: Renderer = (result, options) => [...renderNdjsonChunks(result, options)].join('');
