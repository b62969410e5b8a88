import type { RunResult } from '../model/fact.js';
import type { ChunkRenderer, Renderer } from './types.js';
import { canonicalConflict, canonicalDiagnostic, canonicalFact, canonicalSource } from './canonical.js';

/**
 * The stable contract: canonical key order, 2-space indent, trailing newline —
 * byte for byte what `JSON.stringify(canonicalResult(r), null, 2)` gives, but
 * produced one fact at a time so a large corpus never needs one giant string.
 */
export const renderJsonChunks: ChunkRenderer = function* (result: RunResult) {
  yield `{\n  "schemaVersion": ${JSON.stringify(result.schemaVersion)},\n  "sources": `;
  yield* array(result.sources.map(canonicalSource));
  yield `,\n  "facts": `;
  yield* array(result.facts, canonicalFact);
  yield `,\n  "conflicts": `;
  yield* array(result.conflicts, canonicalConflict);
  yield `,\n  "diagnostics": `;
  yield* array(result.diagnostics, canonicalDiagnostic);
  yield '\n}\n';
};

export const renderJson: Renderer = (result, options) => [...renderJsonChunks(result, options)].join('');

/** A top-level array member at depth 2, indented as JSON.stringify(…, null, 2) would indent it. */
function* array<T>(items: readonly T[], canonical: (item: T) => unknown = (x) => x): Generator<string> {
  if (items.length === 0) {
    yield '[]';
    return;
  }
  yield '[\n';
  for (let i = 0; i < items.length; i++) {
    yield `    ${JSON.stringify(canonical(items[i]!), null, 2).replace(/\n/g, '\n    ')}${i + 1 < items.length ? ',\n' : '\n'}`;
  }
  yield '  ]';
}
