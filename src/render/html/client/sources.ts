/**
 * The page's script, part 2: the sources pane. Each article is drawn from its text with every
 * evidence span as a <mark> (data-ev: the span's number, data-f: its fact), the differing words
 * of conflicts and the speaker and cue of quotes as <span>s. Spans may cross (a name half inside
 * a quote's end): an element is then closed and reopened, so one span can be several pieces with
 * the same data-ev. Articles are drawn a few at a time after the page is shown, and at once when
 * a selection needs them.
 */
export const SOURCES_PANE = String.raw`
const spansBySource = SOURCES.map(() => []);
/** Evidence spans are numbered through all facts in order: fact fi's first span is evBase[fi]. */
const evBase = [];
FACTS.reduce((n, f, fi) => {
  evBase[fi] = n;
  f.evidence.forEach((e, k) => {
    const s = sourceIndex.get(e.source);
    if (s !== undefined) spansBySource[s].push({ start: e.start, end: e.end, rank: 0, order: n + k, kind: 'ev', f: fi, ev: n + k, type: f.type });
  });
  return n + f.evidence.length;
}, 0);
CONFLICTS.forEach((c, ci) => {
  for (const [di, start, end] of V.diffs[ci] || []) {
    const s = sourceIndex.get(c.details[di].source);
    if (s !== undefined) spansBySource[s].push({ start, end, rank: 1, order: ci, kind: 'diff', c: ci });
  }
});
for (const [fi, ei, ss, se, cs, ce] of V.cues) {
  const s = sourceIndex.get(FACTS[fi].evidence[ei].source);
  if (s === undefined) continue;
  if (ss >= 0) spansBySource[s].push({ start: ss, end: se, rank: 2, order: 0, kind: 'spk', f: fi, ev: evBase[fi] + ei });
  if (cs >= 0) spansBySource[s].push({ start: cs, end: ce, rank: 2, order: 1, kind: 'cue', f: fi, ev: evBase[fi] + ei });
}
spansBySource.forEach((list) => list.sort((a, b) => a.start - b.start || b.end - a.end || a.rank - b.rank || a.order - b.order));

/** Elements of each fact in the sources pane (marks, speakers, cues), filled as articles are drawn. */
const marksOfFact = new Map();

function spanElement(span) {
  let e;
  if (span.kind === 'ev' || span.kind === 'ctx') {
    e = el('mark', 'hl-' + span.type);
    if (span.kind === 'ev') {
      e.dataset.ev = String(span.ev);
      e.dataset.f = String(span.f);
    }
  } else if (span.kind === 'diff') {
    e = el('span', 'diff');
    e.dataset.c = String(span.c);
  } else {
    e = el('span', span.kind);
    e.dataset.f = String(span.f);
    e.dataset.of = String(span.ev);
  }
  return e;
}

/** Text with control characters kept but shown as their escape (see .ctl in the style). */
function appendText(parent, text) {
  let from = 0;
  UNSAFE.lastIndex = 0;
  for (let m = UNSAFE.exec(text); m; m = UNSAFE.exec(text)) {
    if (m.index > from) parent.append(text.slice(from, m.index));
    const c = el('span', 'ctl', m[0]);
    c.dataset.esc = escapeChar(m[0]);
    parent.append(c);
    from = m.index + 1;
  }
  if (from < text.length) parent.append(text.slice(from));
}

/** Draws text [0, text.length) into box with the spans (sorted by start, longest first) as elements. */
function drawSpans(box, text, spans, onElement) {
  const points = new Set([0, text.length]);
  const usable = spans.filter((s) => s.start >= 0 && s.end <= text.length && s.start < s.end);
  for (const s of usable) { points.add(s.start); points.add(s.end); }
  const stops = [...points].sort((a, b) => a - b);
  const stack = [];
  const top = () => (stack.length ? stack[stack.length - 1].e : box);
  const open = (s) => {
    const e = spanElement(s);
    top().append(e);
    stack.push({ s, e });
    if (onElement) onElement(s, e);
  };
  let next = 0;
  let at = 0;
  for (const p of stops) {
    if (p > at) { appendText(top(), text.slice(at, p)); at = p; }
    const low = stack.findIndex((x) => x.s.end === p);
    if (low >= 0) {
      const reopen = stack.slice(low).filter((x) => x.s.end > p).map((x) => x.s);
      stack.length = low;
      reopen.sort((a, b) => b.end - a.end).forEach(open);
    }
    while (next < usable.length && usable[next].start === p) open(usable[next++]);
  }
}

const drawn = new Uint8Array(SOURCES.length);
const cards = [];
const boxes = [];

function register(span, e) {
  if (span.f === undefined) return;
  let list = marksOfFact.get(span.f);
  if (!list) marksOfFact.set(span.f, (list = []));
  list.push(e);
}

function drawSource(s) {
  if (drawn[s]) return;
  drawn[s] = 1;
  const text = V.texts[s];
  const box = boxes[s];
  if (text === null) {
    box.classList.add('missing');
    box.textContent = 'The text of this article is not in the report: the file changed or could not be read again after the run.';
    return;
  }
  drawSpans(box, text, spansBySource[s], register);
  if (state.selected >= 0) markSelected(state.selected);
}

function buildSourcesPane() {
  const pane = byId('sources');
  const frag = document.createDocumentFragment();
  SOURCES.forEach((src, s) => {
    const card = el('article', 'source');
    card.id = 'source-' + s;
    card.dataset.s = String(s);
    const head = el('header');
    head.append(el('h3', null, V.short[s]));
    if (src.outlet) head.append(el('span', 'outlet', label(src.outlet)));
    head.append(el('span', 'path', label(src.path)));
    head.append(el('span', 'n', plural(spansBySource[s].filter((x) => x.kind === 'ev').length, 'highlight')));
    const box = el('div', 'text');
    box.tabIndex = 0;
    box.setAttribute('aria-label', 'Text of ' + V.short[s]);
    card.append(head, box);
    cards.push(card);
    boxes.push(box);
    frag.append(card);
  });
  pane.append(frag);
}

/** Draws the first articles now and the rest in slices of about 12 ms, so the page answers at once. */
function drawSourcesInBackground(first) {
  for (let s = 0; s < Math.min(first, SOURCES.length); s++) drawSource(s);
  let next = 0;
  const slice = () => {
    const until = performance.now() + 12;
    while (next < SOURCES.length && performance.now() < until) drawSource(next++);
    if (next < SOURCES.length) setTimeout(slice, 0);
    else document.documentElement.dataset.sources = 'drawn';
  };
  setTimeout(slice, 0);
}
`;
