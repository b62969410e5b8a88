import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { main } from '../../src/cli/main.js';
import { ROOT } from './fixtures.js';
import { memoryIO } from './memory-io.js';

/** Where the browser tests leave their screenshots (git-ignored). */
export const ARTIFACTS = join(ROOT, '.artifacts', 'html');

/** What the browser test modules share: one browser context (every request it saw), one scratch folder. */
export interface BrowserSession {
  readonly context: () => BrowserContext;
  readonly requests: readonly string[];
  readonly scratch: () => string;
}

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/**
 * The system's Chromium (Playwright's own download is not used): $CHROMIUM_PATH when set, else the
 * first of the usual names on $PATH. Null when there is none.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.CHROMIUM_PATH) return existsSync(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : null;
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of NAMES) if (existsSync(join(dir, name))) return join(dir, name);
  }
  return null;
}

/** `summit-facts extract <inputs> --format html --out <file>`, in this process; returns the file's URL. */
export async function writeReport(inputs: readonly string[], file: string): Promise<string> {
  const io = memoryIO({ disk: true });
  const code = await main(['extract', ...inputs, '--format', 'html', '--out', file], io);
  if (code !== 0) throw new Error(`extract --format html exited ${code}: ${io.err()}`);
  return pathToFileURL(file).href;
}

/** Opens a report and waits until every article is drawn. */
export async function openReport(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.sources === 'drawn');
}
