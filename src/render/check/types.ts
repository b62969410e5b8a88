import type { CheckReport } from '../../check/types.js';

export interface CheckRenderOptions {
  /** ANSI colour (only `pretty` colours anything). */
  readonly color: boolean;
}

/** A check renderer returns the whole output; only the CLI writes it. */
export type CheckRenderer = (report: CheckReport, options: CheckRenderOptions) => string;
