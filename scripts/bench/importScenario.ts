import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import {
  changeUrlAndWait,
  CONTEXT_OPTIONS,
  launch,
  prepareContext,
  rendererPeakMb,
} from './browser';
import { writeLargeExport } from './largeExport';

const require = createRequire(import.meta.url);
const PAPA = require.resolve('papaparse/papaparse.min.js');
const PAPA_SOURCE = readFileSync(PAPA, 'utf8');

export interface ImportFigures {
  readonly rows: number;
  readonly bytes: number;
  /** From the file given to the page to the wave accepted, stored and the data version changed. */
  readonly importMs: number;
  /** From the file given to the page to the overview's figures all computed on the new data. */
  readonly indicatorsMs: number;
  readonly readMs: number;
  /** The longest main-thread task from the drop to the wave accepted (PerformanceObserver). */
  readonly longestTaskMs: number;
  /** Peak resident memory of the page's renderer process (VmHWM), workers included. */
  readonly peakRendererMb: number | null;
  /** PapaParse parsing the same file on the main thread, nothing else, in the same page. */
  readonly papaParseMs: number;
}

export async function measureImport(
  base: string,
  rows: number,
  dir: string,
): Promise<ImportFigures> {
  const file = path.join(dir, `limesurvey-${String(rows)}.csv`);
  if (!existsSync(file)) await writeLargeExport(file, rows);
  const bytes = statSync(file).size;
  const marker = `--pio-bench=${String(process.pid)}-${String(rows)}-${String(Date.now())}`;
  const browser = await launch([marker]);
  try {
    const context = await browser.newContext(CONTEXT_OPTIONS);
    await prepareContext(context);
    const page = await context.newPage();
    await page.goto(`${base}?view=import`);
    try {
      await page.getByTestId('view-import').waitFor({ timeout: 180_000 });
      await page.getByTestId('workspace').waitFor({ timeout: 180_000 });
    } catch (e) {
      // What the page showed instead, for the report.
      const shown = (
        await page
          .locator('body')
          .innerText()
          .catch(() => '')
      ).slice(0, 400);
      await page.screenshot({ path: path.join(dir, `import-failed-${String(rows)}.png`) });
      throw new Error(`the Import page did not open: ${String(e)}\npage text: ${shown}`);
    }
    await page.evaluate(() => {
      if (window.__bench) window.__bench.longest = 0;
    });
    const t0 = Date.now();
    await page.getByTestId('import-file').locator('input[type=file]').setInputFiles(file);
    await page.getByTestId('mapping-editor').waitFor({ timeout: 600_000 });
    const readMs = Date.now() - t0;
    const reader = await page.getByTestId('import-facts').getAttribute('data-reader');
    if (reader !== 'duckdb') throw new Error(`the export was read by the ${String(reader)} reader`);
    await page.getByTestId('import-accept').click();
    await page
      .getByTestId('import-message')
      .filter({ hasText: /geïmporteerd als|could not|kon niet/ })
      .waitFor({ timeout: 600_000 });
    const importMs = Date.now() - t0;
    const message = (await page.getByTestId('import-message').textContent()) ?? '';
    if (!message.includes('geïmporteerd als')) throw new Error(`import failed: ${message}`);
    const longestTaskMs = await page.evaluate(() => window.__bench?.longest ?? NaN);
    // Then to the overview, as the user would go to see the figures on the new data.
    await page.evaluate(changeUrlAndWait, '?view=overview');
    const indicatorsMs = Date.now() - t0;
    const peakRendererMb = rendererPeakMb(marker);

    // Evaluated through the debugging protocol: the app's CSP rightly refuses an inline script.
    await page.evaluate(PAPA_SOURCE);
    await page.evaluate(() => {
      const input = document.createElement('input');
      input.type = 'file';
      input.id = 'bench-papa';
      document.body.append(input);
    });
    await page.locator('#bench-papa').setInputFiles(file);
    const papaParseMs = await page.evaluate(async () => {
      const input = document.getElementById('bench-papa') as HTMLInputElement;
      const f = input.files?.[0];
      if (!f) throw new Error('no file');
      const text = await f.text();
      const t = performance.now();
      const Papa = (window as unknown as { Papa: { parse: (s: string) => unknown } }).Papa;
      Papa.parse(text);
      return performance.now() - t;
    });
    await context.close();
    return {
      rows,
      bytes,
      importMs,
      indicatorsMs,
      readMs,
      longestTaskMs,
      peakRendererMb,
      papaParseMs,
    };
  } finally {
    await browser.close();
  }
}
