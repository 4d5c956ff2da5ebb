import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_ARGS } from './args';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

export function baseUrl(): string {
  return inject('baseUrl');
}

export interface Session {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Every request the page made to another origin (each was blocked). */
  readonly foreignRequests: string[];
  readonly pageErrors: string[];
}

/**
 * A fresh browser context that records, and blocks, any request leaving the app's origin, so
 * a test can fail on it rather than depend on the network being closed.
 */
export async function openSession(
  browser: Browser,
  /** For tools injected into the page (axe-core), which the app's policy rightly refuses. */
  options: { bypassCSP?: boolean } = {},
): Promise<Session> {
  const origin = new URL(baseUrl()).origin;
  const context = await browser.newContext({
    locale: 'nl-BE',
    viewport: { width: 1366, height: 900 },
    bypassCSP: options.bypassCSP ?? false,
  });
  const foreignRequests: string[] = [];
  const pageErrors: string[] = [];
  await context.route(
    (url) => url.origin !== origin && url.protocol !== 'blob:' && url.protocol !== 'data:',
    (route) => route.abort('blockedbyclient'),
  );
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== origin && url.protocol !== 'blob:' && url.protocol !== 'data:') {
      if (!foreignRequests.includes(request.url())) foreignRequests.push(request.url());
    }
  });
  const page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  return { context, page, foreignRequests, pageErrors };
}

export async function waitForData(page: Page): Promise<void> {
  await page
    .locator('[data-testid=table-list] tbody tr[data-table]')
    .first()
    .waitFor({ state: 'visible', timeout: 30_000 });
}

/** Waits until every headline figure on the page shows a computed value. */
export async function waitForFigures(page: Page): Promise<void> {
  await page.locator('.kpi-value').first().waitFor({ timeout: 60_000 });
  await page.waitForFunction(
    () => {
      const cards = [...document.querySelectorAll('.kpi-card')];
      return (
        cards.length > 0 &&
        cards.every(
          (c) =>
            c.getAttribute('aria-busy') !== 'true' &&
            !(c.querySelector('.kpi-value')?.textContent ?? '').includes('…'),
        )
      );
    },
    null,
    { timeout: 90_000 },
  );
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
}
