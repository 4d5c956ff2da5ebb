import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Browser, Locator, Page } from 'playwright-core';
import { readSheet } from 'read-excel-file/universal';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INDICATORS } from '../src/indicators/registry';
import {
  baseUrl,
  launch,
  openSession,
  screenshot,
  waitForData,
  waitForFigures,
} from './support/browser';
import { cspViolations, watchCsp } from './support/csp';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

async function download(page: Page, button: Locator): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

function arrayBuffer(bytes: Buffer): ArrayBuffer {
  return new Uint8Array(bytes).buffer;
}

/** Parses an SVG document in the page: its <title>, its text, or the parser's error. */
function parseSvg(page: Page, text: string) {
  return page.evaluate((t) => {
    const doc = new DOMParser().parseFromString(t, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: doc.documentElement.nodeName,
      width: doc.documentElement.getAttribute('width'),
      height: doc.documentElement.getAttribute('height'),
      title: doc.querySelector('svg > title')?.textContent ?? null,
      text: [...doc.querySelectorAll('text')].map((n) => n.textContent).join('\n'),
      bars: doc.querySelectorAll('.recharts-bar-rectangle .bar, .recharts-trapezoid').length,
    };
  }, text);
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

describe('exports', () => {
  it('downloads charts as SVG and PNG with their title and filters, nothing leaving the page', async () => {
    const { page, context, pageErrors, foreignRequests } = await openSession(browser);
    await watchCsp(page);
    await page.goto(`${baseUrl()}/?view=companies&asOf=evaluation2022&themes=care,mobility`);
    await waitForFigures(page);
    const chart = page.getByTestId('chart-B12');
    const title = (await chart.locator('figcaption').textContent()) ?? '';
    expect(title.length).toBeGreaterThan(0);

    const svg = await download(page, chart.getByTestId('chart-B12-image-svg'));
    expect(svg.name).toMatch(
      /^pio-chart-B12-.+-2021-12-31-care-mobility-\d{4}-\d{2}-\d{2}T\d{4}\.svg$/,
    );
    const svgText = svg.bytes.toString('utf8');
    expect(svgText.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    const parsed = await parseSvg(page, svgText);
    expect(parsed.error).toBeNull();
    expect(parsed.root).toBe('svg');
    expect(Number(parsed.width)).toBeGreaterThan(300);
    expect(Number(parsed.height)).toBeGreaterThan(100);
    expect(parsed.title).toBe(title);
    expect(parsed.text).toContain(title);
    expect(parsed.text).toContain('Peildatum: Evaluatie 2022');
    expect(parsed.text).toContain('Thema’s: Zorg, Mobiliteit');
    expect(parsed.text).toContain('illustratieve demodata');
    expect(parsed.bars).toBeGreaterThan(0);
    // Styles travel inline: the bars keep their colour without the page's stylesheet.
    expect(svgText).toMatch(/style="[^"]*fill:\s*rgb\(/);

    const png = await download(page, chart.getByTestId('chart-B12-image-png'));
    expect(png.name).toMatch(/\.png$/);
    expect([...png.bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(png.bytes.length).toBeGreaterThan(10_000);
    // IHDR: twice the SVG's size.
    expect(png.bytes.readUInt32BE(16)).toBe(2 * Number(parsed.width));
    expect(png.bytes.readUInt32BE(20)).toBe(2 * Number(parsed.height));

    const funnel = await download(
      page,
      page.getByTestId('chart-funnel').getByTestId('chart-funnel-image-svg'),
    );
    const funnelSvg = await parseSvg(page, funnel.bytes.toString('utf8'));
    expect(funnelSvg.error).toBeNull();
    expect(funnelSvg.title).toContain('Trechter');

    await page
      .getByRole('navigation', { name: 'Hoofdnavigatie' })
      .getByRole('link', { name: 'Tevredenheid' })
      .click();
    await waitForFigures(page);
    const likert = page.getByTestId('chart-likert');
    await likert.waitFor();
    const likertSvg = await download(page, likert.getByTestId('chart-likert-image-svg'));
    const likertParsed = await parseSvg(page, likertSvg.bytes.toString('utf8'));
    expect(likertParsed.error).toBeNull();
    // The legend, drawn as HTML on the page, is drawn into the image.
    expect(likertParsed.text).toContain('Zeer tevreden');
    const likertPng = await download(page, likert.getByTestId('chart-likert-image-png'));
    expect([...likertPng.bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);

    expect(await cspViolations(page)).toEqual([]);
    expect(foreignRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('exports tables as XLSX with numbers as numbers and a Context sheet, and as CSV', async () => {
    const { page, context, pageErrors } = await openSession(browser);
    await watchCsp(page);
    await page.goto(`${baseUrl()}/?view=companies&asOf=evaluation2022`);
    await waitForFigures(page);

    // The screen's indicator results: a total row per indicator and its breakdown's rows.
    const results = await download(page, page.getByTestId('results-xlsx'));
    expect(results.name).toMatch(
      /^pio-results-companies-2021-12-31-\d{4}-\d{2}-\d{2}T\d{4}\.xlsx$/,
    );
    const sheet = await readSheet(arrayBuffer(results.bytes));
    expect(sheet[0]?.slice(0, 5)).toEqual([
      'Indicator',
      'Titel',
      'Uitsplitsing',
      'Categorie',
      'Waarde',
    ]);
    const totals = sheet.filter((r) => r[2] === 'Totaal');
    const companyIds = INDICATORS.filter((d) => d.question === 'companies').map((d) => d.id);
    expect(totals.map((r) => r[0])).toEqual(companyIds);
    const b12 = totals.find((r) => r[0] === 'B12');
    expect(typeof b12?.[4]).toBe('number');
    const shown = (await page.getByTestId('kpi-B12').locator('.kpi-details').textContent()) ?? '';
    const den = Number(/van ([\d.]+)/.exec(shown)?.[1]?.replaceAll('.', ''));
    expect(b12?.[8]).toBe(den);
    const contextSheet = await readSheet(arrayBuffer(results.bytes), 'Context');
    const contextText = contextSheet.map((r) => r.join(': ')).join('\n');
    expect(contextText).toContain('Peildatum: Evaluatie 2022');
    expect(contextText).toContain('Filters: geen');
    expect(contextText).toContain('illustratieve demodata');
    expect(contextText).toMatch(/Geëxporteerd op: \d{4}-\d{2}-\d{2} \d{2}:\d{2}/);

    // The records behind a figure, in XLSX.
    await page.getByTestId('kpi-B12-records').click();
    const dialog = page.getByTestId('drill-down');
    await dialog.getByTestId('drill-table').waitFor();
    const records = await download(page, dialog.getByTestId('records-xlsx'));
    const recordRows = await readSheet(arrayBuffer(records.bytes));
    expect(recordRows[0]?.[0]).toBe('company_id');
    expect(recordRows.length - 1).toBe(den);
    await page.keyboard.press('Escape');

    // The whole calls table from the Data page, as CSV (comma dialect).
    await page.goto(`${baseUrl()}/?view=data&table=calls`);
    await waitForData(page);
    const count = Number(
      (
        (await page.locator('[data-table=calls] [data-column=rows]').textContent()) ?? ''
      ).replaceAll('.', ''),
    );
    await page.getByTestId('table-export-dialect').selectOption('comma');
    const calls = await download(page, page.getByTestId('table-export-csv'));
    expect(calls.name).toMatch(/^pio-table-calls-\d{4}-\d{2}-\d{2}T\d{4}\.csv$/);
    const lines = calls.bytes.toString('utf8').trimEnd().split('\r\n');
    const header = lines.findIndex((l) => l.startsWith('call_id,'));
    expect(lines[header]).toBe('call_id,year,call_type,theme,deadline,budget_eur');
    expect(lines.length - header - 1).toBe(count);
    expect(lines.slice(0, header).join('\n')).toContain('Peildatum,niet van toepassing');

    expect(await cspViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('exports the annex: one row per indicator under the active filters, as JSON and CSV', async () => {
    const { page, context, pageErrors } = await openSession(browser);
    await page.goto(`${baseUrl()}/?asOf=evaluation2022&themes=care`);
    await waitForFigures(page);
    const json = await download(page, page.getByTestId('annex-json'));
    expect(json.name).toMatch(/^pio-annex-indicators-2021-12-31-care-.*\.json$/);
    const annex = JSON.parse(json.bytes.toString('utf8')) as {
      context: { label: string; value: string }[];
      filters: Record<string, string>;
      results: { id: string }[];
    };
    expect(annex.results).toHaveLength(INDICATORS.length);
    expect(annex.results.map((r) => r.id)).toEqual(INDICATORS.map((d) => d.id));
    expect(annex.filters).toEqual({ asOf: '2021-12-31', themes: 'care' });
    expect(annex.context.map((c) => c.label)).toContain('Peildatum');

    await page.goto(`${baseUrl()}/?view=catalogue&asOf=evaluation2022&themes=care`);
    await page.getByTestId('definition-A1').waitFor();
    const csv = await download(page, page.getByTestId('annex-csv'));
    const lines = csv.bytes
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\n');
    const data = lines.filter((l) => !l.startsWith('# '));
    expect(data[0]).toBe(
      'id,value,numerator,denominator,n,ci_low,ci_high,suppressed,notes,filters_not_applied,absent_columns,error',
    );
    expect(data).toHaveLength(INDICATORS.length + 1);
    expect(lines.filter((l) => l.startsWith('# ')).join('\n')).toContain('# Thema’s: Zorg');

    const catalogue = await download(page, page.getByTestId('catalogue-xlsx'));
    const definitions = await readSheet(arrayBuffer(catalogue.bytes));
    expect(definitions).toHaveLength(INDICATORS.length + 1);
    expect(String(definitions.find((r) => r[0] === 'A1')?.[13])).toContain('SELECT');
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('offers labelled, keyboard-reachable export controls that axe finds no serious fault in', async () => {
    const { page, context } = await openSession(browser, { bypassCSP: true });
    await page.goto(`${baseUrl()}/?view=companies`);
    await waitForFigures(page);
    await page.getByTestId('chart-B12').locator('summary').click();
    const group = page.getByRole('group', { name: /^Exporteren: Resultaten van de indicatoren/ });
    await group.getByRole('button', { name: 'Download XLSX' }).focus();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Download XLSX');
    await page.getByTestId('chart-B12').scrollIntoViewIfNeeded();
    await screenshot(page, 'export-controls');
    await page.addScriptTag({ content: AXE });
    const serious = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: {
            run: (o: object) => Promise<{ violations: { id: string; impact: string | null }[] }>;
          };
        }
      ).axe;
      const result = await axe.run({ runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
      return result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => v.id);
    });
    expect(serious).toEqual([]);
    await context.close();
  });
});
