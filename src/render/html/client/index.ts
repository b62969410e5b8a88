import { CORE } from './core.js';
import { FACTS_PANE } from './facts.js';
import { SELECT } from './select.js';
import { SOURCES_PANE } from './sources.js';
import { VIEWS } from './views.js';

const START = String.raw`
function start() {
  const summary = [plural(SOURCES.length, 'source'), plural(FACTS.length, 'fact'), plural(CONFLICTS.length, 'conflict')];
  byId('summary').textContent = summary.join(' \u00b7 ');
  byId('tab-facts').querySelector('.n').textContent = String(FACTS.length);
  byId('tab-conflicts').querySelector('.n').textContent = String(CONFLICTS.length);
  byId('tab-timeline').querySelector('.n').textContent = String(FACTS.filter((f) => f.type === 'date').length);
  if (window.innerWidth < 760) {
    byId('legend').open = false;
    byId('filters').open = false;
  }
  const diags = byId('diags');
  if (R.diagnostics.length) {
    diags.hidden = false;
    diags.querySelector('summary').textContent = plural(R.diagnostics.length, 'diagnostic');
    const ul = el('ul');
    for (const d of R.diagnostics) ul.append(el('li', null, d.severity + ' ' + d.code + ': ' + label(d.message)));
    diags.append(ul);
  }
  fillFilterOptions();
  buildSourcesPane();
  applyFilters();
  wireFilters();
  wireSelection();
  showView('facts');
  drawSourcesInBackground(4);
  window.addEventListener('beforeprint', () => {
    ensureView('conflicts');
    ensureView('timeline');
    for (let s = 0; s < SOURCES.length; s++) drawSource(s);
  });
  document.documentElement.dataset.ready = String(Math.round(performance.now()));
}
start();
`;

/** The page's whole script: its parts share one function scope, in strict mode. */
export const CLIENT_SCRIPT = `(() => {\n'use strict';\n${[CORE, SOURCES_PANE, FACTS_PANE, SELECT, VIEWS, START].join('')}})();\n`;
