/** Human-readable figures for conflict messages: 90000000000 USD → "$90 billion", 0.25 fraction → "1/4". */
const SYMBOLS: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥' };
const SCALES: ReadonlyArray<readonly [number, string]> = [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million']];

/** One formatter for every figure: `toLocaleString` builds a new one on each call, and a run formats thousands. */
const DECIMAL = new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 });

function plain(n: number): string {
  for (const [scale, word] of SCALES) {
    if (Math.abs(n) >= scale) return `${Number((n / scale).toPrecision(6))} ${word}`;
  }
  return DECIMAL.format(n);
}

export function formatFigure(value: number, unit: string, min: number | null, max: number | null): string {
  const range = min !== null && max !== null && min !== max && min === value && max !== value;
  const v = range ? `${plain(min)}–${plain(max)}` : plain(value);
  if (SYMBOLS[unit]) return `${SYMBOLS[unit]}${v}`;
  if (/^[A-Z]{3}$/.test(unit)) return `${v} ${unit}`;
  if (unit === 'percent') return `${v}%`;
  if (unit === 'count' || unit === 'fraction' || unit === 'ordinal') return v;
  // "1 minute", "1 day": a duration's unit is named in the plural ("minutes"), one of it in the singular
  if (!range && value === 1 && /^(?:seconds|minutes|hours|days|weeks|months|years)$/.test(unit)) return `1 ${unit.slice(0, -1)}`;
  return `${v} ${unit}`;
}
