import type { Evidence, Fact } from '../model/fact.js';
import type { ChunkRenderer, Renderer } from './types.js';
import { canonicalConflict, canonicalDiagnostic, canonicalFact, canonicalSource, evidenceJson } from './canonical.js';

/**
 * The stable contract: canonical key order, 2-space indent, trailing newline —
 * byte for byte what `JSON.stringify(canonicalResult(r), null, 2)` gives, but
 * produced one fact at a time so a large corpus never needs one giant string.
 */
export const renderJsonChunks: ChunkRenderer = function* (result, _options) {
  yield `{\n  "schemaVersion": ${JSON.stringify(result.schemaVersion)},\n  "sources": `;
  yield* array(lazy(result.sources, (s) => indent(JSON.stringify(canonicalSource(s), null, 2), '    ')));
  yield `,\n  "facts": `;
  yield* array(factTexts(result.facts, PRETTY));
  yield `,\n  "conflicts": `;
  yield* array(lazy(result.conflicts, (c) => indent(JSON.stringify(canonicalConflict(c), null, 2), '    ')));
  yield `,\n  "diagnostics": `;
  yield* array(lazy(result.diagnostics, (d) => indent(JSON.stringify(canonicalDiagnostic(d), null, 2), '    ')));
  yield '\n}\n';
};

export const renderJson: Renderer = (result, options) => [...renderJsonChunks(result, options)].join('');

/** How one fact and its evidence are written: indented inside the document, or on one line (NDJSON). */
export interface FactLayout {
  /** The fact with `evidence: []`, as written. */
  readonly header: (fact: Fact) => string;
  readonly evidence: (e: Evidence) => string;
  /** The fact written with these evidence texts in place of `[]`, in pieces (a fact may have thousands). */
  readonly splice: (header: string, items: readonly string[]) => string[];
}

// A fact is an array member at depth 2 (4 spaces), its evidence items at depth 4 (8 spaces).
const PRETTY_EMPTY = '[]\n    }';
export const PRETTY: FactLayout = {
  header: (fact) => indent(JSON.stringify(canonicalFact({ ...fact, evidence: [] } as Fact), null, 2), '    '),
  evidence: (e) => `        ${evidenceJson(e, '        ')}`,
  splice: (header, items) => (items.length === 0 ? [header] : [`${header.slice(0, -PRETTY_EMPTY.length)}[\n`, ...joinInPieces(items, ',\n'), '\n      ]\n    }']),
};

/** Piece size for writing: a string this short stays out of V8's large-object space. */
const PIECE = 16 * 1024;

/** `items.join(sep)`, as several strings of about PIECE characters. */
export function joinInPieces(items: readonly string[], sep: string): string[] {
  const out: string[] = [];
  let from = 0;
  let size = 0;
  for (let i = 0; i < items.length; i++) {
    size += items[i]!.length + sep.length;
    if (size >= PIECE || i + 1 === items.length) {
      out.push((from > 0 ? sep : '') + items.slice(from, i + 1).join(sep));
      from = i + 1;
      size = 0;
    }
  }
  return out;
}

/** Each fact's text, in pieces: a fact may have thousands of pieces of evidence. */
export function* factTexts(facts: Iterable<Fact>, layout: FactLayout): Generator<string[]> {
  for (const fact of facts) yield layout.splice(layout.header(fact), fact.evidence.map((e: Evidence) => layout.evidence(e)));
}

const indent = (json: string, pad: string) => json.replace(/\n/g, `\n${pad}`);

/** `items.map(write)`, one item at a time: a conflict with thousands of details is written, then let go. */
function* lazy<T>(items: readonly T[], write: (item: T) => string): Generator<string> {
  for (const item of items) yield write(item);
}

/** A top-level array at depth 1; its members (each one string or pieces) come indented as JSON.stringify(…, null, 2) would indent them. */
function* array(items: Iterable<string | readonly string[]>): Generator<string> {
  let first = true;
  for (const item of items) {
    yield first ? '[\n    ' : ',\n    ';
    if (typeof item === 'string') yield item;
    else yield* item;
    first = false;
  }
  yield first ? '[]' : '\n  ]';
}
