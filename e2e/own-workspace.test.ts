import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launch, openSession, screenshot, waitForFigures } from './support/browser';

const PORTFOLIO = 'src/ingest/portfolio/fixtures/belgian-excel';

/** A buyer round of 2023 as LimeSurvey writes it (codes as headings, UTF-8 with BOM, CRLF). */
const LIMESURVEY_2023 = `\uFEFF${[
  '"id","submitdate","lastpage","startlanguage","seed","PROJ","TEVR","AANBEV"',
  '"1","2023-06-02 10:12:40","3","nl","123","PIO-2021-001","A5","9"',
  '"2","2023-06-05 14:01:02","3","nl","456","PIO-2021-002","A4","10"',
  '"3","2023-06-07 09:45:10","3","nl","789","PIO-2022-001","A2","6"',
  '"4","","1","nl","321","PIO-2021-001","",""',
].join('\r\n')}\r\n`;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

async function rounds(page: Page): Promise<string[]> {
  return page
    .locator('[data-testid=rounds] tr[data-survey]')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-survey') ?? ''));
}

async function message(page: Page): Promise<string> {
  return (await page.getByTestId('workspace-message').textContent()) ?? '';
}

describe('a workspace of the PIO team’s own', () => {
  it('removes a demo round, starts without demo data, loads a whole portfolio, imports a round, and keeps only that after a reload', async () => {
    const { page, context, foreignRequests, pageErrors } = await openSession(browser);
    page.on('dialog', (d) => void d.accept());
    await page.goto(`${baseUrl()}/?view=data`);
    await page
      .getByTestId('rounds')
      .locator('tr[data-survey]')
      .first()
      .waitFor({ timeout: 60_000 });
    expect(await rounds(page)).toContain('SRV-2019-BUYER');

    // A demo round goes, and only that one.
    const before = await rounds(page);
    await page
      .locator('[data-testid=rounds] tr[data-survey="SRV-2019-BUYER"]')
      .getByRole('button', { name: 'Verwijderen' })
      .click();
    await expect.poll(() => rounds(page), { timeout: 30_000 }).not.toContain('SRV-2019-BUYER');
    expect(await rounds(page)).toEqual(before.filter((id) => id !== 'SRV-2019-BUYER'));
    expect(await page.getByTestId('workspace-state').textContent()).toContain(
      'naast de illustratieve demodata',
    );

    // A workspace of their own: no demo table, no demo round, no demo banner.
    await page.getByTestId('start-own').click();
    await expect
      .poll(() => page.getByTestId('workspace-state').textContent(), { timeout: 30_000 })
      .toContain('Uw eigen werkruimte');
    await expect.poll(() => rounds(page)).toEqual([]);
    expect(await page.getByTestId('demo-banner').count()).toBe(0);
    expect(await page.locator('[data-table=projects] [data-column=rows]').textContent()).toBe('0');

    // The whole portfolio at once, as the team keeps it in Belgian Excel.
    const files = readdirSync(PORTFOLIO).map((name) => ({
      name,
      mimeType: 'text/csv',
      buffer: readFileSync(path.join(PORTFOLIO, name)),
    }));
    await page
      .getByTestId('portfolio-files')
      .locator('input[type=file][multiple]')
      .setInputFiles(files);
    await expect
      .poll(() => message(page), { timeout: 30_000 })
      .toContain('Portefeuille geladen: 13 tabellen');
    const warnings = (await page.getByTestId('portfolio-issues').textContent()) ?? '';
    expect(warnings).toContain('“Oost-Vlaanderen” → oost_vlaanderen');
    expect(warnings).toContain('organisations.csv, regel 1, kolom Opmerking');
    await expect
      .poll(() => page.locator('[data-table=projects] [data-column=rows]').textContent())
      .toBe('3');
    await screenshot(page, 'own-workspace-portfolio');

    // A round of their own, imported beside it.
    await page.goto(`${baseUrl()}/?view=import`);
    await page.getByTestId('view-import').waitFor();
    await page
      .getByTestId('import-file')
      .locator('input[type=file]')
      .setInputFiles({
        name: 'kopers 2023.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(LIMESURVEY_2023),
      });
    await page.getByTestId('mapping-editor').waitFor({ timeout: 30_000 });
    await page.getByTestId('import-accept').click();
    await expect
      .poll(() => page.getByTestId('import-message').textContent(), { timeout: 30_000 })
      .toContain('geïmporteerd als SRV-2023-BUYER');

    await page.reload();
    await page.getByTestId('workspace').waitFor({ timeout: 60_000 });
    await expect.poll(() => rounds(page), { timeout: 30_000 }).toEqual(['SRV-2023-BUYER']);
    expect(await page.getByTestId('workspace-state').textContent()).toContain(
      'Uw eigen werkruimte',
    );

    // The overview rests on the user's data alone: 3 of 5 applications from local government.
    await page.goto(`${baseUrl()}/?view=reach`);
    await waitForFigures(page);
    expect(await page.getByTestId('kpi-A3').locator('.kpi-value').textContent()).toBe('60,0%');
    // Neither EU file has a contribution column: A8 says so on its card.
    expect(await page.getByTestId('kpi-A8').textContent()).toContain(
      'ontbreken (leeg geladen): eu_projects.eu_contribution_eur',
    );
    expect(await page.getByTestId('demo-banner').count()).toBe(0);
    await screenshot(page, 'own-workspace-reach');
    expect(foreignRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
  }, 240_000);
});
