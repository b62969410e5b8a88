import type { Renderer } from './types.js';
import { canonicalResult } from './canonical.js';

/** The stable contract: canonical key order, 2-space indent, trailing newline. */
export const renderJson: Renderer = (result) => `${JSON.stringify(canonicalResult(result), null, 2)}\n`;
