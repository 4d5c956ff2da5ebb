import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launch, openSession, screenshot, waitForFigures } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const text = async (page: import('playwright-core').Page, testId: string) =>
  (await page.getByTestId(testId).textContent()) ?? '';

describe('dashboard views', () => {
  it('answers the four questions on the overview, with the filters and reference date in sight', async () => {
    const { page, context, foreignRequests, pageErrors } = await openSession(browser);
    await page.goto(baseUrl());
    await waitForFigures(page);
    for (const q of ['reach', 'companies', 'innovation', 'satisfaction', 'objectives']) {
      expect(await page.getByTestId(`question-${q}`).isVisible()).toBe(true);
    }
    expect(await page.locator('.kpi-card').count()).toBe(20);
    expect(await text(page, 'active-filters')).toContain('Peildatum: Laatste gegevens');
    expect(await text(page, 'kpi-A4-value')).toMatch(/^\d+,\d%$/);
    expect(await page.getByTestId('kpi-B13').textContent()).toContain('71,5%');
    // Cards in the order of their codes, each code once; a trend is a line in time order.
    expect(
      await page
        .getByTestId('question-reach')
        .locator('.kpi-id')
        .evaluateAll((ids) => ids.map((i) => i.textContent)),
    ).toEqual(['A1', 'A2', 'A3', 'A4']);
    expect(await page.getByTestId('kpi-OD1').locator('h3').textContent()).toBe(
      'OD1 Diversiteit van de portefeuille',
    );
    expect(await page.getByTestId('kpi-A4-trend').locator('polyline').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('kpi-A4-trend').locator('figcaption').textContent()).toMatch(
      /^2017 .*2023 /,
    );
    expect(await page.getByTestId('kpi-C19').textContent()).toContain(
      'Projecten uit de laatste oproepjaren lopen nog',
    );
    expect(await page.getByTestId('kpi-OD2').textContent()).toContain('paginaweergaven');
    await screenshot(page, 'overview');
    expect(foreignRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('renders each question view with a chart for every indicator, moving between views without a reload', async () => {
    const { page, context, pageErrors } = await openSession(browser);
    await page.goto(baseUrl());
    await waitForFigures(page);
    const nav = page.getByRole('navigation', { name: 'Hoofdnavigatie' });
    for (const [view, label] of [
      ['reach', 'Bereik'],
      ['companies', 'Kansen voor bedrijven'],
      ['innovation', 'Gerealiseerde innovaties'],
      ['satisfaction', 'Tevredenheid'],
    ] as const) {
      await nav.getByRole('link', { name: label }).click();
      await page.getByTestId(`view-${view}`).waitFor();
      await waitForFigures(page);
      const cards = await page.locator('.kpi-card').count();
      expect(cards, view).toBeGreaterThanOrEqual(5);
      await expect
        .poll(() => page.locator('.kpi-card figure.chart').count(), { timeout: 30_000 })
        .toBe(cards);
      await screenshot(page, view);
    }
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('recomputes the figures when the reference date changes, and the URL reproduces them', async () => {
    const { page, context } = await openSession(browser);
    await page.goto(baseUrl());
    await waitForFigures(page);
    const latest = await text(page, 'kpi-A4');
    await page.getByLabel('Peildatum').selectOption('evaluation2022');
    await expect.poll(() => page.url()).toContain('asOf=evaluation2022');
    await expect.poll(() => text(page, 'kpi-A4'), { timeout: 30_000 }).not.toBe(latest);
    await waitForFigures(page);
    const evaluation = await text(page, 'kpi-A4');
    expect(await text(page, 'active-filters')).toContain('Evaluatie 2022');
    expect(await text(page, 'kpi-B16')).toContain('Niet te berekenen onder een peildatum');

    await page.reload();
    await waitForFigures(page);
    expect(await text(page, 'kpi-A4')).toBe(evaluation);

    await page.goBack();
    await waitForFigures(page);
    await expect.poll(() => text(page, 'kpi-A4'), { timeout: 30_000 }).toBe(latest);
    await context.close();
  });

  it('keeps a date of its own in the reference date field, even one that equals a preset', async () => {
    const { page, context } = await openSession(browser);
    await page.goto(`${baseUrl()}?asOf=evaluation2022`);
    await waitForFigures(page);
    const evaluation = await text(page, 'kpi-A4');
    await page.getByTestId('filter-asof').selectOption('date');
    // The field shows the preset's date and stays, though that date is the preset's own.
    expect(await page.getByTestId('filter-date').inputValue()).toBe('2021-12-31');
    await page.waitForTimeout(500);
    expect(await page.getByTestId('filter-date').isVisible()).toBe(true);
    expect(await page.getByTestId('filter-asof').inputValue()).toBe('date');
    await page.getByTestId('filter-date').fill('2019-12-31');
    await expect.poll(() => page.url()).toContain('asOf=2019-12-31');
    await expect.poll(() => text(page, 'kpi-A4'), { timeout: 30_000 }).not.toBe(evaluation);
    await waitForFigures(page);
    expect(await text(page, 'active-filters')).toContain('31/12/2019');
    await context.close();
  });

  it('applies a list filter from the filter bar and names the filters an indicator cannot take', async () => {
    const { page, context } = await openSession(browser);
    await page.goto(baseUrl());
    await waitForFigures(page);
    const before = await text(page, 'kpi-C18');
    await page.locator('[data-filter=themes] summary').click();
    await page.getByRole('checkbox', { name: 'Mobiliteit' }).check();
    await expect.poll(() => page.url()).toContain('themes=mobility');
    await expect.poll(() => text(page, 'kpi-C18'), { timeout: 30_000 }).not.toBe(before);
    await waitForFigures(page);
    expect(await text(page, 'active-filters')).toContain('Thema’s: Mobiliteit');
    expect(await text(page, 'kpi-OD2')).toContain(
      'Filters die deze indicator niet kan toepassen: Thema’s.',
    );
    await context.close();
  });

  it('says which filter values of a link it does not know, and applies the others', async () => {
    const { page, context } = await openSession(browser);
    await page.goto(`${baseUrl()}?view=overview&themes=mobility,astrology&asOf=2021-02-30`);
    await waitForFigures(page);
    expect(await text(page, 'url-rejected')).toBe(
      'Deze link bevat filterwaarden die het dashboard niet kent; ze werden weggelaten: ' +
        'Peildatum “2021-02-30”, Thema’s “astrology”.',
    );
    expect(await text(page, 'active-filters')).toContain('Thema’s: Mobiliteit');
    await page.locator('[data-filter=themes] summary').click();
    await page.getByRole('checkbox', { name: 'Zorg' }).check();
    await expect.poll(() => page.url()).toContain('themes=care%2Cmobility');
    expect(await page.getByTestId('url-rejected').count()).toBe(0);
    await context.close();
  });

  it('switches to English with en-GB number formats', async () => {
    const { page, context } = await openSession(browser);
    await page.goto(baseUrl());
    await waitForFigures(page);
    const nl = await text(page, 'kpi-A4-value');
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => text(page, 'kpi-A4-value')).toBe(nl.replace(',', '.'));
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Overview of the evaluation questions',
    );
    expect(await text(page, 'kpi-OD2-value')).toMatch(/^\d{1,3}(,\d{3})+$/);
    await context.close();
  });

  it('leads from a figure to its definition and SQL in the catalogue', async () => {
    const { page, context } = await openSession(browser);
    await page.goto(baseUrl());
    await waitForFigures(page);
    await page.getByTestId('kpi-D24').getByRole('link', { name: 'Definitie en SQL' }).click();
    await expect.poll(() => page.url()).toContain('view=catalogue');
    const entry = page.getByTestId('definition-D24');
    expect(await entry.getAttribute('aria-current')).toBe('true');
    expect(await entry.textContent()).toContain('Kopers die 4 (tevreden) of 5 (zeer tevreden)');
    await entry.locator('summary').click();
    expect(await text(page, 'sql-D24')).toContain("question_code = 'SAT_OVERALL'");
    await screenshot(page, 'catalogue');
    await context.close();
  });
});

describe('printing', () => {
  it('prints the overview as a report that states the filters, the reference date, the data origin and the date printed', async () => {
    const { page, context } = await openSession(browser);
    await page.goto(`${baseUrl()}?asOf=evaluation2022&themes=care`);
    await waitForFigures(page);
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByTestId('filter-bar').isVisible()).toBe(false);
    const header = page.getByTestId('print-header');
    expect(await header.isVisible()).toBe(true);
    expect(await header.textContent()).toMatch(
      /^Gegevens: illustratieve demodata \(datasets\/\) \(vingerafdruk [0-9a-f]{8}\) · afgedrukt op \d{2}\/\d{2}\/\d{4}$/,
    );
    const active = await page.getByTestId('active-filters').textContent();
    expect(active).toContain('Peildatum: Evaluatie 2022');
    expect(active).toContain('Thema’s: Zorg');
    expect(await page.getByTestId('active-filters').isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await context.close();
  });
});
