/**
 * The page's script, part 1: the data and the words. The script is written as plain JavaScript in
 * strings (it runs in the reader's browser, not in Node), kept free of backticks and `${` so it can
 * sit in these template literals, and checked by the browser tests. Everything from an article
 * reaches the page through `textContent`, never as markup.
 */
export const CORE = String.raw`
const byId = (id) => document.getElementById(id);
/** The data blocks of one name, joined in order (a large run's JSON is cut into several). */
const readJson = (name) => JSON.parse(Array.from(document.querySelectorAll('script[data-sf="' + name + '"]'), (s) => s.textContent).join(''));
const R = readJson('result');
const V = readJson('view');
const FACTS = R.facts;
const SOURCES = R.sources;
const CONFLICTS = R.conflicts;
const TYPES = ['actor', 'quote', 'figure', 'date'];
const TITLES = { actor: 'Actors', quote: 'Quotes', figure: 'Figures', date: 'Dates' };
const STATUS = { agreed: 'agreed', 'single-source': 'single source', conflict: 'conflict' };
const CONFLICT_TYPES = { 'quote-wording': 'Quote wording', 'quote-speaker': 'Quote speaker', figure: 'Figure', date: 'Date' };
const PAGE = 100;
const sourceIndex = new Map(SOURCES.map((s, i) => [s.id, i]));
const factIndex = new Map(FACTS.map((f, i) => [f.id, i]));
const shortName = (id) => (sourceIndex.has(id) ? V.short[sourceIndex.get(id)] : id);

// Control characters and bidi overrides from an article are shown as escapes (\x1b, \u202e),
// as in the terminal formats; in the sources pane the character itself stays, isolated and hidden.
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const escapeChar = (c) => {
  const n = c.charCodeAt(0);
  return n < 0x100 ? '\\x' + n.toString(16).padStart(2, '0') : '\\u' + n.toString(16).padStart(4, '0');
};
/** An article string for a label: one line, control characters as escapes. */
const label = (s) => String(s).replace(/\s+/g, ' ').trim().replace(UNSAFE, escapeChar);

function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined && text !== null) e.textContent = text;
  return e;
}

const plural = (n, word) => n + ' ' + word + (n === 1 ? '' : 's');

function relativeLabel(r) {
  if (!r || typeof r.days !== 'number') return null;
  if (r.days === 0) return 'report day';
  return 'report day ' + (r.days < 0 ? '\u2212 ' : '+ ') + Math.abs(r.days);
}

const dateWords = (f) => '\u201c' + label(f.surface || (f.evidence.length ? f.evidence[0].text : '')) + '\u201d';

/** The date as the timeline keys it: its calendar value, its place relative to the report day, else its words as written. */
function dateKey(f) {
  return f.value || relativeLabel(f.relative) || dateWords(f);
}

function factTitle(f) {
  switch (f.type) {
    case 'actor': return label(f.name);
    case 'quote': return '\u201c' + label(f.text) + '\u201d';
    case 'figure': return label(V.figures[f.id] || String(f.value));
    case 'date': return dateKey(f);
    default: return label(f.id);
  }
}

const firstWords = (f) => (f.evidence.length ? label(f.evidence[0].text) : '');

function factDetail(f) {
  switch (f.type) {
    case 'actor': {
      const parts = [f.kind];
      if (f.roles.length) parts.push(label(f.roles.join(', ')));
      if (f.aliases.length) parts.push('also ' + label(f.aliases.join(', ')));
      return parts.join(' \u00b7 ');
    }
    case 'quote': return '\u2014 ' + (f.speakerName ? label(f.speakerName) : 'no speaker named') + (f.partial ? ' \u00b7 fragment' : '');
    case 'figure': return (f.subject ? label(f.subject) + ' \u00b7 ' : '') + '\u201c' + firstWords(f) + '\u201d';
    case 'date': {
      const parts = f.event ? [label(f.event)] : [];
      if (f.value || relativeLabel(f.relative)) parts.push(dateWords(f));
      return parts.join(' \u00b7 ');
    }
    default: return '';
  }
}

/** Search folds case and accents: "okafor" finds "Okafor", "gruen" does not find "Grün" but "grun" does. */
const fold = (s) => String(s).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const haystacks = [];
function haystack(i) {
  if (haystacks[i] === undefined) {
    const f = FACTS[i];
    haystacks[i] = fold([factTitle(f), factDetail(f), f.speakerName || '', f.sources.map(shortName).join(' ')].join('\n'));
  }
  return haystacks[i];
}

/** A conflict's reason when the run gives one (a sentence, or named parts), else null. */
function reasonText(c) {
  const r = c.reason;
  if (typeof r === 'string') return label(r);
  if (r && typeof r === 'object') {
    return Object.keys(r).filter((k) => typeof r[k] === 'string' || typeof r[k] === 'number')
      .map((k) => k + ': ' + label(r[k])).join(' \u00b7 ') || null;
  }
  return null;
}

function statusBadge(f) {
  const b = el('span', 'badge ' + f.status);
  b.textContent = f.status === 'conflict' ? '\u26a0 conflict' : f.status === 'agreed' ? '\u2713 agreed' : 'single source';
  return b;
}

function sourceList(f) {
  return el('span', 'src', f.sources.map(shortName).join(' '));
}

/** A fact as one button: used by the facts list, the timeline and the sides of a conflict. */
function factButton(i, title, detail) {
  const f = FACTS[i];
  const b = el('button', 'row t-' + f.type);
  b.type = 'button';
  b.dataset.f = String(i);
  const t = el('span', 'title', title === undefined ? factTitle(f) : title);
  b.append(t);
  const m = el('span', 'meta', detail === undefined ? factDetail(f) : detail);
  m.append(' ', statusBadge(f), ' ', sourceList(f));
  b.append(m);
  return b;
}

/** Appends rows PAGE at a time: a run over hundreds of articles has thousands of facts. */
function pagedList(parent, items, make) {
  const ul = el('ul', 'rows');
  parent.append(ul);
  let shown = 0;
  const more = el('button', 'more');
  more.type = 'button';
  const step = () => {
    const end = Math.min(items.length, shown + PAGE);
    const frag = document.createDocumentFragment();
    for (; shown < end; shown++) {
      const li = el('li');
      li.append(make(items[shown]));
      frag.append(li);
    }
    ul.append(frag);
    if (shown < items.length) {
      more.textContent = 'Show ' + Math.min(PAGE, items.length - shown) + ' more (' + (items.length - shown) + ' not shown)';
      if (!more.isConnected) parent.append(more);
    } else more.remove();
  };
  more.addEventListener('click', step);
  step();
  return { showUntil: (k) => { while (shown <= k && shown < items.length) step(); } };
}
`;
