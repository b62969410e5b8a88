// Pathological inputs, generated deterministically into .bench/patho/: shapes real articles rarely
// have but scraped or broken files do. Each should cost about what ordinary prose costs per MB.
import fs from 'node:fs';
import path from 'node:path';
import { FIRST, LAST, MIB, SEED, mulberry32, pick } from './corpus.mjs';

const WORDS = ['the', 'talks', 'minister', 'agreed', 'ceasefire', 'not', 'a', 'deal', 'yet', 'on', 'Monday', 'we', 'will', 'see', 'port', 'workers', 'strike', 'over', 'pay', 'and', 'it', 'is', 'clear', 'that', '40', 'percent', 'million'];
const CAPS = ['President', 'Minister', 'Union', 'Port', 'North', 'Council', 'Harbour', 'Federal', 'Office', 'Agency', 'River', 'Bank', 'Group', 'Alliance', 'Monday', 'August', 'Said', 'The', 'Of', 'And', 'Talks', 'Deal', 'Strike', 'Court', ...FIRST, ...LAST];
const name = (rnd) => `${pick(rnd, FIRST)} ${pick(rnd, LAST)}`;
const words = (rnd, n) => Array.from({ length: n }, () => pick(rnd, WORDS)).join(' ');

/** Append pieces until `bytes` UTF-8 bytes, then cut at the last piece that fits (never mid-character). */
function fill(bytes, next) {
  const parts = [];
  let size = 0;
  for (;;) {
    const p = next(parts.length);
    const b = Buffer.byteLength(p);
    if (size + b > bytes) break;
    parts.push(p);
    size += b;
  }
  return parts.join('');
}

// One 5 MiB line: ordinary articles with every line break turned into a space (a scrape that lost them).
function longLine(corpusDir) {
  const names = fs.readdirSync(corpusDir).sort();
  return fill(5 * MIB, (i) => fs.readFileSync(path.join(corpusDir, names[i % names.length]), 'utf8').replace(/^\uFEFF/, '').replace(/\s*[\r\n]+\s*/g, ' ') + ' ');
}

// 100,000 quote marks of every style, mostly unpaired, 1-3 words apart, some "said Name" cues among them.
function quoteMarks(rnd) {
  const marks = ['“', '”', '"', "'", '«', '»'];
  const parts = [];
  for (let i = 0; i < 100_000; i++) {
    parts.push(pick(rnd, marks), words(rnd, 1 + Math.floor(rnd() * 3)));
    if (rnd() < 0.1) parts.push(`, said ${name(rnd)}.`);
    parts.push(i % 40 === 39 ? '\n\n' : ' ');
  }
  return parts.join('');
}

// 1 MiB of capitalised words only: no punctuation, a line break every 15 words (every one a name candidate).
function capitals(rnd) {
  return fill(MIB, (i) => pick(rnd, CAPS) + (i % 15 === 14 ? '\n' : ' '));
}

// 1 MiB of quotes nested up to 40 deep, closed in the wrong order or not at all, across paragraphs.
function nestedQuotes(rnd) {
  const open = ['“', '‘', '«', '‹', '"', "'", '„', '「'];
  const close = ['”', '’', '»', '›', '"', "'", '“', '」'];
  return fill(MIB, (i) => {
    const depth = 1 + Math.floor(rnd() * 40);
    let s = `${name(rnd)} said `;
    for (let d = 0; d < depth; d++) s += `${pick(rnd, open)}${words(rnd, 1 + Math.floor(rnd() * 4))} `;
    const closes = Math.floor(rnd() * (depth + 4));
    for (let d = 0; d < closes; d++) s += `${words(rnd, Math.floor(rnd() * 3))}${pick(rnd, close)} `;
    return s + (rnd() < 0.5 ? '. ' : '') + (i % 5 === 4 ? '\n\n' : '');
  });
}

/** Write the four files (rebuilt each run: cheap, and always matches the generator) and list them. */
export function buildPatho(bench, corpusDir) {
  const dir = path.join(bench, 'patho');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const rnd = mulberry32(SEED ^ 0x9a7);
  const cases = [
    ['long-line-5mb.txt', '5 MB single line of prose', () => longLine(corpusDir)],
    ['quote-marks-100k.txt', '100,000 mixed quote marks', () => quoteMarks(rnd)],
    ['capitals-1mb.txt', 'only capitalised words, 1 MB', () => capitals(rnd)],
    ['nested-quotes-1mb.txt', 'nested, unbalanced quotes, 1 MB', () => nestedQuotes(rnd)],
  ];
  return cases.map(([file, label, make]) => {
    const p = path.join(dir, file);
    fs.writeFileSync(p, make());
    return { file: p, label, bytes: fs.statSync(p).size };
  });
}
