/** Units that follow a number: durations, percentages, ages. */

/**
 * Duration words → canonical unit and factor. Weeks become days and decades
 * years so "a week to 10 days" is one range and "eight decades" equals "80 years".
 */
export const DURATIONS: ReadonlyMap<string, { unit: string; factor: number }> = new Map([
  ['second', { unit: 'seconds', factor: 1 }], ['seconds', { unit: 'seconds', factor: 1 }],
  ['minute', { unit: 'minutes', factor: 1 }], ['minutes', { unit: 'minutes', factor: 1 }],
  ['hour', { unit: 'hours', factor: 1 }], ['hours', { unit: 'hours', factor: 1 }],
  ['day', { unit: 'days', factor: 1 }], ['days', { unit: 'days', factor: 1 }],
  ['week', { unit: 'days', factor: 7 }], ['weeks', { unit: 'days', factor: 7 }],
  ['fortnight', { unit: 'days', factor: 14 }], ['fortnights', { unit: 'days', factor: 14 }],
  ['month', { unit: 'months', factor: 1 }], ['months', { unit: 'months', factor: 1 }],
  ['year', { unit: 'years', factor: 1 }], ['years', { unit: 'years', factor: 1 }],
  ['decade', { unit: 'years', factor: 10 }], ['decades', { unit: 'years', factor: 10 }],
  ['century', { unit: 'years', factor: 100 }], ['centuries', { unit: 'years', factor: 100 }],
]);

/** Words that make a number a percentage: "40%", "40 percent", "40 per cent", "40 pct". */
export const PERCENT_WORDS: ReadonlySet<string> = new Set(['%', 'percent', 'pct', 'percentage']);

/** Words after a duration that turn it into a date ("two days after", "three weeks ago"). */
export const DATE_OFFSET_WORDS: ReadonlySet<string> = new Set(['ago', 'after', 'before', 'later', 'earlier', 'since', 'from']);

/** Words before a duration that make it a span of time, even before "after": "the biggest stoppage in 30 years after …". */
export const SPAN_OPENERS: ReadonlySet<string> = new Set(['in', 'for', 'over', 'past', 'of']);

/**
 * Units of temperature and speed after a number, as token sequences (lower-cased, curly
 * marks folded): "44 °C", "44°C", "44 degrees Celsius", "60 km/h", "40 mph", "35 knots".
 * Longest first, so "degrees celsius" wins over "degrees".
 */
export const MEASUREMENT_UNITS: ReadonlyArray<{ readonly words: readonly string[]; readonly unit: string }> = [
  { words: ['degrees', 'celsius'], unit: '°C' }, { words: ['degrees', 'centigrade'], unit: '°C' },
  { words: ['degrees', 'fahrenheit'], unit: '°F' }, { words: ['degrees', 'c'], unit: '°C' }, { words: ['degrees', 'f'], unit: '°F' },
  { words: ['°', 'c'], unit: '°C' }, { words: ['°', 'f'], unit: '°F' }, { words: ['°c'], unit: '°C' }, { words: ['°f'], unit: '°F' },
  { words: ['km', '/', 'h'], unit: 'km/h' }, { words: ['kilometres', 'per', 'hour'], unit: 'km/h' },
  { words: ['kilometers', 'per', 'hour'], unit: 'km/h' }, { words: ['km', 'per', 'hour'], unit: 'km/h' }, { words: ['kph'], unit: 'km/h' },
  { words: ['kmh'], unit: 'km/h' }, { words: ['miles', 'per', 'hour'], unit: 'mph' }, { words: ['mph'], unit: 'mph' },
  { words: ['knots'], unit: 'knots' },
];
