import { PRETTY, type FactLayout } from './json.js';
import { COMPACT } from './ndjson.js';

/** How a format writes facts and evidence, for the formats that take evidence as a stream; null for the others. */
export const streamLayout = (format: string): FactLayout | null => (format === 'json' ? PRETTY : format === 'ndjson' ? COMPACT : null);
