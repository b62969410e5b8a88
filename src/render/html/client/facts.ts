/**
 * The page's script, part 3: the facts list and its filters. A fact is shown when it passes every
 * filter; the type boxes count the facts of their type that pass the other filters, so a reader
 * sees what ticking one would add. Speakers filter quotes (the other types have none).
 */
export const FACTS_PANE = String.raw`
const state = { types: new Set(TYPES), status: '', source: -1, speaker: -1, query: '', selected: -1, view: 'facts' };
const speakers = [...new Set(FACTS.filter((f) => f.type === 'quote').map((f) => f.speakerName || ''))]
  .sort((a, b) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b)));
const pagers = new Map();

function passesOthers(f, i) {
  if (state.status && f.status !== state.status) return false;
  if (state.source >= 0 && !f.sources.includes(SOURCES[state.source].id)) return false;
  if (state.speaker >= 0 && (f.type !== 'quote' || (f.speakerName || '') !== speakers[state.speaker])) return false;
  if (state.query && !haystack(i).includes(state.query)) return false;
  return true;
}

function applyFilters() {
  const lists = { actor: [], quote: [], figure: [], date: [] };
  const passing = { actor: 0, quote: 0, figure: 0, date: 0 };
  FACTS.forEach((f, i) => {
    if (!passesOthers(f, i)) return;
    passing[f.type]++;
    if (state.types.has(f.type)) lists[f.type].push(i);
  });
  const view = byId('view-facts');
  view.textContent = '';
  pagers.clear();
  let shown = 0;
  for (const type of TYPES) {
    byId('count-' + type).textContent = String(passing[type]);
    const list = lists[type];
    if (!list.length) continue;
    shown += list.length;
    const group = el('section', 'group');
    group.dataset.type = type;
    const h = el('h2', null, TITLES[type] + ' ');
    h.append(el('span', 'n', String(list.length)));
    group.append(h);
    pagers.set(type, { list, pager: pagedList(group, list, (i) => factButton(i)) });
    view.append(group);
  }
  const filtered = shown !== FACTS.length;
  byId('shown').textContent = FACTS.length === 0 ? 'No facts were found in these sources.'
    : filtered ? 'Showing ' + shown + ' of ' + plural(FACTS.length, 'fact') + '.' : 'Showing all ' + plural(FACTS.length, 'fact') + '.';
  if (!shown && FACTS.length) view.append(el('p', 'note', 'No fact passes these filters.'));
  byId('view-facts').dataset.shown = String(shown);
  markRows();
}

function fillFilterOptions() {
  const status = byId('f-status');
  for (const key of Object.keys(STATUS)) {
    const n = FACTS.filter((f) => f.status === key).length;
    const o = el('option', null, STATUS[key] + ' (' + n + ')');
    o.value = key;
    status.append(o);
  }
  const source = byId('f-source');
  SOURCES.forEach((s, i) => {
    const o = el('option', null, V.short[i] + (s.outlet ? ' \u00b7 ' + label(s.outlet) : ''));
    o.value = String(i);
    source.append(o);
  });
  const speaker = byId('f-speaker');
  speakers.forEach((name, i) => {
    const n = FACTS.filter((f) => f.type === 'quote' && (f.speakerName || '') === name).length;
    const o = el('option', null, (name ? label(name) : 'no speaker named') + ' (' + n + ')');
    o.value = String(i);
    speaker.append(o);
  });
}

function readFilters() {
  state.types = new Set(TYPES.filter((t) => byId('type-' + t).checked));
  state.status = byId('f-status').value;
  state.source = byId('f-source').value === '' ? -1 : Number(byId('f-source').value);
  state.speaker = byId('f-speaker').value === '' ? -1 : Number(byId('f-speaker').value);
  state.query = fold(byId('q').value.trim());
  if (state.query && state.view !== 'facts') showView('facts');
  const active = (TYPES.length - state.types.size) + (state.status ? 1 : 0) + (state.source >= 0 ? 1 : 0) + (state.speaker >= 0 ? 1 : 0) + (state.query ? 1 : 0);
  byId('active-filters').textContent = active ? '(' + active + ' on)' : '';
  applyFilters();
}

function clearFilters() {
  for (const t of TYPES) byId('type-' + t).checked = true;
  byId('f-status').value = '';
  byId('f-source').value = '';
  byId('f-speaker').value = '';
  byId('q').value = '';
  readFilters();
}

/** Makes the row of fact i visible in the facts list: filters cleared if they hide it, pages shown. */
function revealRow(i) {
  const f = FACTS[i];
  if (!state.types.has(f.type) || !passesOthers(f, i)) clearFilters();
  const entry = pagers.get(f.type);
  if (entry) entry.pager.showUntil(entry.list.indexOf(i));
  markRows();
}

function wireFilters() {
  for (const t of TYPES) byId('type-' + t).addEventListener('change', readFilters);
  for (const id of ['f-status', 'f-source', 'f-speaker']) byId(id).addEventListener('change', readFilters);
  byId('q').addEventListener('input', readFilters);
  byId('f-clear').addEventListener('click', clearFilters);
}
`;
