import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Conflict, Fact, RunResult } from '../../../src/model/index.js';
import { renderers } from '../../../src/render/index.js';
import type { BrowserSession } from '../../support/browser.js';
import { conflict, date, evidence, sampleResult, S0, S1, S2 } from '../sample-result.js';

/**
 * Fields later versions add, which the page shows when present: a date known only relative to the
 * report day (`relative: {to: "report-day", days: -3}`) and the reason a conflict was raised.
 */
function withLaterFields(): RunResult {
  const base = sampleResult();
  const relative = (id: string, days: number, words: string): Fact => ({
    ...date({ id, value: null, granularity: 'relative', event: `event ${words}`, sources: [S2], status: 'single-source', evidence: [evidence(S2, 10 + days + 20, words)] }),
    relative: { to: 'report-day', days },
  } as Fact);
  const reasoned = { ...conflict(), reason: 'same quantity: striking dockworkers' } as Conflict;
  return { ...base, facts: [...base.facts, relative('date:r-1', -1, 'yesterday'), relative('date:r-3', -3, 'on Friday'), relative('date:r+2', 2, 'on Thursday')], conflicts: [reasoned] };
}

export function laterFieldChecks(session: BrowserSession): void {
  let page: Page;
  beforeAll(async () => {
    const file = join(session.scratch(), 'later.html');
    writeFileSync(file, renderers.html(withLaterFields(), { color: false, width: 100, texts: new Map([[S0, 'x'.repeat(1200)], [S1, 'y'.repeat(1200)]]) }));
    page = await session.context().newPage();
    await page.goto(pathToFileURL(file).href);
    await page.waitForFunction(() => document.documentElement.dataset.sources === 'drawn');
  });
  afterAll(async () => page?.close());

  it('orders dates relative to the report day on the timeline', async () => {
    await page.click('#tab-timeline');
    const heads = await page.locator('#view-timeline h2').allTextContents();
    expect(heads.map((h) => h.replace(/\s*\d+$/, ''))).toEqual(['Calendar dates', 'Relative to the report day', 'Unresolved']);
    const relative = page.locator('#view-timeline .timeline').nth(1).locator('.when');
    expect(await relative.allTextContents()).toEqual(['report day \u2212 3', 'report day \u2212 1', 'report day + 2']);
  });

  it('shows the reason a conflict was raised', async () => {
    await page.click('#tab-conflicts');
    expect(await page.locator('.conflict-card .reason').textContent()).toBe('same quantity: striking dockworkers');
  });

  it('shows an article whose text is missing as such, and its facts still select', async () => {
    await page.click('#tab-facts');
    expect(await page.locator('#source-2 .text').textContent()).toMatch(/not in the report/);
    await page.locator('#view-facts .row').last().click();
    expect(await page.locator('#selection').textContent()).toMatch(/1 span in 1 source/);
  });
}
