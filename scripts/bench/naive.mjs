#!/usr/bin/env node
// The naive baseline summit-facts is measured against: what a developer writes in ten minutes with
// compromise alone. One nlp() parse per whole article, then its people, quotations, numbers, money and
// (when the compromise-dates plugin is installed) dates views, all collected; no offsets, no reconciling.
//   node scripts/bench/naive.mjs <dir> --out <file.json>
import fs from 'node:fs';
import path from 'node:path';
import nlp from 'compromise';

// compromise-dates is an optional plugin and not a dependency of summit-facts: without it the baseline
// skips dates, which only makes the baseline faster (the ratio then flatters the baseline, not us).
let datesPlugin = null;
try {
  datesPlugin = (await import('compromise-dates')).default;
} catch {
  datesPlugin = null;
}
if (datesPlugin) nlp.plugin(datesPlugin);

const argv = process.argv.slice(2);
const dir = argv[0];
const out = argv.includes('--out') ? argv[argv.indexOf('--out') + 1] : null;
if (!dir || !out) {
  console.error('usage: node scripts/bench/naive.mjs <dir> --out <file.json>');
  process.exit(2);
}

const t0 = process.hrtime.bigint();
const results = [];
let bytes = 0;
for (const name of fs.readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
  const text = fs.readFileSync(path.join(dir, name), 'utf8');
  bytes += Buffer.byteLength(text);
  const doc = nlp(text);
  results.push({
    source: name,
    people: doc.people().out('array'),
    quotes: doc.quotations().out('array'),
    numbers: doc.numbers().get(),
    money: doc.money().out('array'),
    dates: typeof doc.dates === 'function' ? doc.dates().get() : null,
  });
}
const ms = Number(process.hrtime.bigint() - t0) / 1e6;
const meta = { articles: results.length, bytes, ms, datesPlugin: Boolean(datesPlugin) };
fs.writeFileSync(out, JSON.stringify({ meta, results }) + '\n');
console.log(JSON.stringify(meta));
