import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openReport, writeReport, type BrowserSession } from '../../support/browser.js';

// An invented article whose name and text would run script if they reached the page as markup.
const NAME = '"><img src=x onerror=alert(2)>.txt';
const TEXT = [
  'Town hall <script>alert(4)</script> closes "><img src=x onerror=alert(5)>',
  '',
  '“We close the <iframe srcdoc="<script>alert(6)</script>"> hall on Friday,” said Rena Voss, the clerk. “See [the plan](javascript:alert(7)) <a href="javascript:alert(8)">here</a>.”',
  '',
  'Voss said 40 staff would move by May.',
  '',
].join('\n');

/** Records anything a script could do to be noticed: dialogs, console, navigation, printing. */
function hookPage(): void {
  const w = window as unknown as Record<string, unknown> & { __calls: string[] };
  w.__calls = [];
  for (const name of ['alert', 'confirm', 'prompt', 'print', 'open']) w[name] = (...args: unknown[]) => void w.__calls.push(`${name} ${args.join(' ')}`);
  for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    const original = console[level];
    console[level] = (...args: unknown[]) => {
      w.__calls.push(`console.${level} ${args.join(' ')}`);
      original.apply(console, args);
    };
  }
}

/** Selects every fact and opens every tab, so every view is drawn from the hostile strings. */
async function useEverything(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const row of document.querySelectorAll<HTMLElement>('#view-facts .row')) row.click();
    for (const mark of document.querySelectorAll<HTMLElement>('#sources [data-f]')) mark.click();
  });
  for (const tab of ['conflicts', 'timeline', 'facts']) await page.click(`#tab-${tab}`);
}

export function hostileChecks(session: BrowserSession): void {
  const events: string[] = [];
  let page: Page;
  beforeAll(async () => {
    const dir = join(session.scratch(), 'hostile');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, NAME), TEXT);
    const url = await writeReport(['fixtures/hostile-text', dir], join(session.scratch(), 'hostile.html'));
    page = await session.context().newPage();
    await page.addInitScript(hookPage);
    page.on('dialog', (d) => { events.push(`dialog ${d.message()}`); void d.dismiss(); });
    page.on('console', (m) => events.push(`console ${m.text()}`));
    page.on('pageerror', (e) => events.push(`pageerror ${e.message}`));
    await openReport(page, url);
  });
  afterAll(async () => page?.close());

  it('runs no script from the articles: no dialog, no console, no error, no element of theirs', async () => {
    await useEverything(page);
    const state = await page.evaluate(() => ({
      calls: (window as unknown as { __calls: string[] }).__calls,
      scripts: [...document.scripts].filter((s) => s.type !== 'application/json').length,
      foreign: document.querySelectorAll('img, iframe, a, object, embed, base, form, link, svg').length,
      text: document.getElementById('sources')!.textContent,
      paths: [...document.querySelectorAll('#sources .path')].map((p) => p.textContent),
    }));
    expect(events).toEqual([]);
    expect(state.calls).toEqual([]);
    expect(state.scripts).toBe(1);
    expect(state.foreign).toBe(0);
    expect(state.text).toContain("<script>alert('ferry')</script>");
    expect(state.text).toContain('<script>alert(4)</script>');
    expect(state.paths).toContain(join(session.scratch(), 'hostile', NAME));
  });

  it('blocks, by its policy, a script or a request that got into the page anyway', async () => {
    const ran = await page.evaluate(async () => {
      const s = document.createElement('script');
      s.textContent = 'window.__ran = true';
      document.body.append(s);
      const fetched = await fetch('https://example.invalid/x').then(() => true, () => false);
      return { script: Boolean((window as unknown as { __ran?: boolean }).__ran), fetched };
    });
    expect(ran).toEqual({ script: false, fetched: false });
    expect(events.join('\n')).toMatch(/Content Security Policy/);
  });
}
