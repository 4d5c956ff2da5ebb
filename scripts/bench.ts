/**
 * Measures what users feel on the built app in headless Chromium: cold start and reload to
 * the first headline figure and to the Data page filled, a filter change to every figure of
 * the overview updated, and the bytes a cold start needs. Prints a table and writes JSON to
 * bench-results/ (ignored by git). Usage: npm run bench [-- --runs N]
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { build, preview } from 'vite';
import { CHROMIUM_ARGS } from '../e2e/support/args';
import { measureImport } from './bench/importScenario';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    port: { type: 'string', default: '4190' },
    'no-build': { type: 'boolean', default: false },
    'import-rows': { type: 'string', default: '200000' },
    only: { type: 'string', default: 'all' },
  },
});
const RUNS = Number(args.runs);
const PORT = Number(args.port);
const BASE = `http://127.0.0.1:${PORT}/`;

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? NaN) : ((s[mid - 1] ?? NaN) + (s[mid] ?? NaN)) / 2;
}

interface Figure {
  readonly name: string;
  readonly unit: 'ms' | 'kB' | 'MB' | 'x';
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly runs: number;
}

function figure(name: string, unit: Figure['unit'], xs: readonly number[]): Figure {
  return {
    name,
    unit,
    median: median(xs),
    min: Math.min(...xs),
    max: Math.max(...xs),
    runs: xs.length,
  };
}

const DATA_FILLED = '[data-testid=table-list] tbody tr[data-table]';

async function timeToData(browser: Browser): Promise<{ cold: number; warm: number }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  let t0 = performance.now();
  await page.goto(`${BASE}?view=data`);
  await page.locator(DATA_FILLED).first().waitFor({ timeout: 60_000 });
  const cold = performance.now() - t0;
  const marks = await page.evaluate(() =>
    Object.fromEntries(
      performance.getEntriesByType('mark').map((m) => [m.name, Math.round(m.startTime)]),
    ),
  );
  process.stdout.write(`  cold ${Math.round(cold)} ms; marks ${JSON.stringify(marks)}\n`);
  t0 = performance.now();
  await page.reload();
  await page.locator(DATA_FILLED).first().waitFor({ timeout: 60_000 });
  const warm = performance.now() - t0;
  await context.close();
  return { cold, warm };
}

const FIRST_FIGURE = () =>
  [...document.querySelectorAll('.kpi-value')].some((e) => /\d/.test(e.textContent));
const ALL_FIGURES = () => {
  const cards = [...document.querySelectorAll('.kpi-card')];
  return (
    cards.length > 0 &&
    cards.every(
      (c) =>
        c.getAttribute('aria-busy') !== 'true' &&
        !(c.querySelector('.kpi-value')?.textContent ?? '…').includes('…'),
    )
  );
};

async function timeToFirstFigure(browser: Browser): Promise<{ cold: number; warm: number }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  let t0 = performance.now();
  await page.goto(BASE);
  await page.waitForFunction(FIRST_FIGURE, null, { timeout: 60_000, polling: 16 });
  const cold = performance.now() - t0;
  await page.waitForFunction(ALL_FIGURES, null, { timeout: 120_000 });
  t0 = performance.now();
  await page.reload();
  await page.waitForFunction(FIRST_FIGURE, null, { timeout: 60_000, polling: 16 });
  const warm = performance.now() - t0;
  await context.close();
  return { cold, warm };
}

/** Filter sets a user steps through; each is new to the page, so nothing comes from cache. */
const FILTER_CHANGES = [
  'asOf=evaluation2022',
  'callYears=2019',
  'callYears=2019,2020',
  'orgTypes=municipality',
  'orgTypes=municipality,ocmw',
  'themes=mobility',
  'procedures=pcp',
  'companySizes=small',
  'regions=flanders',
  'callTypes=thematic',
];

/** From the URL changing (as a filter or back/forward does) to every overview figure updated. */
async function filterChanges(browser: Browser): Promise<number[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(BASE);
  await page.waitForFunction(ALL_FIGURES, null, { timeout: 120_000 });
  const times: number[] = [];
  for (const query of FILTER_CHANGES) {
    const t0 = await page.evaluate((q) => {
      const start = performance.now();
      history.pushState(null, '', `?view=overview&${q}`);
      dispatchEvent(new PopStateEvent('popstate'));
      return start;
    }, query);
    await page.waitForFunction(ALL_FIGURES, null, { timeout: 120_000, polling: 16 });
    const t1 = await page.evaluate(() => performance.now());
    times.push(t1 - t0);
    process.stdout.write(`  filter ${query}: ${Math.round(t1 - t0)} ms\n`);
  }
  await context.close();
  return times;
}

function sizes(): Figure[] {
  const dist = 'dist';
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const initial = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.js)"/g)].map(
    (m) => m[1] ?? '',
  );
  const initialGzip = initial.reduce(
    (s, f) => s + gzipSync(readFileSync(path.join(dist, f))).length,
    0,
  );
  const wasm = readdirSync(path.join(dist, 'assets')).filter((f) => f.endsWith('.wasm'));
  const out: Figure[] = [figure('initial JavaScript, gzip', 'kB', [initialGzip / 1024])];
  for (const f of wasm) {
    const file = path.join(dist, 'assets', f);
    const name = f.replace(/-[\w-]{8}\.wasm$/, '.wasm');
    out.push(figure(`${name}, raw`, 'kB', [statSync(file).size / 1024]));
    out.push(
      figure(`${name}, brotli`, 'kB', [brotliCompressSync(readFileSync(file)).length / 1024]),
    );
  }
  return out;
}

async function main(): Promise<void> {
  if (!args['no-build']) await build({ logLevel: 'warn' });
  const server = await preview({
    preview: { port: PORT, strictPort: true, host: '127.0.0.1' },
    logLevel: 'warn',
  });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  try {
    const figures: Figure[] = [];
    if (args.only === 'all' || args.only === 'import') {
      mkdirSync('bench-results', { recursive: true });
      for (const rows of args['import-rows'].split(',').map(Number)) {
        const r = await measureImport(BASE, rows, 'bench-results');
        process.stdout.write(`  import ${JSON.stringify(r)}\n`);
        const label = `${rows.toLocaleString('en')} rows`;
        figures.push(
          figure(`import ${label}, drop to accepted`, 'ms', [r.importMs]),
          figure(`import ${label}, drop to preview`, 'ms', [r.readMs]),
          figure(`PapaParse parse-only, ${label}`, 'ms', [r.papaParseMs]),
          figure(`import / parse-only, ${label}`, 'x', [r.importMs / r.papaParseMs]),
          figure(`import ${label}, longest main-thread task`, 'ms', [r.longestTaskMs]),
          figure(`import ${label}, peak renderer memory`, 'MB', [r.peakRendererMb ?? NaN]),
        );
      }
    }
    const cold: number[] = [];
    const warm: number[] = [];
    const firstCold: number[] = [];
    const firstWarm: number[] = [];
    for (let i = 0; args.only !== 'import' && i < RUNS; i++) {
      const r = await timeToData(browser);
      cold.push(r.cold);
      warm.push(r.warm);
      const f = await timeToFirstFigure(browser);
      firstCold.push(f.cold);
      firstWarm.push(f.warm);
    }
    const changes = args.only === 'import' ? [] : await filterChanges(browser);
    if (args.only !== 'import')
      figures.push(
        figure('cold start to first headline figure', 'ms', firstCold),
        figure('reload to first headline figure', 'ms', firstWarm),
        figure('cold start to Data page filled', 'ms', cold),
        figure('reload to Data page filled', 'ms', warm),
        figure('filter change to overview updated', 'ms', changes),
        ...sizes(),
      );
    const rows = figures.map(
      (f) =>
        `${f.name.padEnd(36)} ${f.median.toFixed(1).padStart(10)} ${f.unit.padEnd(3)}` +
        (f.runs > 1 ? `  (min ${f.min.toFixed(0)}, max ${f.max.toFixed(0)}, ${f.runs} runs)` : ''),
    );
    process.stdout.write(`${rows.join('\n')}\n`);
    mkdirSync('bench-results', { recursive: true });
    const file = path.join(
      'bench-results',
      `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`,
    );
    writeFileSync(file, JSON.stringify({ figures }, null, 2));
    process.stdout.write(`written ${file}\n`);
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
