import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ActorFact, Conflict, Evidence, Fact, FigureFact, RunResult } from '../../../src/model/index.js';
import { renderers } from '../../../src/render/index.js';
import { type BrowserSession } from '../../support/browser.js';

const ARTICLES = 500;
const NAMES_PER_ARTICLE = 1;

/**
 * An invented run the size of a real event's coverage, built without extraction (which the bench
 * measures): 500 articles, each with its own people, a figure and a quote, one place every
 * article names, and a figure conflict between each pair of neighbours.
 */
function bigRun(): { result: RunResult; texts: Map<string, string> } {
  const texts = new Map<string, string>();
  const facts: Fact[] = [];
  const conflicts: Conflict[] = [];
  const place: Evidence[] = [];
  const figures: FigureFact[] = [];
  const ids = Array.from({ length: ARTICLES }, (_, i) => `a${String(i).padStart(3, '0')}`);
  ids.forEach((id, i) => {
    const names = Array.from({ length: NAMES_PER_ARTICLE }, (_, k) => `Ana Voss${i}x${k}`);
    const body = names.map((n, k) => `${n} of the valley board spoke at meeting ${k}. `).join('\n');
    const text = `Flood report ${i} from Lindby\n\n${body}\n\n“We will rebuild road ${i} first,” said ${names[0]}.\n\nAbout ${100 + (i % 7)} families left Lindby.\n`;
    texts.set(id, text);
    const at = (s: string, from = 0): Evidence => ({ source: id, start: text.indexOf(s, from), end: text.indexOf(s, from) + s.length, line: 1, column: 1, text: s, rule: 'synthetic' });
    place.push(at('Lindby'));
    names.forEach((n) => facts.push({ id: `actor-${n}`, type: 'actor', status: 'single-source', sources: [id], conflicts: [], name: n, kind: 'person', aliases: [], roles: ['board member'], mentions: 2, evidence: [at(n)] } as ActorFact));
    const words = `We will rebuild road ${i} first`;
    facts.push({ id: `quote-${i}`, type: 'quote', status: 'single-source', sources: [id], conflicts: [], text: words, speaker: `actor-${names[0]}`, speakerName: names[0]!, partial: false,
      evidence: [{ ...at(words), speaker: `actor-${names[0]}`, speakerName: names[0]!, speakerText: names[0]!, speakerRule: 'cue-after-quote', cue: 'said', confidence: 0.9, partial: false }] });
    const figureWords = `About ${100 + (i % 7)} families`;
    figures.push({ id: `figure-${i}`, type: 'figure', status: 'conflict', sources: [id], conflicts: [], value: 100 + (i % 7), unit: 'count', qualifier: 'about', min: null, max: null, subject: 'families', measure: 'count', evidence: [at(figureWords)] });
  });
  facts.push({ id: 'actor-lindby', type: 'actor', status: 'agreed', sources: ids, conflicts: [], name: 'Lindby', kind: 'place', aliases: [], roles: [], mentions: ARTICLES, evidence: place } as ActorFact);
  for (let i = 0; i + 1 < ARTICLES; i += 2) {
    const [a, b] = [figures[i]!, figures[i + 1]!];
    const detail = (f: FigureFact) => ({ source: f.sources[0]!, fact: f.id, value: String(f.value), evidence: { start: f.evidence[0]!.start, end: f.evidence[0]!.end, line: 1, column: 1 } });
    conflicts.push({ id: `conflict-${i}`, type: 'figure', facts: [a.id, b.id], sources: [...a.sources, ...b.sources], message: `Families: ${a.value} vs ${b.value}`, details: [detail(a), detail(b)] });
  }
  const sources = ids.map((id) => ({ id, path: `big/${id}.txt`, chars: texts.get(id)!.length, sha256: '0'.repeat(64), outlet: null }));
  return { result: { schemaVersion: 1, sources, facts: [...facts, ...figures], conflicts, diagnostics: [] }, texts };
}

export function scaleChecks(session: BrowserSession): void {
  let page: Page;
  let result: RunResult;
  beforeAll(async () => {
    const big = bigRun();
    result = big.result;
    const file = join(session.scratch(), 'big.html');
    writeFileSync(file, renderers.html(result, { color: false, width: 100, texts: big.texts }));
    page = await session.context().newPage();
    await page.goto(pathToFileURL(file).href);
    await page.waitForFunction(() => document.documentElement.dataset.ready !== undefined);
  });
  afterAll(async () => page?.close());

  // A generous functional bound only; the measured figure (under 2 s) is in the bench note.
  it('opens a 500-article report and answers in a few seconds', async () => {
    expect(Number(await page.evaluate(() => document.documentElement.dataset.ready))).toBeLessThan(10_000);
    await page.locator('#view-facts .row').first().click();
    expect(await page.locator('#selection').textContent()).toMatch(/1 span in 1 source/);
  });

  it('lists a long group a page at a time, and draws every article in the background', async () => {
    const actors = result.facts.filter((f) => f.type === 'actor').length;
    const group = page.locator('#view-facts .group[data-type="actor"]');
    const before = await group.locator('.row').count();
    expect(before).toBeLessThan(actors);
    await group.locator('.more').click();
    expect(await group.locator('.row').count()).toBe(before * 2);
    await page.waitForFunction(() => document.documentElement.dataset.sources === 'drawn');
    const spans = result.facts.reduce((n, f) => n + f.evidence.length, 0);
    expect(await page.evaluate(() => new Set([...document.querySelectorAll<HTMLElement>('#sources mark[data-ev]')].map((m) => m.dataset.ev)).size)).toBe(spans);
  });

  it('selects a fact of the last article: its card is scrolled into view and marked', async () => {
    await page.selectOption('#f-source', String(ARTICLES - 1));
    await page.locator('#view-facts .group[data-type="quote"] .row').first().click();
    const card = page.locator(`#source-${ARTICLES - 1}`);
    await expect.poll(() => card.getAttribute('class')).toContain('has-sel');
    expect(await card.locator('mark.sel').count()).toBe(1);
    expect(await card.isVisible()).toBe(true);
    const box = await card.boundingBox();
    expect(box!.y).toBeLessThan(800);
  });
}
