import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../e2e/support/args';
import { writeLargeExport } from './largeExport';

const require = createRequire(import.meta.url);
const PAPA = require.resolve('papaparse/papaparse.min.js');

export interface ImportFigures {
  readonly rows: number;
  readonly bytes: number;
  /** From the file given to the page to the wave accepted, stored and the data version changed. */
  readonly importMs: number;
  readonly readMs: number;
  /** The longest main-thread task seen during the import (PerformanceObserver "longtask"). */
  readonly longestTaskMs: number;
  /** Peak resident memory of the page's renderer process (VmHWM), workers included. */
  readonly peakRendererMb: number | null;
  /** PapaParse parsing the same file on the main thread, nothing else, in the same page. */
  readonly papaParseMs: number;
}

/** Peak memory of the renderer processes under the browser whose command line has `marker`. */
function rendererPeakMb(marker: string): number | null {
  const out = execFileSync('ps', ['-eo', 'pid=,ppid=,args='], { encoding: 'utf8' });
  const procs = out
    .split('\n')
    .map((l) => /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(l))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ pid: Number(m[1]), ppid: Number(m[2]), args: m[3] ?? '' }));
  const root = procs.find((p) => p.args.includes(marker) && !p.args.includes('--type='));
  if (!root) return null;
  const family = new Set([root.pid]);
  for (let changed = true; changed;) {
    changed = false;
    for (const p of procs) {
      if (family.has(p.ppid) && !family.has(p.pid)) {
        family.add(p.pid);
        changed = true;
      }
    }
  }
  let peak = 0;
  for (const p of procs) {
    if (!family.has(p.pid) || !p.args.includes('--type=renderer')) continue;
    const status = readFileSync(`/proc/${String(p.pid)}/status`, 'utf8');
    const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
    peak = Math.max(peak, kb / 1024);
  }
  return peak;
}

export async function measureImport(
  base: string,
  rows: number,
  dir: string,
): Promise<ImportFigures> {
  const file = path.join(dir, `limesurvey-${String(rows)}.csv`);
  if (!existsSync(file)) await writeLargeExport(file, rows);
  const bytes = readFileSync(file).length;
  const marker = `--pio-bench=${String(process.pid)}-${String(rows)}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [...CHROMIUM_ARGS, marker],
  });
  try {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      const w = window as unknown as { __longest: number };
      w.__longest = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longest = Math.max(w.__longest, e.duration);
      }).observe({ type: 'longtask', buffered: false });
    });
    const page = await context.newPage();
    await page.goto(`${base}?view=import`);
    await page.getByTestId('view-import').waitFor({ timeout: 60_000 });
    await page.getByTestId('workspace').waitFor();
    await page.evaluate(() => {
      (window as unknown as { __longest: number }).__longest = 0;
    });
    const t0 = Date.now();
    await page.getByTestId('import-file').locator('input[type=file]').setInputFiles(file);
    await page.getByTestId('mapping-editor').waitFor({ timeout: 600_000 });
    const readMs = Date.now() - t0;
    await page.getByTestId('import-accept').click();
    await page
      .getByTestId('import-message')
      .filter({ hasText: /geïmporteerd als|could not|kon niet/ })
      .waitFor({ timeout: 600_000 });
    const importMs = Date.now() - t0;
    const message = (await page.getByTestId('import-message').textContent()) ?? '';
    if (!message.includes('geïmporteerd als')) throw new Error(`import failed: ${message}`);
    const longestTaskMs = await page.evaluate(
      () => (window as unknown as { __longest: number }).__longest,
    );
    const peakRendererMb = rendererPeakMb(marker);

    await page.addScriptTag({ path: PAPA });
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
    return { rows, bytes, importMs, readMs, longestTaskMs, peakRendererMb, papaParseMs };
  } finally {
    await browser.close();
  }
}
