import type { RunResult } from '../model/fact.js';

export interface RenderOptions {
  /** Emit ANSI colour codes (only the table and timeline formats colour anything). */
  readonly color: boolean;
  /** Terminal columns; renderers that lay out text keep every line within it. Default 100. */
  readonly width: number;
}

/** A renderer returns the whole output; only the CLI writes it. */
export type Renderer = (result: RunResult, options: RenderOptions) => string;

/**
 * Each fact's evidence, already written in the format's layout (render/layouts.ts), fact by
 * fact in `result.facts` order: what a large run gives instead of facts that carry their
 * evidence (see engine/evidence-stream.ts). Every fact index appears once, in order; a fact
 * with no evidence gets an empty list.
 */
export type EvidenceStream = () => Iterable<readonly [index: number, texts: readonly string[]]>;

/** A renderer whose output can be written piece by piece (large JSON, NDJSON). */
export type ChunkRenderer = (result: RunResult, options: RenderOptions, evidence?: EvidenceStream) => Iterable<string>;

export const defaultRenderOptions: RenderOptions = { color: false, width: 100 };
