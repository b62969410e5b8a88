import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunResult } from '../../../src/model/index.js';
import { ARTIFACTS, findChromium, openReport, writeReport, type BrowserSession } from '../../support/browser.js';
import { embeddedJson } from '../../support/html-page.js';
import { removeScratch, scratchDir } from '../../support/scratch.js';
import { hostileChecks } from './browser-hostile.js';
import { laterFieldChecks } from './browser-later.js';
import { scaleChecks } from './browser-scale.js';

// The page in a real browser: the system's Chromium, launched once for every test here (the other
// browser test modules are describe blocks run from this file). Outside CI, no Chromium means
// one line and a skip; in CI (the CI variable set, as .ci/run sets it) it is a failure.
const CHROMIUM = findChromium();
const RUN = CHROMIUM !== null || Boolean(process.env.CI);
if (!RUN) console.warn('html browser tests skipped: no Chromium found (apt-get install chromium, or set CHROMIUM_PATH)');

describe.skipIf(!RUN)('the html report in Chromium', () => {
  let browser: Browser;
  let context: BrowserContext;
  let scratch: string;
  const requests: string[] = [];
  const session: BrowserSession = { context: () => context, requests, scratch: () => scratch };
  beforeAll(async () => {
    if (CHROMIUM === null) throw new Error('CI is set but no Chromium was found; .ci/run installs it with apt-get');
    browser = await chromium.launch({ executablePath: CHROMIUM });
    context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    context.on('request', (r) => requests.push(r.url()));
    scratch = scratchDir('summit-facts-html-');
  });
  afterAll(async () => {
    await browser?.close();
    removeScratch();
  });

  describe('on the seeds', () => seedChecks(session));
  describe('on hostile articles', () => hostileChecks(session));
  describe('at scale', () => scaleChecks(session));
  describe('with fields later versions add', () => laterFieldChecks(session));

  it('no page sent a request beyond opening its own file', () => {
    const reports = pathToFileURL(scratch).href;
    expect(session.requests).toHaveLength(4);
    expect(session.requests.filter((r) => !(r.startsWith(reports) && r.endsWith('.html')))).toEqual([]);
  });
});

function seedChecks(session: BrowserSession): void {
  let page: Page;
  let result: RunResult;
  let url: string;
  beforeAll(async () => {
    const file = join(session.scratch(), 'seeds.html');
    url = await writeReport(['seeds/'], file);
    result = embeddedJson<RunResult>(readFileSync(file, 'utf8'), 'result');
    page = await session.context().newPage();
    await openReport(page, url);
  });
  afterAll(async () => page?.close());

  it('highlights every evidence span once, with the span’s own text', async () => {
    const marked = await page.evaluate(() => {
      const byEv: Record<string, string> = {};
      for (const m of document.querySelectorAll<HTMLElement>('#sources mark[data-ev]')) byEv[m.dataset.ev!] = (byEv[m.dataset.ev!] ?? '') + m.textContent;
      return byEv;
    });
    const spans = result.facts.flatMap((f) => f.evidence.map((e) => e.text));
    expect(Object.keys(marked)).toHaveLength(spans.length);
    expect(spans.map((_, i) => marked[i])).toEqual(spans);
  });

  it('selecting each fact marks exactly its spans, and scrolls each article to them', async () => {
    const seen = await page.evaluate(() => {
      const out: Array<{ row: boolean; texts: string[]; inView: boolean }> = [];
      const count = document.querySelectorAll('#view-facts .row').length;
      for (let i = 0; i < count; i++) {
        const row = document.querySelector<HTMLElement>(`#view-facts .row[data-f="${i}"]`)!;
        row.click();
        const pieces = new Map<string, string>();
        for (const m of document.querySelectorAll<HTMLElement>('#sources mark.sel')) pieces.set(m.dataset.ev!, (pieces.get(m.dataset.ev!) ?? '') + m.textContent);
        const inView = [...document.querySelectorAll<HTMLElement>('#sources .text')].every((box) => {
          const first = box.querySelector<HTMLElement>('mark.sel');
          return !first || (first.offsetTop >= box.scrollTop && first.offsetTop < box.scrollTop + box.clientHeight);
        });
        out.push({ row: row.classList.contains('sel'), texts: [...pieces.entries()].sort((a, b) => +a[0] - +b[0]).map(([, t]) => t), inView });
      }
      return out;
    });
    expect(seen).toHaveLength(result.facts.length);
    result.facts.forEach((f, i) => expect(seen[i], f.id).toEqual({ row: true, texts: f.evidence.map((e) => e.text), inView: true }));
  });

  it('clicking a highlight selects its fact', async () => {
    const actor = result.facts.findIndex((f) => f.type === 'actor' && f.evidence.length > 1);
    await page.locator(`#sources mark[data-f="${actor}"]`).first().click();
    await expect.poll(() => page.locator('#view-facts .row.sel').getAttribute('data-f')).toBe(String(actor));
    expect(await page.locator('#sources mark.sel').count()).toBeGreaterThanOrEqual(result.facts[actor]!.evidence.length);
  });

  it('shows the notable/major conflict side by side with both words marked', async () => {
    await page.click('#tab-conflicts');
    const cards = await page.locator('.conflict-card').evaluateAll((els) => els.map((c) => ({
      sides: c.querySelectorAll('.side').length,
      words: [...c.querySelectorAll('.diff')].map((d) => d.textContent),
    })));
    expect(cards).toHaveLength(result.conflicts.length);
    expect(cards).toContainEqual({ sides: 2, words: ['major', 'notable'] });
    const inSources = await page.locator('#sources .diff').allTextContents();
    expect(inSources).toEqual(expect.arrayContaining(['major', 'notable']));
    await page.click('#tab-facts');
  });

  it('goes from a fact in conflict to its conflict', async () => {
    const fi = result.facts.findIndex((f) => f.status === 'conflict');
    await page.locator(`#view-facts .row[data-f="${fi}"]`).click();
    await page.click('#to-conflict');
    expect(await page.locator('#view-conflicts').isVisible()).toBe(true);
    const ci = result.conflicts.findIndex((c) => c.id === result.facts[fi]!.conflicts[0]);
    expect(await page.locator(`.conflict-card[data-c="${ci}"] .row.sel`).count()).toBe(1);
    await page.click('#tab-facts');
  });

  it('filters change the counts: type, status, source, speaker and search', async () => {
    const shown = async () => Number(await page.locator('#view-facts').getAttribute('data-shown'));
    const rows = () => page.locator('#view-facts .row').count();
    const facts = result.facts;
    expect([await shown(), await rows()]).toEqual([facts.length, facts.length]);
    await page.selectOption('#f-status', 'conflict');
    const conflicting = facts.filter((f) => f.status === 'conflict');
    expect([await shown(), await rows()]).toEqual([conflicting.length, conflicting.length]);
    expect(await page.locator('#count-quote').textContent()).toBe(String(conflicting.filter((f) => f.type === 'quote').length));
    await page.click('#f-clear');
    await page.selectOption('#f-source', '2');
    const inThird = facts.filter((f) => f.sources.includes(result.sources[2]!.id));
    expect(await shown()).toBe(inThird.length);
    await page.uncheck('#type-actor');
    expect(await shown()).toBe(inThird.filter((f) => f.type !== 'actor').length);
    expect(await page.locator('#count-actor').textContent()).toBe(String(inThird.filter((f) => f.type === 'actor').length));
    await page.click('#f-clear');
    const speaker = 'Donald Trump';
    await page.selectOption('#f-speaker', { index: 1 + [...new Set(facts.flatMap((f) => (f.type === 'quote' ? [f.speakerName ?? ''] : [])))].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b))).indexOf(speaker) });
    expect(await shown()).toBe(facts.filter((f) => f.type === 'quote' && f.speakerName === speaker).length);
    await page.click('#f-clear');
    await page.fill('#q', 'STEP forward');
    expect(await shown()).toBe(facts.filter((f) => f.type === 'quote' && /step forward/i.test(f.text)).length);
    expect(await page.locator('#shown').textContent()).toBe(`Showing ${await shown()} of ${facts.length} facts.`);
    await page.click('#f-clear');
    expect(await rows()).toBe(facts.length);
  });

  it('moves through facts with j/k and the arrows, and / goes to the search box', async () => {
    await page.locator('#summary').click();
    const selected = () => page.locator('#view-facts .row.sel').getAttribute('data-f');
    await page.keyboard.press('Escape');
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await page.keyboard.press('ArrowDown');
    expect(await selected()).toBe('2');
    await page.keyboard.press('k');
    expect(await selected()).toBe('1');
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('q');
    await page.keyboard.press('Escape');
  });

  it('is readable at 390 px: nothing wider than the screen, facts and sources both in view; screenshots saved', async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    // The README's picture (docs/html-report.png is this file, fewer colours): a quote-wording conflict, one side selected.
    await page.click('#tab-conflicts');
    await page.locator('.conflict-card').filter({ hasText: 'notable' }).locator('.side .row').first().click();
    await page.screenshot({ path: join(ARTIFACTS, 'report-seeds-1280.png') });
    await page.click('#tab-facts');
    await page.setViewportSize({ width: 390, height: 844 });
    const layout = await page.evaluate(() => ({
      width: document.documentElement.scrollWidth,
      facts: document.getElementById('facts-pane')!.getBoundingClientRect().height,
      sources: document.getElementById('sources-pane')!.getBoundingClientRect().bottom,
    }));
    expect(layout.width).toBeLessThanOrEqual(390);
    expect(layout.facts).toBeGreaterThan(200);
    expect(layout.sources).toBeLessThanOrEqual(844);
    await page.screenshot({ path: join(ARTIFACTS, 'report-seeds-390.png') });
  });
}
