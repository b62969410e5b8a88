import type { Fact } from '../model/fact.js';
import type { ChunkRenderer, Renderer } from './types.js';
import { canonicalConflict, canonicalDiagnostic, canonicalFact, canonicalSource, evidenceJson } from './canonical.js';
import { factTexts, joinInPieces, type FactLayout } from './json.js';

/** A JSON object on one line with `"record": kind` as its first key. */
const typed = (record: string, json: string): string => `{"record":${JSON.stringify(record)}${json === '{}' ? '' : `,${json.slice(1)}`}`;

export const COMPACT: FactLayout = {
  header: (fact) => typed('fact', JSON.stringify(canonicalFact({ ...fact, evidence: [] } as Fact))),
  evidence: (e) => evidenceJson(e, null),
  splice: (header, items) => (items.length === 0 ? [header] : [`${header.slice(0, -'[]}'.length)}[`, ...joinInPieces(items, ','), ']}']),
};

/**
 * Everything `json` gives, as a stream of typed lines, so a consumer can rebuild the document
 * or act line by line (`jq -c 'select(.record == "conflict")'`):
 *   {"record":"header","schemaVersion":1,"sources":[…]}
 *   {"record":"fact",…}        one per fact, the json format's object with `record` first
 *   {"record":"conflict",…}    one per conflict
 *   {"record":"diagnostic",…}  one per diagnostic
 */
export const renderNdjsonChunks: ChunkRenderer = function* (result, _options) {
  yield `${typed('header', JSON.stringify({ schemaVersion: result.schemaVersion, sources: result.sources.map(canonicalSource) }))}\n`;
  for (const pieces of factTexts(result.facts, COMPACT)) {
    yield* pieces;
    yield '\n';
  }
  for (const c of result.conflicts) yield `${typed('conflict', JSON.stringify(canonicalConflict(c)))}\n`;
  for (const d of result.diagnostics) yield `${typed('diagnostic', JSON.stringify(canonicalDiagnostic(d)))}\n`;
};

export const renderNdjson: Renderer = (result, options) => [...renderNdjsonChunks(result, options)].join('');
