import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { qualtricsCsv } from '../src/ingest/survey/testing/exports';
import { baseUrl, launch, openSession, waitForData, waitForFigures } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

async function importQualtrics(page: Page): Promise<void> {
  await page.goto(`${baseUrl()}/?view=import`);
  await page.getByTestId('view-import').waitFor();
  await page
    .getByTestId('import-file')
    .locator('input[type=file]')
    .setInputFiles({ name: 'q.csv', mimeType: 'text/csv', buffer: Buffer.from(qualtricsCsv()) });
  await page.getByTestId('import-accept').click();
  await expect
    .poll(() => page.getByTestId('import-message').textContent(), { timeout: 30_000 })
    .toContain('SRV-2024-BUYER');
}

describe('faults lose nothing', () => {
  it('keeps working in memory when browser storage is unavailable, and says so', async () => {
    const { page, context, pageErrors } = await openSession(browser);
    await page.addInitScript(() => {
      // A private window or a blocked disk: opening IndexedDB fails.
      IDBFactory.prototype.open = () => {
        throw new DOMException(
          'The user denied permission to access the database.',
          'SecurityError',
        );
      };
    });
    await page.goto(baseUrl());
    await waitForFigures(page);
    expect(await page.getByTestId('storage-notice').textContent()).toContain(
      'Deze browser kan niets bewaren',
    );
    await importQualtrics(page);
    expect(await page.getByTestId('import-message').textContent()).toContain(
      'de gegevens blijven beschikbaar tot u de pagina sluit',
    );
    expect(await page.getByTestId('imports').textContent()).toContain('SRV-2024-BUYER');
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('when the disk is full, keeps the import in memory, says so, and leaves the stored data as it was', async () => {
    const { page, context, pageErrors } = await openSession(browser);
    await page.addInitScript(() => {
      // A full disk: the browser aborts the write's transaction.
      // eslint-disable-next-line @typescript-eslint/unbound-method -- called below with the store as `this`
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args) {
        const request = put.apply(this, args);
        if (sessionStorage.getItem('disk-full') === '1') this.transaction.abort();
        return request;
      } as typeof put;
    });
    await page.goto(baseUrl());
    await waitForFigures(page);
    await page.evaluate(() => sessionStorage.setItem('disk-full', '1'));
    await importQualtrics(page);
    expect(await page.getByTestId('import-message').textContent()).toContain(
      'de gegevens blijven beschikbaar tot u de pagina sluit',
    );
    expect(await page.getByTestId('storage-notice').textContent()).toContain('bewaren');
    expect(await page.getByTestId('imports').textContent()).toContain('SRV-2024-BUYER');
    await page.evaluate(() => sessionStorage.removeItem('disk-full'));
    await page.goto(`${baseUrl()}/?view=data`);
    await waitForData(page);
    expect(await page.getByTestId('imports').count()).toBe(0);
    expect(await page.getByTestId('storage-notice').count()).toBe(0);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('detects damaged stored data on start, shows the demo data and offers to clear it', async () => {
    const { page, context } = await openSession(browser);
    await importQualtrics(page);
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('pio-dashboard', 1);
          open.onsuccess = () => {
            const tx = open.result.transaction('workspace', 'readwrite');
            tx.objectStore('workspace').put(
              { format: 'pio-workspace', version: 1, imports: 7 },
              'current',
            );
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(new Error('write failed'));
          };
          open.onerror = () => reject(new Error('open failed'));
        }),
    );
    await page.goto(baseUrl());
    await waitForFigures(page);
    expect(await page.getByTestId('storage-notice').textContent()).toContain(
      'De bewaarde gegevens konden niet gelezen worden',
    );
    expect(await page.getByTestId('demo-banner').textContent()).not.toContain('q.csv');
    await page.getByTestId('recover-demo').click();
    await page.getByTestId('storage-notice').waitFor({ state: 'detached', timeout: 30_000 });
    await page.reload();
    await waitForFigures(page);
    expect(await page.getByTestId('storage-notice').count()).toBe(0);
    await context.close();
  });

  it('after a reload in the middle of an import, shows the data whole: with the wave or without it', async () => {
    const { page, context } = await openSession(browser);
    await page.goto(`${baseUrl()}/?view=import`);
    await page.getByTestId('view-import').waitFor();
    await page
      .getByTestId('import-file')
      .locator('input[type=file]')
      .setInputFiles({ name: 'q.csv', mimeType: 'text/csv', buffer: Buffer.from(qualtricsCsv()) });
    await page.getByTestId('mapping-editor').waitFor({ timeout: 30_000 });
    await page.getByTestId('import-accept').click();
    await page.reload();
    await page.getByTestId('workspace').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('storage-notice').count()).toBe(0);
    const listed = await page.locator('[data-testid=imports] tr[data-survey]').count();
    expect([0, 1]).toContain(listed);
    await context.close();
  });

  it('restarts an engine whose worker fails, loads the data again and loses nothing', async () => {
    const { page, context } = await openSession(browser);
    await importQualtrics(page);
    await page.goto(`${baseUrl()}/?view=satisfaction`);
    await waitForFigures(page);
    const before = await page.getByTestId('kpi-D24').locator('.kpi-details').textContent();
    expect(before).toContain('Respons Kopers 2024');
    const engine = page.workers().find((w) => w.url().includes('duckdb-browser'));
    if (!engine) throw new Error('no DuckDB worker');
    await engine.evaluate(() => {
      setTimeout(() => {
        throw new Error('simulated failure');
      }, 0);
    });
    await expect
      .poll(() => page.getByTestId('engine-crashed').textContent(), { timeout: 60_000 })
      .toContain('Hij werd herstart en uw gegevens werden opnieuw geladen');
    // Without a reload, the new engine answers: a reference date it never saw, then back again
    // to the figure that includes the imported wave.
    await waitForFigures(page);
    const asOf = page.getByRole('combobox', { name: 'Peildatum' });
    await asOf.selectOption('evaluation2022');
    await waitForFigures(page);
    await asOf.selectOption('latest');
    await waitForFigures(page);
    expect(await page.getByTestId('kpi-D24').locator('.kpi-details').textContent()).toBe(before);
    await context.close();
  });
});
