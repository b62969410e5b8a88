import { PRETTY, type FactLayout } from './json.js';
import { COMPACT } from './ndjson.js';

/** How facts and evidence are written, by name: what a worker thread is told, since functions do not cross threads. */
export type LayoutName = 'pretty' | 'compact';

const LAYOUTS: Readonly<Record<LayoutName, FactLayout>> = { pretty: PRETTY, compact: COMPACT };

export const layoutNamed = (name: LayoutName): FactLayout => LAYOUTS[name];

/** The layout a format writes evidence in, for the formats that take evidence as a stream. */
export const streamLayout = (format: string): LayoutName | null => (format === 'json' ? 'pretty' : format === 'ndjson' ? 'compact' : null);
