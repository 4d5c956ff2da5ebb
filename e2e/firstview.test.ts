import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launch, openSession, screenshot, waitForFigures } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

interface Snapshot {
  /** Every card's value, details, trend and notes, as text. */
  readonly cards: Record<string, string>;
  readonly provisional: number;
  /** Whether the engine had loaded the data when the snapshot was taken. */
  readonly loaded: boolean;
  readonly starting: boolean;
}

/** One look at the page, in one task, so the engine cannot finish in the middle of it. */
function snapshot(page: Page): Promise<Snapshot> {
  return page.evaluate(() => {
    const cards: Record<string, string> = {};
    for (const card of document.querySelectorAll<HTMLElement>('.kpi-card')) {
      const parts = [
        ...card.querySelectorAll('.kpi-value, .kpi-details li, .kpi-trend, .kpi-note'),
      ];
      cards[card.dataset.testid ?? ''] = parts.map((e) => e.textContent).join(' | ');
    }
    return {
      cards,
      provisional: document.querySelectorAll('.kpi-provisional-note').length,
      loaded: performance.getEntriesByName('pio:data-loaded').length > 0,
      starting: document.querySelector('[data-testid=engine-starting]') !== null,
    };
  });
}

/** Waits for the first card that shows a number, checking every frame. */
async function firstFigure(page: Page): Promise<Snapshot> {
  await page.waitForFunction(
    () => [...document.querySelectorAll('.kpi-value')].some((e) => /\d/.test(e.textContent)),
    null,
    { timeout: 30_000, polling: 16 },
  );
  return snapshot(page);
}

describe('first view', () => {
  it('shows the headline figures computed ahead before the engine is ready, marked as such, and confirms them unchanged', async () => {
    const { page, context, pageErrors, foreignRequests } = await openSession(browser);
    await page.goto(baseUrl());
    const early = await firstFigure(page);
    await screenshot(page, 'first-view-precomputed');
    expect(early.loaded).toBe(false);
    expect(early.starting).toBe(true);
    expect(Object.keys(early.cards)).toHaveLength(20);
    expect(early.provisional).toBe(20);
    expect(await page.getByTestId('kpi-A4-provisional').textContent()).toBe(
      'Vooraf berekend — wordt bevestigd',
    );
    for (const [card, text] of Object.entries(early.cards)) {
      expect(text, card).toMatch(/\d/);
    }

    await waitForFigures(page);
    const confirmed = await snapshot(page);
    expect(confirmed.loaded).toBe(true);
    expect(confirmed.starting).toBe(false);
    expect(confirmed.provisional).toBe(0);
    expect(confirmed.cards).toEqual(early.cards);
    // Confirmed figures open their records; computed-ahead ones could not.
    expect(await page.getByTestId('kpi-A4-records').isVisible()).toBe(true);
    expect(pageErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  it('shows no figure computed ahead for other filters: those wait for the engine', async () => {
    const { page, context } = await openSession(browser);
    await page.goto(`${baseUrl()}?themes=care`);
    await page.getByTestId('kpi-A4').waitFor();
    const early = await snapshot(page);
    expect(early.loaded).toBe(false);
    expect(early.provisional).toBe(0);
    expect(early.cards['kpi-A4']).toBe('…');
    await waitForFigures(page);
    expect((await snapshot(page)).cards['kpi-A4']).toMatch(/\d/);
    await context.close();
  });

  it('on reload shows the figures this browser last computed for the data and filters at once, marked until confirmed', async () => {
    const { page, context, pageErrors } = await openSession(browser);
    // Figures the build did not compute: only the browser's own copy can show them early.
    await page.goto(`${baseUrl()}?asOf=evaluation2022&themes=mobility`);
    await waitForFigures(page);
    const computed = await snapshot(page);
    const keptFigures = () =>
      page.evaluate(() => {
        const { sets } = JSON.parse(localStorage.getItem('pio-kept-figures') ?? '{"sets":[]}') as {
          sets: { filters: string; figures: object }[];
        };
        return Object.keys(sets.find((s) => s.filters.includes('mobility'))?.figures ?? {}).length;
      });
    await expect.poll(keptFigures, { timeout: 10_000 }).toBe(20);
    const kept = await page.evaluate(() => localStorage.getItem('pio-kept-figures') ?? '');
    expect(kept).not.toMatch(/respondent_id|org_id|company_id|project_id/);
    // The names its rounds are read by are kept with them: "Kopers 2021", not a code.
    expect(kept).toContain('"SRV-2021-BUYER":{"name":"Bevraging aankopende besturen 2021"');

    await page.reload();
    const early = await firstFigure(page);
    await screenshot(page, 'first-view-kept');
    expect(early.loaded).toBe(false);
    expect(early.provisional).toBe(20);
    expect(early.cards).toEqual(computed.cards);

    await waitForFigures(page);
    const confirmed = await snapshot(page);
    expect(confirmed.provisional).toBe(0);
    expect(confirmed.cards).toEqual(computed.cards);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('ends on the stored data when a stale note said storage was empty', async () => {
    const { page, context, pageErrors } = await openSession(browser);
    await page.goto(baseUrl());
    await waitForFigures(page);
    expect(await page.getByTestId('demo-banner').count()).toBe(1);
    // A workspace with one table of the user's, written as the app stores it, and a note that
    // wrongly says storage is empty (another tab imported since, or the note is old).
    await page.evaluate(async () => {
      const url = performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .find((n) => /\/calls-[\w-]+\.csv$/.test(n));
      if (!url) throw new Error('calls.csv not fetched');
      const text = (await (await fetch(url)).text()).replace(',2500000.00', ',2600000.00');
      const workspace = {
        format: 'pio-workspace',
        version: 1,
        tables: [{ table: 'calls', fileName: 'calls.csv', importedAt: '', rows: 0, text }],
        imports: [],
      };
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('pio-dashboard', 1);
        request.onupgradeneeded = () => request.result.createObjectStore('workspace');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(new Error('open failed'));
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('workspace', 'readwrite');
        tx.objectStore('workspace').put(workspace, 'current');
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(new Error('write failed'));
      });
      db.close();
      localStorage.setItem('pio-stored-workspace', 'empty');
    });
    await page.reload();
    await waitForFigures(page);
    const confirmed = await snapshot(page);
    expect(confirmed.provisional).toBe(0);
    expect(await page.getByTestId('demo-banner').textContent()).toContain('calls.csv');
    // The note is right again for the next start.
    expect(await page.evaluate(() => localStorage.getItem('pio-stored-workspace'))).toBe('stored');
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('keeps the other screens waiting for the engine as before', async () => {
    const { page, context } = await openSession(browser);
    await page.goto(`${baseUrl()}?view=reach`);
    await page.getByTestId('engine-progress').waitFor();
    expect(await page.locator('.kpi-card').count()).toBe(0);
    await page.getByTestId('view-reach').waitFor({ timeout: 60_000 });
    await context.close();
  });
});
