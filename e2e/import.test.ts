import { mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { belgianExcelCsv, encodeText, qualtricsCsv } from '../src/ingest/survey/testing/exports';
import { writeLargeExport } from '../scripts/bench/largeExport';
import { baseUrl, launch, openSession, screenshot, waitForFigures } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

async function drop(page: Page, name: string, bytes: Uint8Array): Promise<void> {
  await page
    .getByTestId('import-file')
    .locator('input[type=file]')
    .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(bytes) });
}

async function headline(page: Page, id: string): Promise<string> {
  await page.goto(`${baseUrl()}/?view=satisfaction`);
  await waitForFigures(page);
  return (await page.getByTestId(`kpi-${id}`).locator('.kpi-details').textContent()) ?? '';
}

describe('survey import', () => {
  it('imports an export: preview, mapping, check, accept; the indicators change and a reload keeps it', async () => {
    const { page, context, foreignRequests, pageErrors } = await openSession(browser);
    const before = await headline(page, 'D24');

    await page.goto(`${baseUrl()}/?view=import`);
    await page.getByTestId('view-import').waitFor();
    await drop(page, 'bevraging kopers 2024.csv', qualtricsCsv({ headerRows: 3 }));
    await page.getByTestId('mapping-editor').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('import-tool').textContent()).toBe('Qualtrics');
    expect(await page.getByTestId('import-facts').getAttribute('data-reader')).toBe('duckdb');
    // 4 data rows, one a survey preview that the import leaves out.
    expect(await page.getByTestId('import-rows').textContent()).toBe('4');
    expect(await page.getByRole('combobox', { name: 'Vraagcode: Q2' }).inputValue()).toBe(
      'SAT_OVERALL',
    );
    await page.getByTestId('import-check').click();
    await page.getByTestId('import-checked').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('import-checked').textContent()).toContain('3 respondenten');
    await screenshot(page, 'import-checked');
    await page.getByTestId('import-accept').click();
    await expect
      .poll(() => page.getByTestId('import-message').textContent(), { timeout: 30_000 })
      .toContain('geïmporteerd als SRV-2024-BUYER (3 respondenten)');
    expect(await page.getByTestId('demo-banner').textContent()).toContain(
      'bevraging kopers 2024.csv',
    );

    // The new wave is the latest buyer wave: D24's headline now rests on its 3 answers.
    const after = await headline(page, 'D24');
    expect(after).not.toBe(before);
    expect(after).toContain('Respons Kopers 2024');

    await page.reload();
    await waitForFigures(page);
    expect(await page.getByTestId('kpi-D24').locator('.kpi-details').textContent()).toBe(after);
    expect(foreignRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('lists every problem of a broken file and changes nothing', async () => {
    const { page, context } = await openSession(browser);
    await page.goto(`${baseUrl()}/?view=import`);
    await page.getByTestId('view-import').waitFor();
    await page.locator('[data-testid=rounds] tr[data-survey]').first().waitFor({ timeout: 60_000 });
    const rowsBefore = await page.getByTestId('workspace').textContent();
    // A Belgian Excel file cut off inside a quoted cell.
    const whole = belgianExcelCsv({ encoding: 'utf-8-bom' });
    const text = new TextDecoder().decode(whole);
    const cut = text.slice(0, text.indexOf('volgende keer'));
    await drop(page, 'afgebroken.csv', new TextEncoder().encode(cut));
    await page.getByTestId('import-issues').waitFor({ timeout: 30_000 });
    const issues = (await page.getByTestId('import-issues').textContent()) ?? '';
    expect(issues).toContain('afgebroken.csv, regel 3');
    expect(issues).toContain('Aanhalingsteken wordt niet gesloten');
    expect(await page.getByTestId('workspace').textContent()).toBe(rowsBefore);
    await screenshot(page, 'import-rejected');
    await context.close();
  });

  it('removes an import and goes back to the demo data', async () => {
    const { page, context } = await openSession(browser);
    await page.goto(`${baseUrl()}/?view=import`);
    await page.getByTestId('view-import').waitFor();
    await drop(page, 'kopers.csv', qualtricsCsv({ headerRows: 2 }));
    await page.getByTestId('import-accept').click();
    await expect
      .poll(() => page.getByTestId('import-message').textContent(), { timeout: 30_000 })
      .toContain('SRV-2024-BUYER');
    page.on('dialog', (d) => void d.accept());
    await page.getByTestId('back-to-demo').click();
    await expect
      .poll(() => page.getByTestId('workspace').textContent(), { timeout: 30_000 })
      .toContain('Er zijn nog geen eigen gegevens geïmporteerd');
    await page.reload();
    await page.getByTestId('workspace').waitFor();
    expect(await page.getByTestId('workspace').textContent()).toContain(
      'Er zijn nog geen eigen gegevens geïmporteerd',
    );
    await context.close();
  });

  it('exports the workspace and restores it after going back to the demo data', async () => {
    const { page, context } = await openSession(browser);
    page.on('dialog', (d) => void d.accept());
    await page.goto(`${baseUrl()}/?view=import`);
    await page.getByTestId('view-import').waitFor();
    await drop(page, 'kopers.csv', qualtricsCsv({ headerRows: 3 }));
    await page.getByTestId('import-accept').click();
    await expect
      .poll(() => page.getByTestId('import-message').textContent(), { timeout: 30_000 })
      .toContain('SRV-2024-BUYER');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('workspace-export').click(),
    ]);
    const json = await readFile(await download.path(), 'utf8');
    expect(JSON.parse(json)).toMatchObject({ format: 'pio-workspace', version: 2, base: 'demo' });
    await page.getByTestId('back-to-demo').click();
    await expect
      .poll(() => page.getByTestId('workspace').textContent(), { timeout: 30_000 })
      .toContain('Er zijn nog geen eigen gegevens geïmporteerd');
    await page
      .getByTestId('workspace-restore')
      .locator('input[type=file]')
      .setInputFiles({
        name: 'werkruimte.json',
        mimeType: 'application/json',
        buffer: Buffer.from(json),
      });
    await expect
      .poll(() => page.getByTestId('imports').textContent(), { timeout: 30_000 })
      .toContain('SRV-2024-BUYER');
    await context.close();
  });

  it('replaces a portfolio table from a Belgian Excel file, and refuses a broken one whole', async () => {
    const { page, context } = await openSession(browser);
    await page.goto(`${baseUrl()}/?view=data&table=calls`);
    await page.getByTestId('portfolio').waitFor();
    const demo = await readFile('datasets/calls.csv', 'utf8');
    const belgian = demo
      .trimEnd()
      .split('\n')
      .map((line, i) => {
        if (i === 0) return line.replaceAll(',', ';');
        const [id, year, type, theme, deadline, budget] = line.split(',');
        const [y, m, d] = (deadline ?? '').split('-');
        const euros = Number(budget).toLocaleString('nl-BE', { minimumFractionDigits: 2 });
        return [id, year, type, theme, `${d ?? ''}/${m ?? ''}/${y ?? ''}`, euros].join(';');
      })
      .join('\r\n');
    const bad = belgian.replace(/;(\d\d)\/03\/2017;/, ';$1/13/2017;');
    await page.getByTestId('portfolio-table').selectOption('calls');
    await page
      .getByTestId('portfolio-file')
      .locator('input[type=file]')
      .setInputFiles({
        name: 'oproepen.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(encodeText(bad, 'windows-1252')),
      });
    await page.getByTestId('portfolio-issues').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('portfolio-issues').textContent()).toContain(
      'oproepen.csv, regel 2, kolom deadline',
    );
    expect(await page.getByTestId('workspace').textContent()).toContain(
      'Er zijn nog geen eigen gegevens geïmporteerd',
    );

    await page
      .getByTestId('portfolio-file')
      .locator('input[type=file]')
      .setInputFiles({
        name: 'oproepen.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(encodeText(belgian, 'windows-1252')),
      });
    await expect
      .poll(() => page.getByTestId('workspace-message').textContent(), { timeout: 30_000 })
      .toContain('Tabel calls werd vervangen door oproepen.csv');
    expect(await page.getByTestId('imports').textContent()).toContain('oproepen.csv');
    await screenshot(page, 'portfolio-replaced');
    await context.close();
  });

  it('reads a large export off the main thread with its progress shown, and cancelling changes nothing', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pio-large-'));
    const file = path.join(dir, 'groot.csv');
    await writeLargeExport(file, 60_000);
    const { page, context } = await openSession(browser);
    await page.goto(`${baseUrl()}/?view=import`);
    await page.getByTestId('view-import').waitFor();
    await page.getByTestId('import-file').locator('input[type=file]').setInputFiles(file);
    await page.getByTestId('import-progress').waitFor({ timeout: 10_000 });
    // The page answers while the file is read: a script runs at once and finds the progress.
    const t0 = Date.now();
    expect(
      await page.evaluate(() => document.querySelector('[data-testid="import-progress"]') !== null),
    ).toBe(true);
    expect(Date.now() - t0).toBeLessThan(1000);
    await page.getByTestId('import-progress').getByRole('button', { name: 'Annuleren' }).click();
    await expect
      .poll(() => page.getByTestId('import-message').textContent())
      .toBe('Geannuleerd: er werd niets gewijzigd.');
    expect(await page.getByTestId('mapping-editor').count()).toBe(0);
    expect(await page.getByTestId('workspace').textContent()).toContain(
      'Er zijn nog geen eigen gegevens geïmporteerd',
    );
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  });
});
