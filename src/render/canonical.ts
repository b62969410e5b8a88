import type { Conflict, Diagnostic, Evidence, Fact, RunResult, SourceInfo } from '../model/index.js';

/**
 * The JSON contract fixes key order here, not in whoever built the objects:
 * known keys in a stated order, then any keys a newer stage added, sorted, so
 * nothing is lost and the bytes stay stable. Arrays keep the upstream order.
 */

type Plain = Record<string, unknown>;

const resultKeys = ['schemaVersion', 'sources', 'facts', 'conflicts', 'diagnostics'];
const sourceKeys = ['id', 'path', 'chars', 'sha256', 'outlet'];
const factBaseKeys = ['id', 'type', 'status', 'sources', 'conflicts'];
const factTypeKeys: Readonly<Record<string, readonly string[]>> = {
  actor: ['name', 'kind', 'aliases', 'roles', 'mentions'],
  quote: ['text', 'speaker', 'speakerName', 'partial'],
  figure: ['value', 'unit', 'qualifier', 'min', 'max', 'subject'],
  date: ['value', 'granularity', 'event'],
};
// Quote evidence carries its attribution ("he", rule `cue-after-quote`) after the span fields.
const evidenceKeys = ['source', 'start', 'end', 'line', 'column', 'text', 'rule',
  'speaker', 'speakerName', 'speakerText', 'speakerRule', 'cue', 'confidence', 'partial'];
const conflictKeys = ['id', 'type', 'facts', 'sources', 'message', 'details'];
const detailKeys = ['source', 'fact', 'value', 'evidence'];
const detailEvidenceKeys = ['start', 'end', 'line', 'column'];
const diagnosticKeys = ['code', 'severity', 'message', 'source', 'line', 'column'];
const relatedKeys = ['source', 'path', 'line', 'column', 'text'];

const compareKeys = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Unknown values: plain objects get sorted keys at every depth; arrays keep their order. */
function sortedDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedDeep);
  if (value === null || typeof value !== 'object') return value;
  return ordered(value as Plain, [], {});
}

/**
 * Copies `obj` with `known` keys first (those present), then the rest sorted,
 * and `last` keys at the very end. `nested` canonicalises known sub-values.
 */
function ordered(
  obj: Plain,
  known: readonly string[],
  nested: Readonly<Record<string, (v: unknown) => unknown>>,
  last: readonly string[] = [],
): Plain {
  const out: Plain = {};
  const put = (key: string): void => {
    const shape = nested[key];
    out[key] = shape ? shape(obj[key]) : sortedDeep(obj[key]);
  };
  for (const key of known) if (Object.hasOwn(obj, key)) put(key);
  const extras = Object.keys(obj).filter((k) => !known.includes(k) && !last.includes(k)).sort(compareKeys);
  for (const key of extras) put(key);
  for (const key of last) if (Object.hasOwn(obj, key)) put(key);
  return out;
}

const each = (shape: (o: Plain) => Plain) => (v: unknown): unknown =>
  Array.isArray(v) ? v.map((item) => (isPlain(item) ? shape(item) : sortedDeep(item))) : sortedDeep(v);
const one = (shape: (o: Plain) => Plain) => (v: unknown): unknown => (isPlain(v) ? shape(v) : sortedDeep(v));
const isPlain = (v: unknown): v is Plain => v !== null && typeof v === 'object' && !Array.isArray(v);

const evidenceShape = (e: Plain): Plain => ordered(e, evidenceKeys, {});

/** One piece of evidence, keys in contract order. */
export const canonicalEvidence = (e: Evidence): Plain => evidenceShape(e as unknown as Plain);

const knownEvidenceKey = new Set(evidenceKeys);

/**
 * One piece of evidence as JSON text, byte for byte what `JSON.stringify(canonicalEvidence(e), null, 2)`
 * indented by `pad` gives (or, with `pad` null, `JSON.stringify(canonicalEvidence(e))`), written
 * directly: a large run writes hundreds of thousands of them. Evidence with a key the contract does
 * not list takes the general path.
 */
export function evidenceJson(e: Evidence, pad: string | null): string {
  const obj = e as unknown as Plain;
  let keys = 0;
  for (const k in obj) {
    if (!knownEvidenceKey.has(k)) return general(e, pad);
    keys++;
  }
  let out = '';
  let written = 0;
  for (const k of evidenceKeys) {
    if (!Object.hasOwn(obj, k)) continue;
    written++;
    const v = obj[k];
    if (v === undefined) continue;
    const text = JSON.stringify(v);
    if (text === undefined) return general(e, pad);
    out += pad === null ? `${out ? ',' : ''}"${k}":${text}` : `${out ? ',' : ''}\n${pad}  "${k}": ${text}`;
  }
  if (written !== keys) return general(e, pad);
  if (pad === null) return `{${out}}`;
  return out ? `{${out}\n${pad}}` : '{}';
}

function general(e: Evidence, pad: string | null): string {
  const c = canonicalEvidence(e);
  return pad === null ? JSON.stringify(c) : JSON.stringify(c, null, 2).replace(/\n/g, `\n${pad}`);
}
const detailShape = (d: Plain): Plain =>
  ordered(d, detailKeys, { evidence: one((e) => ordered(e, detailEvidenceKeys, {})) });

export function canonicalSource(source: SourceInfo): Plain {
  return ordered(source as unknown as Plain, sourceKeys, {});
}

/** One fact: base keys, type keys, extras sorted, `evidence` last. */
export function canonicalFact(fact: Fact): Plain {
  const typeKeys = factTypeKeys[fact.type] ?? [];
  return ordered(fact as unknown as Plain, [...factBaseKeys, ...typeKeys], { evidence: each(evidenceShape) }, ['evidence']);
}

export function canonicalConflict(conflict: Conflict): Plain {
  return ordered(conflict as unknown as Plain, conflictKeys, { details: each(detailShape) });
}

export function canonicalDiagnostic(diagnostic: Diagnostic): Plain {
  return ordered(diagnostic as unknown as Plain, diagnosticKeys, {
    related: each((r) => ordered(r, relatedKeys, {})),
  });
}

export function canonicalResult(result: RunResult): Plain {
  return ordered(result as unknown as Plain, resultKeys, {
    sources: each((s) => canonicalSource(s as unknown as SourceInfo)),
    facts: each((f) => canonicalFact(f as unknown as Fact)),
    conflicts: each((c) => canonicalConflict(c as unknown as Conflict)),
    diagnostics: each((d) => canonicalDiagnostic(d as unknown as Diagnostic)),
  });
}
