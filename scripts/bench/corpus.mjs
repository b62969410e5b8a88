// The benchmark corpus: deterministic variants of the seeds and fixture articles, byte for byte the same
// on every run with the same templates, plus a fixed sample (the first articles, ~1 MiB) for slow baselines.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const SEED = 0x5eed2024;
const GENERATOR_VERSION = 2; // bump when the variation rules change, so old corpora are rebuilt
export const MIB = 1024 * 1024;

// mulberry32: tiny seeded PRNG, so every run builds the same corpus byte for byte.
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
export const pick = (rnd, list) => list[Math.floor(rnd() * list.length)];

export const FIRST = ['Maria', 'Kenji', 'Amara', 'Lukas', 'Sofia', 'Tariq', 'Ingrid', 'Mateo', 'Priya', 'Olu', 'Hana', 'Bram', 'Leila', 'Tomasz', 'Aisha', 'Jonas'];
export const LAST = ['Novak', 'Okafor', 'Lindqvist', 'Haddad', 'Moreau', 'Tanaka', 'Kowalski', 'Ferreira', 'Nkemelu', 'Jansen', 'Rossi', 'Demir', 'Sato', 'Brennan', 'Achterberg', 'Mendes'];
// Capitalised words that open a "Title Name" pair rather than a first name ("Chancellor Anna ...").
export const TITLES = new Set(['President', 'Chancellor', 'Minister', 'Secretary', 'General', 'Vice', 'Prime', 'Leader', 'Union', 'Club', 'Port', 'Labour', 'Dutch', 'German', 'French', 'British', 'Russian', 'Ukrainian', 'Interior', 'The', 'By', 'Source', 'Reporting', 'Editing']);

/** Templates: the seeds plus every fixture article (their BOM, CRLF and quote styles vary the corpus). */
function loadTemplates(root) {
  const files = [];
  const walk = (dir) => {
    if (!fs.existsSync(dir)) return;
    for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.txt')) files.push({ name: path.relative(root, p), text: fs.readFileSync(p, 'utf8') });
    }
  };
  walk(path.join(root, 'seeds'));
  walk(path.join(root, 'fixtures'));
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

/** Build (or reuse, when the manifest matches) .bench/corpus-<mb>mb/; the manifest sits beside the folder. */
export function buildCorpus(root, bench, mb) {
  const dir = path.join(bench, `corpus-${mb}mb`);
  const templates = loadTemplates(root);
  const hash = createHash('sha256').update(JSON.stringify(templates)).digest('hex').slice(0, 16);
  const want = { version: GENERATOR_VERSION, seed: SEED, targetBytes: mb * MIB, templates: hash };
  const manifestPath = `${dir}.manifest.json`; // beside the folder: the CLI must only see articles
  if (fs.existsSync(manifestPath) && fs.existsSync(dir)) {
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

/** The first articles of a corpus (in name order) until `bytes` is reached, copied to `dir`: a fixed sample. */
export function buildSample(corpus, dir, bytes) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  let total = 0;
  let files = 0;
  for (const name of fs.readdirSync(corpus.dir).sort()) {
    if (total >= bytes) break;
    fs.copyFileSync(path.join(corpus.dir, name), path.join(dir, name));
    total += fs.statSync(path.join(dir, name)).size;
    files++;
  }
  return { dir, files, bytes: total };
}

/**
 * Articles of real length for the --jobs comparison: the realnews development articles when they
 * are converted on this machine (.realnews/quotes/dev/articles: 507 articles, 2.4 MB, copyrighted,
 * never committed), else the bench corpus's articles joined three by three (about 6 KB each, the
 * length of a wire story; the corpus's own are 2 KB).
 */
export function buildRealSized(root, corpus, dir, count = 500) {
  const real = path.join(root, '.realnews', 'quotes', 'dev', 'articles');
  if (fs.existsSync(real)) {
    const names = fs.readdirSync(real).filter((f) => f.endsWith('.txt'));
    const bytes = names.reduce((n, f) => n + fs.statSync(path.join(real, f)).size, 0);
    return { dir: path.relative(root, real), files: names.length, bytes, real: true };
  }
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const names = fs.readdirSync(corpus.dir).sort();
  let bytes = 0;
  for (let i = 0; i < count && 3 * i + 2 < names.length; i++) {
    const text = names.slice(3 * i, 3 * i + 3).map((f) => fs.readFileSync(path.join(corpus.dir, f), 'utf8')).join('\n\n');
    fs.writeFileSync(path.join(dir, `r${String(i).padStart(4, '0')}.txt`), text);
    bytes += Buffer.byteLength(text);
  }
  return { dir: path.relative(root, dir), files: Math.min(count, Math.floor(names.length / 3)), bytes, real: false };
}

/** The first `count` articles of a corpus, copied to `dir` (the table format's 2,000-article case). */
export function buildFirst(corpus, dir, count) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  let bytes = 0;
  const names = fs.readdirSync(corpus.dir).sort().slice(0, count);
  for (const name of names) {
    fs.copyFileSync(path.join(corpus.dir, name), path.join(dir, name));
    bytes += fs.statSync(path.join(dir, name)).size;
  }
  return { dir, files: names.length, bytes };
}

/** One file of `mb` MiB made of the corpus's articles one after another: an archive passed as one article. */
export function buildOneBig(corpus, file, mb) {
  const parts = [];
  let bytes = 0;
  for (const name of fs.readdirSync(corpus.dir).sort()) {
    if (bytes >= mb * MIB) break;
    const text = fs.readFileSync(path.join(corpus.dir, name), 'utf8').replace(/^\uFEFF/, '');
    parts.push(text);
    bytes += Buffer.byteLength(text) + 2;
  }
  fs.writeFileSync(file, parts.join('\n\n'));
  return { dir: file, files: 1, bytes: fs.statSync(file).size };
}
