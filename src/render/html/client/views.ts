/**
 * The page's script, part 5: conflicts and the timeline. A conflict shows its sides in columns
 * (one per fact), each place with the sentence around it and the differing words marked; the
 * timeline orders dates by calendar value, then those known only relative to the report day, then
 * the unresolved ones.
 */
export const VIEWS = String.raw`
/** The sentence around [start, end): back to the previous full stop or line break, at most 200 characters. */
function around(text, start, end) {
  let a = start;
  while (a > 0 && start - a < 200 && !/[\n.!?]/.test(text[a - 1])) a--;
  let b = end;
  while (b < text.length && b - end < 200 && !/[\n]/.test(text[b]) && !/[.!?]/.test(text[b - 1] || '')) b++;
  return [a, b];
}

function placeView(c, ci, di) {
  const d = c.details[di];
  const s = sourceIndex.get(d.source);
  const p = el('div', 'place');
  p.append(el('span', 'src', shortName(d.source) + ':' + d.evidence.line + ':' + d.evidence.column), ' ');
  const text = s === undefined ? null : V.texts[s];
  const ctx = el('span', 'ctx');
  if (text === null) {
    ctx.textContent = '\u201c' + label(d.value) + '\u201d';
  } else {
    const [a, b] = around(text, d.evidence.start, d.evidence.end);
    const fi = factIndex.get(d.fact);
    const spans = [{ start: d.evidence.start - a, end: d.evidence.end - a, rank: 0, order: 0, kind: 'ctx', type: fi === undefined ? 'quote' : FACTS[fi].type }];
    for (const [k, start, end] of V.diffs[ci] || []) {
      if (k === di) spans.push({ start: start - a, end: end - a, rank: 1, order: 0, kind: 'diff', c: ci });
    }
    spans.sort((x, y) => x.start - y.start || y.end - x.end || x.rank - y.rank);
    if (a > 0) ctx.append('\u2026');
    drawSpans(ctx, text.slice(a, b), spans, null);
    if (b < text.length) ctx.append('\u2026');
  }
  p.append(ctx);
  return p;
}

function conflictView(c, ci) {
  const card = el('article', 'conflict-card');
  card.dataset.c = String(ci);
  card.append(el('h3', null, (CONFLICT_TYPES[c.type] || label(c.type)) + ' \u00b7 ' + plural(c.sources.length, 'source')));
  const reason = reasonText(c);
  if (reason) card.append(el('p', 'reason', reason));
  card.append(el('p', 'message', label(c.message)));
  const sides = el('div', 'sides');
  const order = [...new Set(c.details.map((d) => d.fact))];
  for (const fact of order) {
    const side = el('div', 'side');
    const fi = factIndex.get(fact);
    const first = c.details.find((d) => d.fact === fact);
    const title = c.type === 'quote-wording' ? undefined : label(first.value);
    if (fi !== undefined) side.append(factButton(fi, title));
    else side.append(el('p', 'title', label(first.value)));
    c.details.forEach((d, di) => { if (d.fact === fact) side.append(placeView(c, ci, di)); });
    sides.append(side);
  }
  card.append(sides);
  return card;
}

let conflictPager = null;

function buildConflicts() {
  const view = byId('view-conflicts');
  if (!CONFLICTS.length) {
    view.append(el('p', 'note', 'The sources do not disagree on any quote, figure or date.'));
    return;
  }
  view.append(el('p', 'note', 'Each column is one version; the words that differ are marked, with the sentence around them.'));
  conflictPager = pagedList(view, CONFLICTS.map((c, ci) => ci), (ci) => conflictView(CONFLICTS[ci], ci));
}

function buildTimeline() {
  const view = byId('view-timeline');
  const dates = [];
  FACTS.forEach((f, i) => { if (f.type === 'date') dates.push(i); });
  const calendar = dates.filter((i) => FACTS[i].value).sort((x, y) => (FACTS[x].value < FACTS[y].value ? -1 : FACTS[x].value > FACTS[y].value ? 1 : x - y));
  const relative = dates.filter((i) => !FACTS[i].value && relativeLabel(FACTS[i].relative)).sort((x, y) => FACTS[x].relative.days - FACTS[y].relative.days || x - y);
  const unresolved = dates.filter((i) => !FACTS[i].value && !relativeLabel(FACTS[i].relative));
  const row = (i) => {
    const f = FACTS[i];
    const placed = f.value || relativeLabel(f.relative);
    const b = factButton(i, '', placed ? dateWords(f) : '');
    b.querySelector('.title').append(el('span', 'when', dateKey(f)), f.event ? label(f.event) : '');
    return b;
  };
  const section = (title, list, note) => {
    if (!list.length) return;
    const h = el('h2', 'tl-head', title + ' ');
    h.append(el('span', 'n', String(list.length)));
    view.append(h);
    if (note) view.append(el('p', 'note', note));
    const box = el('div', 'timeline-box');
    view.append(box);
    pagedList(box, list, row);
    box.querySelector('ul').className = 'rows timeline';
  };
  if (!dates.length) view.append(el('p', 'note', 'No dates were found in these sources.'));
  section('Calendar dates', calendar, null);
  section('Relative to the report day', relative, 'No source gives a full date to anchor these; they are ordered by days before or after the day of the reports.');
  section('Unresolved', unresolved, 'Dates that could not be placed without a reference date (run with --reference-date YYYY-MM-DD).');
}
`;
