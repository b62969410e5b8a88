import type { Fact, RunResult } from '../model/fact.js';

export interface RenderOptions {
  /** Emit ANSI colour codes (only the table and timeline formats colour anything). */
  readonly color: boolean;
  /** Terminal columns; renderers that lay out text keep every line within it. Default 100. */
  readonly width: number;
  /**
   * Each article's text exactly as read, by source id. The CLI fills it only for formats that
   * show the articles themselves (`needsSourceTexts`); a source left out (its file changed or
   * vanished since it was read) is shown without its text. Renderers never read files.
   */
  readonly texts?: ReadonlyMap<string, string>;
}

/** A renderer returns the whole output; only the CLI writes it. */
export type Renderer = (result: RunResult, options: RenderOptions) => string;

/**
 * A result whose facts may come one at a time, each with its evidence: a large run reads them
 * back from disk as they are written (engine/evidence-stream.ts) instead of holding them all.
 */
export type StreamedResult = Omit<RunResult, 'facts'> & { readonly facts: Iterable<Fact> };

/** A renderer whose output can be written piece by piece (large JSON, NDJSON). */
export type ChunkRenderer = (result: StreamedResult, options: RenderOptions) => Iterable<string>;

export const defaultRenderOptions: RenderOptions = { color: false, width: 100 };
