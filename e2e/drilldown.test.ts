import { readFile } from 'node:fs/promises';
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

/** "107 records (bedrijven); het cijfer vermeldt n = 107." → [107, 107] */
async function drillCounts(page: Page): Promise<[number, number]> {
  const text = (await page.getByTestId('drill-count').textContent()) ?? '';
  const m = /^([\d.]+) records .* = ([\d.]+)\.$/.exec(text);
  if (!m) throw new Error(`unexpected count line: ${text}`);
  const n = (s: string | undefined) => Number((s ?? '').replaceAll('.', ''));
  return [n(m[1]), n(m[2])];
}

async function closeDialog(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.getByTestId('drill-down').waitFor({ state: 'detached' });
}

describe('drill-down', () => {
  it('opens the records behind a headline figure: as many as its n, sortable, paged and downloadable', async () => {
    const { page, context, pageErrors } = await openSession(browser);
    await page.goto(`${baseUrl()}/?view=companies`);
    await waitForFigures(page);
    // B12 reads "80 van 107": 107 awarded companies, the SMEs among them flagged.
    const details = (await page.getByTestId('kpi-B12').locator('.kpi-details').textContent()) ?? '';
    const den = Number(/van ([\d.]+)/.exec(details)?.[1]?.replaceAll('.', ''));
    await page.getByTestId('kpi-B12-records').click();
    const dialog = page.getByTestId('drill-down');
    await dialog.getByTestId('drill-table').waitFor();
    const [rows, expected] = await drillCounts(page);
    expect(rows).toBe(den);
    expect(expected).toBe(den);
    expect(await dialog.locator('tbody tr').count()).toBe(25);
    expect(await dialog.locator('.pager').textContent()).toContain(`van ${String(den)} rijen`);
    await screenshot(page, 'drill-down-B12');

    const header = dialog.getByRole('button', { name: 'Sorteer op Bedrijf', exact: true });
    await header.click();
    await header.click();
    expect(await dialog.locator('th[aria-sort=descending]').textContent()).toContain('Bedrijf');
    const firstIds = await dialog.locator('tbody tr td:first-child').allTextContents();
    expect(firstIds).toEqual([...firstIds].sort().reverse());
    await dialog.getByRole('button', { name: 'Volgende' }).click();
    expect(await dialog.locator('.pager').textContent()).toContain('Pagina 2');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByTestId('records-csv').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^pio-records-B12-Alle-records-achter-het-cijfer-\d{4}-\d{2}-\d{2}T\d{4}\.csv$/,
    );
    const csv = await readFile(await download.path(), 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.trimEnd().split('\r\n');
    const headerAt = lines.findIndex((l) => l.startsWith('company_id;'));
    expect(lines.slice(0, headerAt).join('\n')).toContain('Peildatum;Laatste gegevens');
    expect(lines.slice(0, headerAt).join('\n')).toContain('illustratieve demodata');
    expect(lines.length - headerAt - 1).toBe(den);

    await closeDialog(page);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('opens the records of one chart mark, of a funnel stage and of a Likert answer', async () => {
    const { page, context, pageErrors } = await openSession(browser);
    await page.goto(`${baseUrl()}/?view=companies`);
    await waitForFigures(page);
    // A bar of B12 by procedure: its companies number the cell's n.
    const chart = page.getByTestId('chart-B12');
    await chart.locator('.recharts-bar-rectangle .bar').first().click();
    await page.getByTestId('drill-table').waitFor();
    expect(await page.getByTestId('drill-down').locator('.drill-scope').textContent()).toMatch(
      /^Procedure: /,
    );
    const [rows, expected] = await drillCounts(page);
    expect(rows).toBe(expected);
    expect(rows).toBeGreaterThan(0);
    await closeDialog(page);

    // The funnel's award stage, by keyboard from its table.
    const funnel = page.getByTestId('chart-funnel');
    await funnel.locator('summary').click();
    await funnel.getByRole('button', { name: 'Records van Gunning' }).click();
    await page.getByTestId('drill-table').waitFor();
    const [awarded] = await drillCounts(page);
    expect(await funnel.locator('figcaption').textContent()).toContain('gunning');
    expect(await page.getByTestId('drill-down').textContent()).toContain('Verste fase: Gunning');
    expect(awarded).toBeGreaterThan(0);
    await closeDialog(page);

    await page.getByRole('link', { name: 'Tevredenheid' }).click();
    await waitForFigures(page);
    const likert = page.getByTestId('chart-likert');
    await likert.locator('.recharts-bar-rectangle path').last().click();
    await page.getByTestId('drill-table').waitFor();
    const [respondents, answered] = await drillCounts(page);
    expect(respondents).toBe(answered);
    expect(await page.getByTestId('drill-down').textContent()).toContain(
      'zonder organisatie, project of bedrijf',
    );
    const columns = await page.getByTestId('drill-table').locator('th button').allTextContents();
    expect(columns.length).toBeGreaterThan(0);
    for (const identifying of ['Organisatie', 'Project', 'Bedrijf', 'Type organisatie']) {
      expect(columns).not.toContain(identifying);
    }
    await screenshot(page, 'drill-down-likert');
    await closeDialog(page);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('offers no records for a suppressed survey cell', async () => {
    const { page, context } = await openSession(browser);
    await page.goto(`${baseUrl()}/?view=satisfaction`);
    await waitForFigures(page);
    const card = page.getByTestId('kpi-D24');
    await card.getByRole('combobox').selectOption('org_type');
    await waitForFigures(page);
    const table = page.getByTestId('chart-D24');
    await table.locator('summary').click();
    const rows = table.locator('tbody tr');
    let hidden = 0;
    for (let i = 0; i < (await rows.count()); i += 1) {
      const row = rows.nth(i);
      const suppressed = ((await row.textContent()) ?? '').includes('verborgen');
      expect(await row.getByRole('button').count()).toBe(suppressed ? 0 : 1);
      if (suppressed) hidden += 1;
    }
    expect(hidden).toBeGreaterThan(0);
    await context.close();
  });
});
