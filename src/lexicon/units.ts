/** Units that follow a number: durations, percentages, ages, measures (temperature, speed, weight, length, area, volume, magnitude). */

/**
 * Duration words → canonical unit and factor. Weeks become days and decades
 * years so "a month to six weeks" is one range and "eight decades" equals "80 years".
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
  // Weights: "150 kg", "200 lbs" ("pounds" alone is money, see WEIGHT_POUNDS).
  { words: ['kilograms'], unit: 'kg' }, { words: ['kilogram'], unit: 'kg' }, { words: ['kg'], unit: 'kg' }, { words: ['kilos'], unit: 'kg' },
  { words: ['lbs'], unit: 'lb' }, { words: ['lb'], unit: 'lb' }, { words: ['tonnes'], unit: 't' }, { words: ['tonne'], unit: 't' },
  { words: ['tons'], unit: 't' }, { words: ['ton'], unit: 't' }, { words: ['ounces'], unit: 'oz' }, { words: ['grams'], unit: 'g' },
  // Lengths and distances: "600 metres", "2,000 feet", "10 km", "5ft".
  { words: ['square', 'kilometres'], unit: 'km²' }, { words: ['square', 'kilometers'], unit: 'km²' }, { words: ['square', 'km'], unit: 'km²' },
  { words: ['sq', 'km'], unit: 'km²' }, { words: ['square', 'miles'], unit: 'mi²' }, { words: ['square', 'metres'], unit: 'm²' },
  { words: ['square', 'meters'], unit: 'm²' }, { words: ['square', 'feet'], unit: 'ft²' },
  { words: ['kilometres'], unit: 'km' }, { words: ['kilometers'], unit: 'km' }, { words: ['kilometre'], unit: 'km' },
  { words: ['kilometer'], unit: 'km' }, { words: ['km'], unit: 'km' }, { words: ['metres'], unit: 'm' }, { words: ['meters'], unit: 'm' },
  { words: ['metre'], unit: 'm' }, { words: ['meter'], unit: 'm' }, { words: ['centimetres'], unit: 'cm' }, { words: ['centimeters'], unit: 'cm' },
  { words: ['cm'], unit: 'cm' }, { words: ['miles'], unit: 'mi' }, { words: ['mile'], unit: 'mi' }, { words: ['feet'], unit: 'ft' },
  { words: ['foot'], unit: 'ft' }, { words: ['ft'], unit: 'ft' }, { words: ['inches'], unit: 'in' }, { words: ['inch'], unit: 'in' },
  { words: ['yards'], unit: 'yd' }, { words: ['yard'], unit: 'yd' },
  // Areas and volumes: "300 acres", "120 hectares", "5,000 litres", "2 million barrels".
  { words: ['acres'], unit: 'acres' }, { words: ['acre'], unit: 'acres' }, { words: ['hectares'], unit: 'ha' }, { words: ['hectare'], unit: 'ha' },
  { words: ['litres'], unit: 'l' }, { words: ['liters'], unit: 'l' }, { words: ['gallons'], unit: 'gal' }, { words: ['barrels'], unit: 'bbl' },
  { words: ['cubic', 'metres'], unit: 'm³' }, { words: ['cubic', 'meters'], unit: 'm³' },
  // Earthquakes: "a 6.1-magnitude quake", "7.5 magnitude", "6.1 on the Richter scale" ("magnitude 6.1" before the number: see quantity.ts).
  { words: ['magnitude'], unit: 'magnitude' }, { words: ['on', 'the', 'richter', 'scale'], unit: 'magnitude' },
];

/** "a 200-pound man", "weighed 150 pounds": a pound glued to its number, or after "weigh", is a weight, not money. */
export const WEIGHT_VERBS: ReadonlySet<string> = new Set(['weigh', 'weighs', 'weighed', 'weighing']);

/**
 * "fell about 200m down a gully": a lower-case "m" glued to a number, with no currency before it, is metres
 * when a preposition, an adverb of direction or punctuation follows; "200m people" stays 200 million.
 */
export const METRE_FOLLOWERS: ReadonlySet<string> = new Set(['down', 'up', 'from', 'high', 'deep', 'long', 'tall', 'above', 'below', 'away', 'off', 'into', 'onto', 'in', 'on', 'at', 'to', 'across', 'along', 'wide', 'under', 'beneath', 'before', 'short', '.', ',', ')', ';', '(']);

/** "slid about 300m while descending", "within 40m of the ridge": a verb of moving up or down, or "within", before the number makes a glued "m" metres whatever follows. */
export const METRE_VERBS: ReadonlySet<string> = new Set(['fell', 'fall', 'falls', 'falling', 'fallen', 'plunged', 'plummeted', 'tumbled', 'slid', 'slipped', 'climbed', 'descended', 'swam', 'within']);
