// Plain-text tables for the bench: a row per run, then a row per target with PASS/FAIL.

/** Print rows under a header; column widths fit the widest cell; the first `leftAligned` columns are text. */
export function printTable(header, rows, leftAligned = 1) {
  const widths = header.map((h, i) => Math.max(String(h).length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => (i < leftAligned ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}

export const fixed = (x, digits = 2) => (Number.isFinite(x) ? x.toFixed(digits) : '?');

/**
 * A target row. `value` is the measured number (NaN when its run crashed or was skipped), `pass` the
 * test on it; `why` says what happened when there is no number ("crashed: exit 2", "skipped (--quick)").
 */
export function target(name, goal, value, shown, pass, why = null) {
  if (why) return { name, goal, measured: why, result: why.startsWith('skipped') ? 'SKIP' : why.startsWith('crash') ? 'CRASH' : 'FAIL', crashed: why.startsWith('crash') };
  if (!Number.isFinite(value)) return { name, goal, measured: '?', result: 'FAIL', crashed: false };
  return { name, goal, measured: shown, result: pass(value) ? 'PASS' : 'FAIL', crashed: false };
}
