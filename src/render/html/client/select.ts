/**
 * The page's script, part 4: selection and the keyboard. Selecting a fact marks its rows, its
 * spans in every article (drawing those articles first), scrolls each article to its first span
 * and the pane to the first article that has one. Clicking a span selects its fact.
 */
export const SELECT = String.raw`
function markRows() {
  for (const r of document.querySelectorAll('#facts-pane .row.sel')) {
    r.classList.remove('sel');
    r.setAttribute('aria-pressed', 'false');
  }
  if (state.selected < 0) return;
  for (const r of document.querySelectorAll('#facts-pane .row[data-f="' + state.selected + '"]')) {
    r.classList.add('sel');
    r.setAttribute('aria-pressed', 'true');
  }
}

/** "See the conflict" while the selected fact is in one and the conflicts are not on screen. */
function conflictLink() {
  byId('to-conflict').hidden = state.selected < 0 || !FACTS[state.selected].conflicts.length || state.view === 'conflicts';
}

function markSelected(i) {
  for (const e of marksOfFact.get(i) || []) e.classList.add('sel');
}

function select(i, how) {
  const previous = state.selected;
  if (previous >= 0) for (const e of marksOfFact.get(previous) || []) e.classList.remove('sel');
  state.selected = i;
  markRows();
  conflictLink();
  if (i < 0) {
    for (const c of cards) c.classList.remove('has-sel', 'dim');
    byId('selection').textContent = 'Select a fact to see the words that prove it.';
    return;
  }
  const f = FACTS[i];
  const here = new Set(f.evidence.map((e) => sourceIndex.get(e.source)).filter((s) => s !== undefined));
  for (const s of here) drawSource(s);
  markSelected(i);
  const title = factTitle(f);
  byId('selection').textContent = (title.length > 70 ? title.slice(0, 69) + '\u2026' : title) + ' \u2014 ' + plural(f.evidence.length, 'span') + ' in ' + plural(here.size, 'source') + '.';
  let first = null;
  cards.forEach((card, s) => {
    const has = here.has(s);
    card.classList.toggle('has-sel', has);
    card.classList.toggle('dim', !has);
    if (!has) return;
    if (first === null) first = card;
    const mark = boxes[s].querySelector('mark.sel');
    if (mark && !(how && how.keep === boxes[s])) boxes[s].scrollTop = Math.max(0, mark.offsetTop - boxes[s].clientHeight / 3);
  });
  const pane = byId('sources-pane');
  // The selection bar stays on top of the pane: the article's header goes just below it.
  if (first && !(how && how.keep)) pane.scrollTop = Math.max(0, first.offsetTop - document.querySelector('.selection-bar').offsetHeight - 4);
  if (how && how.focusRow) {
    const row = document.querySelector('#view-' + state.view + ' .row[data-f="' + i + '"]');
    if (row) {
      row.focus({ preventScroll: true });
      row.scrollIntoView({ block: 'nearest' });
    }
  }
}

const built = new Set(['facts']);

/** Conflicts and the timeline are drawn the first time they are shown (or printed): most readers open the facts first. */
function ensureView(name) {
  if (built.has(name)) return;
  built.add(name);
  if (name === 'conflicts') buildConflicts();
  if (name === 'timeline') buildTimeline();
}

function showView(name) {
  ensureView(name);
  state.view = name;
  for (const v of ['facts', 'conflicts', 'timeline']) {
    byId('view-' + v).hidden = v !== name;
    byId('tab-' + v).setAttribute('aria-selected', String(v === name));
    byId('tab-' + v).tabIndex = v === name ? 0 : -1;
  }
  byId('filters').hidden = name !== 'facts';
  conflictLink();
  if (name === 'facts' && state.selected >= 0) {
    const row = document.querySelector('#view-facts .row[data-f="' + state.selected + '"]');
    if (row) row.scrollIntoView({ block: 'nearest' });
  }
  byId('shown').hidden = name !== 'facts';
  markRows();
}

/** The rows j/k and the arrows move through: those of the view on screen, top to bottom. */
function moveSelection(step) {
  const rows = [...document.querySelectorAll('#view-' + state.view + ' .row')];
  if (!rows.length) return;
  let at = rows.findIndex((r) => r.classList.contains('sel'));
  at = at < 0 ? (step > 0 ? 0 : rows.length - 1) : Math.min(rows.length - 1, Math.max(0, at + step));
  select(Number(rows[at].dataset.f), { focusRow: true });
}

function wireSelection() {
  byId('facts-pane').addEventListener('click', (e) => {
    const row = e.target.closest('.row');
    if (row) select(Number(row.dataset.f), {});
  });
  byId('sources').addEventListener('click', (e) => {
    const hit = e.target.closest('[data-f]');
    if (!hit) return;
    const i = Number(hit.dataset.f);
    if (state.view !== 'facts') showView('facts');
    revealRow(i);
    select(i, { keep: hit.closest('.text'), focusRow: true });
  });
  for (const v of ['facts', 'conflicts', 'timeline']) byId('tab-' + v).addEventListener('click', () => showView(v));
  byId('only-sel').addEventListener('change', (e) => {
    byId('sources').classList.toggle('only-sel', e.target.checked);
    if (state.selected >= 0) select(state.selected, {});
  });
  byId('to-conflict').addEventListener('click', () => {
    const f = FACTS[state.selected];
    const ci = CONFLICTS.findIndex((c) => c.id === f.conflicts[0]);
    showView('conflicts');
    if (conflictPager && ci >= 0) conflictPager.showUntil(ci);
    const card = document.querySelector('.conflict-card[data-c="' + ci + '"]');
    if (card) card.scrollIntoView({ block: 'start' });
    markRows();
  });
  document.addEventListener('keydown', (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const t = e.target;
    const typing = t instanceof HTMLInputElement || t instanceof HTMLSelectElement || t instanceof HTMLTextAreaElement;
    if (e.key === 'Escape') {
      if (t === byId('q') && byId('q').value) { byId('q').value = ''; readFilters(); } else select(-1);
      if (typing) t.blur();
      return;
    }
    if (typing) return;
    if (e.key === '/') {
      e.preventDefault();
      byId('q').focus();
      byId('q').select();
    } else if (e.key === 'j' || e.key === 'k' || ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && !(t instanceof Element && t.closest('#sources-pane')))) {
      e.preventDefault();
      moveSelection(e.key === 'j' || e.key === 'ArrowDown' ? 1 : -1);
    }
  });
}
`;
