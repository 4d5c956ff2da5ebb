import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvText, encodeText, qualtricsCsv } from '../src/ingest/survey/testing/exports';
import { baseUrl, launch, openSession, waitForData, waitForFigures } from './support/browser';
import { clearCspViolations, cspViolations as violations, watchCsp } from './support/csp';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

interface Watch {
  __pwned?: number;
}

describe('nothing leaves the page', () => {
  it('sets a policy that blocks inline script, and walks a whole session without a violation or a foreign request', async () => {
    const { page, context, foreignRequests, pageErrors } = await openSession(browser);
    await watchCsp(page);
    await page.goto(baseUrl());
    await waitForFigures(page);
    const policy = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'none'");

    // The policy is in force: an injected inline script does not run, and is reported.
    const ran = await page.evaluate(async () => {
      const s = document.createElement('script');
      s.textContent = '(window).__inline = 1';
      document.body.append(s);
      await new Promise((r) => setTimeout(r, 50));
      return 'inline' in window || '__inline' in window;
    });
    expect(ran).toBe(false);
    expect((await violations(page)).join(' ')).toContain('script-src');
    // A request to another origin does not leave either.
    await page.evaluate(() => fetch('http://198.51.100.7/x.json').catch(() => undefined));
    expect((await violations(page)).join(' ')).toContain('connect-src http://198.51.100.7');
    expect(foreignRequests).toEqual([]);
    await clearCspViolations(page);

    const nav = page.getByRole('navigation', { name: 'Hoofdnavigatie' });
    for (const label of [
      'Bereik',
      'Kansen voor bedrijven',
      'Gerealiseerde innovaties',
      'Tevredenheid',
    ]) {
      await nav.getByRole('link', { name: label }).click();
      await waitForFigures(page);
    }
    // Chart images and a results workbook are drawn and written inside the page.
    await nav.getByRole('link', { name: 'Kansen voor bedrijven' }).click();
    await waitForFigures(page);
    const chart = page.getByTestId('chart-B12');
    await chart.waitFor();
    for (const id of ['chart-B12-image-svg', 'chart-B12-image-png']) {
      await Promise.all([page.waitForEvent('download'), chart.getByTestId(id).click()]);
    }
    await Promise.all([page.waitForEvent('download'), page.getByTestId('results-xlsx').click()]);
    await nav.getByRole('link', { name: 'Tevredenheid' }).click();
    await waitForFigures(page);
    await page.getByTestId('kpi-D24-records').click();
    await page.getByTestId('drill-table').waitFor();
    await Promise.all([page.waitForEvent('download'), page.getByTestId('records-csv').click()]);
    await page.keyboard.press('Escape');
    await nav.getByRole('link', { name: 'Catalogus' }).click();
    await page.getByTestId('definition-A1').waitFor();
    await nav.getByRole('link', { name: 'Importeren' }).click();
    await page
      .getByTestId('import-file')
      .locator('input[type=file]')
      .setInputFiles({ name: 'q.csv', mimeType: 'text/csv', buffer: Buffer.from(qualtricsCsv()) });
    await page.getByTestId('import-accept').click();
    await expect
      .poll(() => page.getByTestId('import-message').textContent(), { timeout: 30_000 })
      .toContain('SRV-2024-BUYER');
    await nav.getByRole('link', { name: 'Data' }).click();
    await waitForData(page);
    await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('workspace-export').click(),
    ]);
    // The explorer starts a second engine from the same files, runs a query and exports it.
    await nav.getByRole('link', { name: 'SQL' }).click();
    await page.getByTestId('schema').waitFor({ timeout: 60_000 });
    await page.getByTestId('sql-editor').fill('SELECT * FROM answers');
    await page.getByTestId('explorer-run').click();
    await page.getByTestId('result-grid').waitFor({ timeout: 60_000 });
    await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('explorer-export-xlsx').click(),
    ]);

    expect(await violations(page)).toEqual([]);
    expect(foreignRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});

describe('hostile content stays inert', () => {
  it('shows markup, script, links, direction overrides and very long cells from a file as plain text', async () => {
    const { page, context, pageErrors } = await openSession(browser);
    await watchCsp(page);
    const hostileHeader = '<img src=x onerror="window.__pwned=1">';
    const long = 'W'.repeat(100_000);
    const text = csvText(
      [
        ['id', 'submitdate', 'TEVR', hostileHeader, 'OPM'],
        [
          '1',
          '2025-05-02 10:00:00',
          'Tevreden',
          '<script>window.__pwned=2</script>',
          'javascript:window.__pwned=3',
        ],
        ['2', '2025-05-03 11:00:00', 'Zeer tevreden', 'abc\u202Etxt.exe', long],
        ['3', '2025-05-04 12:00:00', 'Tevreden', 'nul\u0000byte', 'x'],
      ],
      { separator: ',', quoteAll: true },
    );
    await page.goto(`${baseUrl()}/?view=import`);
    await page.getByTestId('view-import').waitFor();
    await page
      .getByTestId('import-file')
      .locator('input[type=file]')
      .setInputFiles({
        name: '<b onmouseover=alert(1)>bestand</b>.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(encodeText(text, 'utf-8')),
      });
    await page.getByTestId('mapping-editor').waitFor({ timeout: 30_000 });
    await page
      .locator('details', { hasText: 'Eerste rijen zoals gelezen' })
      .locator('summary')
      .click();
    // As text in the mapping table and the preview, never as elements.
    expect(await page.getByTestId('mapping-editor').textContent()).toContain(hostileHeader);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.locator('main script').count()).toBe(0);
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    expect(await page.getByText('<script>window.__pwned=2</script>').count()).toBeGreaterThan(0);
    // A NUL byte in a cell is shown as U+FFFD, with a warning on its line.
    expect(await page.getByText('nul\uFFFDbyte').count()).toBeGreaterThan(0);
    expect(await page.locator('main').textContent()).toContain('NUL');
    // A 100,000-character cell scrolls inside its table; the page keeps its width.
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(1);

    await page.getByTestId('import-accept').click();
    await expect
      .poll(() => page.getByTestId('import-message').textContent(), { timeout: 30_000 })
      .toContain('<b onmouseover=alert(1)>bestand</b>.csv');
    expect(await page.getByTestId('demo-banner').textContent()).toContain('<b onmouseover');
    expect(await page.locator('b[onmouseover]').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as Watch).__pwned)).toBeUndefined();

    // Query results in the explorer are text too.
    await page.goto(`${baseUrl()}/?view=explorer`);
    await page.getByTestId('schema').waitFor({ timeout: 60_000 });
    await page
      .getByTestId('sql-editor')
      .fill(`SELECT '${hostileHeader}' AS "<svg onload=window.__pwned=5>", '\u202Eabc' AS b`);
    await page.getByTestId('explorer-run').click();
    await page.getByTestId('result-grid').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('result-grid').textContent()).toContain(hostileHeader);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.locator('main svg[onload]').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as Watch).__pwned)).toBeUndefined();
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
