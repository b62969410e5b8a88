import type { Renderer } from './types.js';
import { canonicalFact } from './canonical.js';

/** One fact per line, same shape as in `json`, so `jq -c` pipelines and shards line up. */
export const renderNdjson: Renderer = (result) =>
  result.facts.map((fact) => `${JSON.stringify(canonicalFact(fact))}\n`).join('');
