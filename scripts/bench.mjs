#!/usr/bin/env node
// Benchmark: build a deterministic corpus of varied articles, run the CLI on it, report time and memory.
//   node scripts/bench.mjs                 build (or reuse) .bench/corpus-10mb/, run extract, print a table
//   node scripts/bench.mjs --only-corpus   build (or reuse) the corpus and print its stats
//   node scripts/bench.mjs --mb 50         another corpus size (.bench/corpus-50mb/)
//   node scripts/bench.mjs --cli <file>    run another entry point instead of bin/summit-facts.js
// Sections are rows in SECTIONS below; add one (naive baseline, --jobs, warm cache, 5x, --help) there.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BENCH = path.join(ROOT, '.bench');
const SEED = 0x5eed2024;
const GENERATOR_VERSION = 2; // bump when the variation rules change, so old corpora are rebuilt

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const option = (name, dflt) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : dflt);
const MB = Number(option('--mb', '10'));
// --cli <file>: benchmark another entry point (a baseline, an older build) with the same command line.
const CLI = path.resolve(option('--cli', path.join(ROOT, 'bin', 'summit-facts.js')));

// mulberry32: tiny seeded PRNG, so every run builds the same corpus byte for byte.
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = (rnd, list) => list[Math.floor(rnd() * list.length)];

const FIRST = ['Maria', 'Kenji', 'Amara', 'Lukas', 'Sofia', 'Tariq', 'Ingrid', 'Mateo', 'Priya', 'Olu', 'Hana', 'Bram', 'Leila', 'Tomasz', 'Aisha', 'Jonas'];
const LAST = ['Novak', 'Okafor', 'Lindqvist', 'Haddad', 'Moreau', 'Tanaka', 'Kowalski', 'Ferreira', 'Nkemelu', 'Jansen', 'Rossi', 'Demir', 'Sato', 'Brennan', 'Achterberg', 'Mendes'];
// Capitalised words that open a "Title Name" pair rather than a first name ("Chancellor Anna ...").
const TITLES = new Set(['President', 'Chancellor', 'Minister', 'Secretary', 'General', 'Vice', 'Prime', 'Leader', 'Union', 'Club', 'Port', 'Labour', 'Dutch', 'German', 'French', 'British', 'Russian', 'Ukrainian', 'Interior', 'The', 'By', 'Source', 'Reporting', 'Editing']);

/** Templates: the seeds plus every fixture article (their BOM, CRLF and quote styles vary the corpus). */
function loadTemplates() {
  const files = [];
  const walk = (dir) => {
    if (!fs.existsSync(dir)) return;
    for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.txt')) files.push({ name: path.relative(ROOT, p), text: fs.readFileSync(p, 'utf8') });
    }
  };
  walk(path.join(ROOT, 'seeds'));
  walk(path.join(ROOT, 'fixtures'));
  return files;
}

/** Person-like "First Last" pairs: the surname also stands alone somewhere ("Anna Novak … Novak said"). */
function personPairs(text) {
  const pairs = new Map();
  for (const m of text.matchAll(/\b(?=(\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}+)\b)/gu)) {
    const [first, last] = [m[1], m[2]];
    if (TITLES.has(first) || TITLES.has(last)) continue;
    const alone = new RegExp(`(?<!\\p{Lu}\\p{Ll}+ )\\b${last}\\b(?! \\p{Lu})`, 'u');
    if (alone.test(text)) pairs.set(`${first} ${last}`, last);
  }
  return pairs;
}

/** One variant of a template: new names, new numbers (days and years kept valid), adjacent paragraphs swapped. */
function vary(text, rnd) {
  let out = text;
  for (const [full, last] of personPairs(text)) {
    const [nf, nl] = [pick(rnd, FIRST), pick(rnd, LAST)];
    out = out.split(full).join(`${nf} ${nl}`).replace(new RegExp(`\\b${last}\\b`, 'gu'), nl);
  }
  out = out.replace(/\d+/g, (d) => {
    const n = Number(d);
    if (n <= 31 || (d.length === 4 && n >= 1900 && n <= 2099)) return d;
    return String(1 + Math.floor(rnd() * 9)) + Array.from({ length: d.length - 1 }, () => Math.floor(rnd() * 10)).join('');
  });
  const eol = out.includes('\r\n') ? '\r\n' : '\n';
  const lines = out.split(eol);
  for (let i = 3; i + 1 < lines.length - 2; i++) {
    if (lines[i] && lines[i + 1] && rnd() < 0.15) [lines[i], lines[i + 1]] = [lines[i + 1], lines[i]];
  }
  return lines.join(eol);
}

function buildCorpus(mb) {
  const dir = path.join(BENCH, `corpus-${mb}mb`);
  const templates = loadTemplates();
  const hash = createHash('sha256').update(JSON.stringify(templates)).digest('hex').slice(0, 16);
  const want = { version: GENERATOR_VERSION, seed: SEED, targetBytes: mb * 1024 * 1024, templates: hash };
  const manifestPath = `${dir}.manifest.json`; // beside the folder: the CLI must only see articles
  if (fs.existsSync(manifestPath)) {
    const have = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
    if (Object.keys(want).every((k) => have[k] === want[k])) return { dir, ...have, reused: true };
  }
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const rnd = mulberry32(SEED);
  let bytes = 0;
  let files = 0;
  while (bytes < want.targetBytes) {
    const t = templates[files % templates.length];
    const text = vary(t.text, rnd);
    const stem = path.basename(t.name, '.txt').replace(/[^\w-]/g, '_');
    fs.writeFileSync(path.join(dir, `${String(files).padStart(6, '0')}_${stem}.txt`), text);
    bytes += Buffer.byteLength(text);
    files++;
  }
  const manifest = { ...want, files, bytes };
  fs.writeFileSync(manifestPath, JSON.stringify(manifest, null, 2) + '\n');
  return { dir, ...manifest, reused: false };
}

// Peak RSS without external tools: a preload prints the child's own maxRSS (KiB on Linux) on exit.
function preload() {
  const file = path.join(BENCH, 'maxrss-preload.mjs');
  const code = "import fs from 'node:fs';\nprocess.on('exit', () => fs.writeSync(2, 'MAXRSS ' + process.resourceUsage().maxRSS + '\\n'));\n";
  if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== code) fs.writeFileSync(file, code);
  return pathToFileURL(file).href;
}

/** Run `node [flags] bin/summit-facts.js ...args` once; wall seconds, peak RSS MB, exit code. */
function runCli(args, nodeFlags = []) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--import', preload(), ...nodeFlags, CLI, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 << 20 });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const rss = /MAXRSS (\d+)/.exec(r.stderr ?? '');
  const stderr = (r.stderr ?? '').replace(/^MAXRSS \d+\n?/m, '').trim();
  return { seconds, rssMB: rss ? Number(rss[1]) / 1024 : NaN, status: r.status, stderr };
}

function parses(file) {
  try {
    JSON.parse(fs.readFileSync(file, 'utf8'));
    return true;
  } catch {
    return false;
  }
}

// Each section measures one thing over the corpus and returns a table row (or null to skip).
const SECTIONS = [
  {
    name: 'extract --format json',
    run: (corpus) => {
      const out = path.join(os.tmpdir(), `summit-facts-bench-${process.pid}.json`);
      fs.rmSync(out, { force: true });
      const r = runCli(['extract', corpus.dir, '--format', 'json', '--out', out]);
      // Exit 1 is "problems found by check" but also an uncaught crash: only a parseable --out proves a run.
      const ok = (r.status === 0 || r.status === 1) && fs.existsSync(out) && parses(out);
      fs.rmSync(out, { force: true });
      return { ...r, ok };
    },
  },
  // Later: { name: 'naive baseline', ... }, { name: 'extract --jobs 1 vs N', ... },
  // { name: 'warm cache', ... }, { name: '5x corpus (--mb 50)', ... }, { name: '--help startup', ... }
];

function row(cells, widths) {
  return cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
}

function main() {
  fs.mkdirSync(BENCH, { recursive: true });
  const t0 = process.hrtime.bigint();
  const corpus = buildCorpus(MB);
  const genSec = Number(process.hrtime.bigint() - t0) / 1e9;
  const corpusMB = corpus.bytes / (1024 * 1024);
  console.log(`corpus ${path.relative(ROOT, corpus.dir)}: ${corpus.files} articles, ${corpusMB.toFixed(2)} MB, ` +
    `seed ${corpus.seed}, templates ${corpus.templates} (${corpus.reused ? 'reused' : `built in ${genSec.toFixed(2)} s`})`);
  if (flag('--only-corpus')) return 0;
  if (!fs.existsSync(CLI)) {
    console.error(`bench: ${path.relative(ROOT, CLI)} not found; run \`npm run build\` first`);
    return 2;
  }
  const widths = [24, 9, 9, 8, 8, 10, 9];
  console.log(row(['section', 'corpus MB', 'articles', 'seconds', 'MB/s', 'articles/s', 'peak MB'], widths));
  let failed = 0;
  for (const s of SECTIONS) {
    const r = s.run(corpus);
    if (!r) continue;
    if (!r.ok) {
      failed++;
      console.error(`bench: ${s.name} exited with ${r.status}: ${r.stderr.split('\n').slice(0, 5).join('\n')}`);
    }
    console.log(row([s.name, corpusMB.toFixed(2), corpus.files, r.seconds.toFixed(2), (corpusMB / r.seconds).toFixed(2),
      (corpus.files / r.seconds).toFixed(1), Number.isNaN(r.rssMB) ? '?' : r.rssMB.toFixed(0)], widths) + (r.ok ? '' : '  FAILED'));
  }
  return failed ? 1 : 0;
}

process.exitCode = main();
