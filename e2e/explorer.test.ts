import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launch, openSession, waitForFigures, type Session } from './support/browser';

let browser: Browser;
let session: Session;
let page: Page;

async function openExplorer(search = '?view=explorer'): Promise<void> {
  await page.goto(`${baseUrl()}/${search}`);
  await page.getByTestId('schema').waitFor({ timeout: 60_000 });
}

async function runSql(text: string): Promise<void> {
  await page.getByTestId('sql-editor').fill(text);
  await page.getByTestId('sql-editor').press('Control+Enter');
  await page.waitForFunction(
    () => !document.querySelector('[data-testid=explorer-running]'),
    null,
    { timeout: 60_000 },
  );
}

async function errorText(): Promise<string | null> {
  const error = page.getByTestId('explorer-error');
  return (await error.count()) > 0 ? error.textContent() : null;
}

async function cell(row: number, column: number): Promise<string> {
  return page
    .locator(
      `[data-testid=result-grid] tbody tr:nth-child(${String(row)}) td:nth-child(${String(column + 1)})`,
    )
    .innerText();
}

const COUNTS =
  'SELECT (SELECT count(*) FROM projects) AS p, (SELECT count(*) FROM answers) AS a, ' +
  '(SELECT count(*) FROM organisations) AS o, (SELECT count(*) FROM duckdb_tables()) AS t';

async function counts(): Promise<string> {
  await runSql(COUNTS);
  expect(await errorText()).toBeNull();
  return page.locator('[data-testid=result-grid] tbody tr').first().innerText();
}

beforeAll(async () => {
  browser = await launch();
  session = await openSession(browser);
  page = session.page;
});
afterAll(async () => {
  await browser.close();
});

describe('SQL explorer', () => {
  it('runs a query with Ctrl+Enter and lists every table with its row count', async () => {
    await openExplorer();
    const tables = await page.locator('[data-testid=schema] > li').count();
    expect(tables).toBeGreaterThanOrEqual(20);
    await expect
      .poll(() => page.locator('[data-testid=schema] li summary').first().innerText())
      .toMatch(/activities\s+114 rijen/);
    await runSql('SELECT count(*) AS n FROM projects');
    expect(await cell(1, 1)).toBe('114');
  });

  it('shows DuckDB’s error with its line and column', async () => {
    await runSql('SELECT 1;\nSELECT nope\nFROM projects');
    const error = await errorText();
    expect(error).toContain('Opdracht 2');
    expect(error).toContain('nope');
    expect(await page.getByTestId('explorer-error-position').innerText()).toContain(
      'Regel 2, kolom 8',
    );
    expect(await page.getByTestId('sql-editor').getAttribute('aria-invalid')).toBe('true');
  });

  it('refuses every kind of write and the data stays intact', async () => {
    const before = await counts();
    const attempts = [
      'INSERT INTO organisations SELECT * FROM organisations LIMIT 1',
      "UPDATE projects SET title = 'x'",
      'DELETE FROM answers',
      'DROP TABLE projects',
      'ALTER TABLE projects ADD COLUMN x INTEGER',
      'CREATE OR REPLACE TABLE projects AS SELECT 1 AS x',
      "ATTACH 'other.db' AS other",
      "COPY projects TO 'out.csv'",
      'INSTALL json',
      'LOAD json',
      "PRAGMA memory_limit = '1GB'",
      'PRAGMA enable_profiling',
      'SET threads = 4',
      'SET enable_external_access = true',
      "SET search_path = 'temp'",
      'COMMIT; DROP TABLE projects',
    ];
    for (const text of attempts) {
      await runSql(text);
      expect(await errorText(), text).toMatch(/Geweigerd|Cannot|no transaction/);
    }
    expect(await counts()).toBe(before);
    await runSql('CREATE TEMP VIEW projects AS SELECT 1 AS x; SELECT count(*) AS n FROM projects');
    expect(await cell(1, 1)).toBe('114');
  });

  it('pages through a result of a million rows', async () => {
    const started = Date.now();
    await runSql('SELECT range AS i, range % 7 AS j FROM range(1000000)');
    const firstPage = Date.now() - started;
    expect(await page.getByTestId('grid-range').innerText()).toContain('van 1.000.000');
    const paging = Date.now();
    await page.getByTestId('grid-last').click();
    await expect
      .poll(() => page.getByTestId('grid-range').innerText())
      .toContain('Rijen 999.901–1.000.000');
    expect(await cell(100, 1)).toBe('999.999');
    await page.getByTestId('grid-prev').click();
    await expect.poll(() => cell(1, 1)).toBe('999.800');
    console.log(
      `explorer: first page of 1,000,000 rows ${String(firstPage)} ms; last and previous page ${String(Date.now() - paging)} ms`,
    );
  });

  it('cancels a long query while the rest of the page stays usable', async () => {
    await page
      .getByTestId('sql-editor')
      .fill('SELECT sum(hash(a.range * b.range)) FROM range(400000) a, range(400000) b');
    await page.getByTestId('explorer-run').click();
    await page.getByTestId('explorer-running').waitFor();
    // The dashboard's figures run on their own engine while the explorer is busy.
    const probe = await page.evaluate(() => {
      const t = performance.now();
      return new Promise<number>((r) => setTimeout(() => r(performance.now() - t), 50));
    });
    expect(probe).toBeLessThan(500);
    await page.getByTestId('explorer-cancel').click();
    await page.getByTestId('explorer-error').waitFor({ timeout: 20_000 });
    expect(await errorText()).toContain('Geannuleerd');
    await runSql('SELECT 42 AS answer');
    expect(await cell(1, 1)).toBe('42');
  });

  it('says so in plain words when a query runs out of memory, and keeps working', async () => {
    await runSql("SELECT list(repeat('x', 2000)) AS l FROM range(2000000)");
    expect(await errorText()).toContain('Het geheugen van de verkenner is vol');
    await runSql('SELECT count(*) AS n FROM projects');
    expect(await cell(1, 1)).toBe('114');
  });

  it('keeps history and saved queries across a reload and shares a query as a link', async () => {
    await runSql("SELECT 'history check' AS h");
    await page.getByTestId('explorer-save-name').fill('Mijn vraag');
    await page.getByTestId('explorer-save-name').press('Enter');
    await page.getByTestId('explorer-share').click();
    const link = await page.getByTestId('explorer-share-link').inputValue();
    await page.reload();
    await page.getByTestId('schema').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('history').innerText()).toContain("SELECT 'history check'");
    expect(await page.getByTestId('saved-queries').innerText()).toContain('Mijn vraag');
    await page.goto(link);
    await page.getByTestId('result-grid').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('sql-editor').inputValue()).toBe("SELECT 'history check' AS h");
    expect(await cell(1, 1)).toBe('history check');
  });

  it("opens an indicator's SQL with the active filters, runs it, and exports the result", async () => {
    await page.goto(`${baseUrl()}/?view=reach&orgTypes=municipality`);
    await waitForFigures(page);
    await page.getByTestId('kpi-A1-sql').click();
    await page.getByTestId('result-grid').waitFor({ timeout: 60_000 });
    const sqlText = await page.getByTestId('sql-editor').inputValue();
    expect(sqlText).toMatch(/^-- A1\nSELECT num \/ nullif\(den, 0\) AS value, \*/);
    // Named parameters, a filter as one list, no model constants among them.
    expect(sqlText).toContain('pf.org_type IN $org_types');
    // Only the building blocks A1 reads: its applications and population, not the surveys.
    expect(sqlText).toMatch(/WITH params AS/);
    expect(sqlText).not.toMatch(/\bresp AS \(/);
    expect(sqlText).not.toMatch(/\?/);
    const params = await page
      .locator('[data-testid=explorer-params] input')
      .evaluateAll((xs) =>
        xs.map((x) => [x.getAttribute('data-param'), (x as HTMLInputElement).value]),
      );
    expect(params).toEqual([
      ['as_of', '9999-12-31'],
      ['org_types', 'municipality'],
    ]);
    // The figure's own value comes first: A1's headline share.
    const value = Number((await cell(1, 1)).replace(',', '.'));
    expect(value).toBeGreaterThan(0);
    expect(value).toBeLessThan(1);
    // The evaluator changes the query around the indicator's own, keeping its parameters.
    const original = await page.getByTestId('sql-editor').inputValue();
    await runSql(`SELECT count(*) AS breakdown_rows FROM (\n${original}\n)`);
    expect(await errorText()).toBeNull();
    expect(Number(await cell(1, 1))).toBeGreaterThan(0);
    // A query that names no parameter any more shows none.
    await runSql('SELECT 1 AS one');
    expect(await page.getByTestId('explorer-params').count()).toBe(0);
    await runSql(`SELECT count(*) AS breakdown_rows FROM (\n${original}\n)`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('explorer-export-csv').click(),
    ]);
    const csv = await readFile(await download.path(), 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('-- A1');
    expect(csv).toContain('breakdown_rows');
    expect(session.foreignRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
