import type { RunResult } from '../model/fact.js';

export interface RenderOptions {
  /** Emit ANSI colour codes (only the table and timeline formats colour anything). */
  readonly color: boolean;
  /** Terminal columns; renderers that lay out text keep every line within it. Default 100. */
  readonly width: number;
}

/** A renderer returns the whole output; only the CLI writes it. */
export type Renderer = (result: RunResult, options: RenderOptions) => string;

/** A renderer whose output can be written piece by piece (large JSON, NDJSON). */
export type ChunkRenderer = (result: RunResult, options: RenderOptions) => Iterable<string>;

export const defaultRenderOptions: RenderOptions = { color: false, width: 100 };
