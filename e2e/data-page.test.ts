import { readdirSync, readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launch, openSession, waitForData } from './support/browser';

function csvRowCounts(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const file of readdirSync('datasets').filter((f) => f.endsWith('.csv'))) {
    const parsed = Papa.parse(readFileSync(`datasets/${file}`, 'utf8'), {
      header: true,
      skipEmptyLines: true,
    });
    counts.set(file.replace(/\.csv$/, ''), parsed.data.length);
  }
  return counts;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

describe('data page', () => {
  it('shows every demo table with the row count of its CSV file, requesting nothing from another origin', async () => {
    const { page, context, foreignRequests, pageErrors } = await openSession(browser);
    const wasmRequests: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('.wasm')) wasmRequests.push(r.url());
    });
    await page.goto(`${baseUrl()}?view=data`);
    await waitForData(page);

    const expected = csvRowCounts();
    expect(expected.size).toBe(21);
    const shown = new Map<string, number>();
    for (const row of await page.getByTestId('table-list').locator('tbody tr').all()) {
      const name = await row.getAttribute('data-table');
      const rows = await row.locator('[data-column="rows"]').textContent();
      // Written as the locale writes numbers: 3.571 in Dutch.
      if (name) shown.set(name, Number((rows ?? '').replaceAll('.', '')));
    }
    expect(shown).toEqual(expected);

    expect(wasmRequests.length).toBe(1);
    expect(new URL(wasmRequests[0] ?? '').origin).toBe(new URL(baseUrl()).origin);
    expect(foreignRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('says the data is illustrative and speaks Dutch by default, English on request', async () => {
    const { page, context } = await openSession(browser);
    await page.goto(`${baseUrl()}?view=data`);
    await waitForData(page);
    await expect(page.getByTestId('demo-banner').textContent()).resolves.toMatch(
      /Illustratieve demodata/,
    );
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByTestId('demo-banner').textContent()).resolves.toMatch(
      /Illustrative demo data/,
    );
    expect(page.url()).toContain('lang=en');
    await page.reload();
    await waitForData(page);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await context.close();
  });

  it('shows the columns, types and first rows of the table chosen, and keeps the choice in the URL', async () => {
    const { page, context } = await openSession(browser);
    await page.goto(`${baseUrl()}?view=data`);
    await waitForData(page);
    await page.getByRole('button', { name: 'Projecten', exact: true }).click();
    const detail = page.getByTestId('table-detail');
    await expect(
      detail.getByRole('heading', { name: 'Projecten projects' }).isVisible(),
    ).resolves.toBe(true);
    const columnRows = await page.getByTestId('column-list').locator('tbody tr').allTextContents();
    expect(columnRows).toContain('pio_cofin_committed_eurDECIMAL(14,2)');
    expect(columnRows).toContain('started_onDATE');
    await page.getByTestId('preview').waitFor();
    expect(await page.getByTestId('preview').locator('tbody tr').count()).toBe(10);
    expect(page.url()).toContain('table=projects');
    await page.goBack();
    await expect
      .poll(() => page.getByTestId('table-detail').locator('h2').textContent())
      .toBe('Oproepen calls');
    await context.close();
  });

  it('explains in plain words when the engine cannot start, and starts on retry', async () => {
    const { page, context } = await openSession(browser);
    let block = true;
    await context.route(
      (url) => /duckdb-browser-(eh|mvp)\.worker/.test(url.pathname),
      async (route) => (block ? route.abort('failed') : route.continue()),
    );
    await page.goto(`${baseUrl()}?view=data`);
    const failure = page.getByTestId('engine-failure');
    await failure.waitFor({ timeout: 30_000 });
    await expect(failure.locator('h2').textContent()).resolves.toBe(
      'De rekenmotor kon niet starten.',
    );
    block = false;
    await failure.getByRole('button', { name: 'Opnieuw proberen' }).click();
    await waitForData(page);
    await context.close();
  });
});

describe('request guard', () => {
  it('notices a request to another origin from a page and from a worker', async () => {
    const { page, context, foreignRequests } = await openSession(browser);
    // A same-origin document without the app's Content-Security-Policy, which would block these
    // requests before the guard could see them (that policy has its own test).
    await page.goto(`${baseUrl()}/favicon.svg`);
    await page.evaluate(async () => {
      await fetch('http://198.51.100.7/page.json').catch(() => undefined);
      const code =
        "fetch('http://198.51.100.7/worker.json').catch(() => undefined).then(() => postMessage(1))";
      const worker = new Worker(URL.createObjectURL(new Blob([code], { type: 'text/javascript' })));
      await new Promise((resolve) => worker.addEventListener('message', resolve));
    });
    await expect.poll(() => foreignRequests.length).toBe(2);
    expect(foreignRequests).toEqual(
      expect.arrayContaining(['http://198.51.100.7/page.json', 'http://198.51.100.7/worker.json']),
    );
    await context.close();
  });
});
