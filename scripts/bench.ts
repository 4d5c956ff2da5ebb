/**
 * Measures what users feel on the built app in headless Chromium, each scenario several times:
 * cold start and second visit (first headline figure, engine ready), filter changes on the demo
 * data and on 1,000,000 answer rows, the SQL explorer on a 1,000,000-row result, survey imports
 * of generated exports, and the bytes a cold start loads. Prints a table, writes JSON to
 * bench-results/ (ignored by git); with --check, compares with the budgets and exits 1 when one
 * is missed. Builds into bench-results/dist, so a running browser test's dist/ is left alone.
 *
 * Usage: npm run bench [-- --runs 5 --changes 24 --only start,filter,explorer,large,import
 *        --import-rows 200000,1000000 --import-runs 3,1 --answers 1000000 --no-build --check]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { build, preview } from 'vite';
import { answersDataset, storeWorkspace } from './bench/answersDataset';
import { check, SCENARIOS, type CheckRow, type Scenario } from './bench/budgets';
import { CONTEXT_OPTIONS, launch, prepareContext, waitForProbe } from './bench/browser';
import { measureExplorer } from './bench/explorer';
import { filterChanges, type FilterChange } from './bench/filters';
import { measureImport, type ImportFigures } from './bench/importScenario';
import { sizesFrom, type Sizes } from './bench/sizes';
import { measureStart, type StartRun } from './bench/start';
import { figure, formatValue, median, type Figure } from './bench/stats';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    changes: { type: 'string', default: '24' },
    port: { type: 'string', default: '4190' },
    'no-build': { type: 'boolean', default: false },
    'import-rows': { type: 'string', default: '200000,1000000' },
    'import-runs': { type: 'string', default: '3,1' },
    answers: { type: 'string', default: '1000000' },
    only: { type: 'string', default: 'all' },
    check: { type: 'boolean', default: false },
  },
});

const RESULTS = 'bench-results';
const DIST = path.join(RESULTS, 'dist');
/** A whole number of at least 1, or the bench stops before it builds anything. */
function count(name: string, text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`--${name} takes whole numbers, not "${text}"`);
  return n;
}

const RUNS = count('runs', args.runs);
const CHANGES = count('changes', args.changes);
const ANSWERS = count('answers', args.answers);
const PORT = count('port', args.port);
const BASE = `http://127.0.0.1:${String(PORT)}/`;
const IMPORT_ROWS = args['import-rows'].split(',').map((t) => count('import-rows', t));
const IMPORT_RUNS = args['import-runs'].split(',').map((t) => count('import-runs', t));

function selected(): Scenario[] {
  if (args.only === 'all') return [...SCENARIOS];
  const names = args.only.split(',').map((s) => (s === 'size' ? 'start' : s));
  const unknown = names.filter((n) => !(SCENARIOS as readonly string[]).includes(n));
  if (unknown.length > 0) {
    throw new Error(`--only takes ${SCENARIOS.join(', ')} (or all); not ${unknown.join(', ')}`);
  }
  return SCENARIOS.filter((s) => names.includes(s));
}

const log = (line: string) => process.stdout.write(`  ${line}\n`);
const kB = (bytes: number) => bytes / 1000;
const nl = (n: number) => n.toLocaleString('en');

interface Details {
  start?: readonly StartRun[];
  sizes?: Sizes;
  filterDemo?: readonly FilterChange[];
  filterLarge?: readonly FilterChange[];
  imports?: readonly ImportFigures[];
  explorer?: unknown;
  large?: unknown;
}

async function startScenario(figures: Figure[], details: Details): Promise<void> {
  const runs: StartRun[] = [];
  for (let i = 0; i < RUNS; i++) {
    const r = await measureStart(BASE);
    runs.push(r);
    log(
      `start ${String(i + 1)}/${String(RUNS)}: cold first figure ${r.cold.firstFigureMs.toFixed(0)} ms, engine ready ${r.cold.engineReadyMs.toFixed(0)} ms, all figures ${r.cold.allFiguresMs.toFixed(0)} ms; second visit ${r.reload.firstFigureMs.toFixed(0)} / ${r.reload.engineReadyMs.toFixed(0)} / ${r.reload.allFiguresMs.toFixed(0)} ms`,
    );
  }
  const of = (pick: (r: StartRun) => number) => runs.map(pick);
  figures.push(
    figure(
      'start.cold.first',
      'cold start to first headline figure',
      'ms',
      of((r) => r.cold.firstFigureMs),
    ),
    figure(
      'start.cold.computed',
      'cold start to first figure computed by the engine',
      'ms',
      of((r) => r.cold.firstComputedMs),
    ),
    figure(
      'start.cold.engine',
      'cold start to engine ready',
      'ms',
      of((r) => r.cold.engineReadyMs),
    ),
    figure(
      'start.cold.all',
      'cold start to every overview figure',
      'ms',
      of((r) => r.cold.allFiguresMs),
    ),
    figure(
      'start.reload.first',
      'second visit to first headline figure',
      'ms',
      of((r) => r.reload.firstFigureMs),
    ),
    figure(
      'start.reload.computed',
      'second visit to first figure computed by the engine',
      'ms',
      of((r) => r.reload.firstComputedMs),
    ),
    figure(
      'start.reload.engine',
      'second visit to engine ready',
      'ms',
      of((r) => r.reload.engineReadyMs),
    ),
    figure(
      'start.reload.all',
      'second visit to every overview figure',
      'ms',
      of((r) => r.reload.allFiguresMs),
    ),
  );
  details.start = runs;
  // Sizes from the first cold start's network log (the same files on every run).
  const first = runs[0];
  if (!first) return;
  const sizes = sizesFrom(DIST, first.coldNetwork, first.cold.firstFigureMs, RESULTS);
  details.sizes = sizes;
  log(
    `initial JavaScript: ${sizes.initialJs.map((f) => `${f.file} ${kB(f.gzip).toFixed(1)} kB`).join(', ')}`,
  );
  figures.push(
    figure(
      'size.initialJs',
      'initial JavaScript (before first figure), gzip',
      'kB',
      [kB(sizes.initialJsGzip)],
      `${String(sizes.initialJs.length)} files, of which workers ${kB(sizes.initialWorkerJsGzip).toFixed(0)} kB`,
    ),
    figure('size.coldJs', 'all JavaScript of a cold start, gzip', 'kB', [kB(sizes.coldJsGzip)]),
  );
  for (const w of sizes.wasm) {
    const name = path.basename(w.file).replace(/-[\w-]{8}\.wasm$/, '.wasm');
    const loaded = w.loaded ? 'loaded on a cold start' : 'not loaded on a cold start';
    figures.push(
      figure(`size.wasm.${name}.raw`, `${name}, raw`, 'kB', [kB(w.raw)], loaded),
      figure(`size.wasm.${name}.brotli`, `${name}, brotli`, 'kB', [kB(w.brotli)], loaded),
    );
  }
  figures.push(
    figure(
      'size.coldTransferred',
      'cold start, bytes transferred (as served)',
      'kB',
      [kB(sizes.coldTransferred)],
      `${String(sizes.coldRequests)} requests${sizes.estimatedBodies ? ` (${String(sizes.estimatedBodies)} sized from the built file)` : ''}; vite preview gzips JS, not WASM`,
    ),
    figure(
      'size.coldTransferredBrotli',
      'cold start, bytes transferred, WASM brotli',
      'kB',
      [kB(sizes.coldTransferredWasmBrotli)],
      'estimate: as served, with the WASM brotli-compressed',
    ),
  );
}

function filterFigure(id: string, name: string, changes: readonly FilterChange[]): Figure {
  const unchanged = changes.filter((c) => c.changed === 0).length;
  return figure(
    id,
    name,
    'ms',
    changes.map((c) => c.ms),
    `${String(changes.length)} changes${unchanged ? `, ${String(unchanged)} changed no figure` : ''}`,
  );
}

async function filterScenario(figures: Figure[], details: Details): Promise<void> {
  const browser = await launch();
  try {
    const context = await browser.newContext(CONTEXT_OPTIONS);
    await prepareContext(context);
    const page = await context.newPage();
    await page.goto(`${BASE}?view=overview`);
    await waitForProbe(page, 'all', 180_000);
    const changes = await filterChanges(page, CHANGES, log);
    details.filterDemo = changes;
    figures.push(filterFigure('filter.demo', 'filter change, demo data', changes));
  } finally {
    await browser.close();
  }
}

async function explorerScenario(figures: Figure[], details: Details): Promise<void> {
  const browser = await launch();
  try {
    const context = await browser.newContext(CONTEXT_OPTIONS);
    await prepareContext(context);
    const page = await context.newPage();
    const sql = 'SELECT range AS i, range % 7 AS j FROM range(1000000)';
    const r = await measureExplorer(page, BASE, sql, 1_000_000, RUNS, log);
    details.explorer = r;
    figures.push(
      figure(
        'explorer.range.first',
        'explorer, range(1,000,000), first page',
        'ms',
        r.runs.map((x) => x.firstPageMs),
      ),
      figure(
        'explorer.range.last',
        'explorer, range(1,000,000), to last page',
        'ms',
        r.runs.map((x) => x.lastPageMs),
      ),
    );
  } finally {
    await browser.close();
  }
}

/** Checks on the Data page that the stored wave was loaded: the answers table's row count. */
async function answersLoaded(page: Page): Promise<number> {
  await page.goto(`${BASE}?view=data`);
  const cell = page.locator('[data-testid=table-list] tr[data-table=answers] td[data-column=rows]');
  await cell.waitFor({ timeout: 600_000 });
  // Written as the page's locale writes it (nl-BE: 1.000.000).
  return Number(((await cell.textContent()) ?? '').replace(/[.\s\u202f]/g, ''));
}

async function largeScenario(figures: Figure[], details: Details): Promise<void> {
  const t = Date.now();
  const ds = await answersDataset(RESULTS, ANSWERS);
  log(
    `data set: ${nl(ds.answerRows)} answer rows (wave ${ds.record.surveyId}, ${nl(ds.waveRespondents)} respondents) ready in ${String(Date.now() - t)} ms`,
  );
  const browser = await launch();
  try {
    const context = await browser.newContext(CONTEXT_OPTIONS);
    await prepareContext(context);
    const page = await context.newPage();
    await storeWorkspace(page, BASE, ds);
    const rows = await answersLoaded(page);
    if (rows !== ds.answerRows) {
      throw new Error(`the answers table holds ${nl(rows)} rows, not ${nl(ds.answerRows)}`);
    }
    const openStart = Date.now();
    await page.goto(`${BASE}?view=overview`);
    const allMs = await waitForProbe(page, 'all', 600_000);
    log(
      `overview with ${nl(rows)} answers: every figure after ${allMs.toFixed(0)} ms (${String(Date.now() - openStart)} ms in all)`,
    );
    const changes = await filterChanges(page, CHANGES, log);
    details.filterLarge = changes;
    const label = `${nl(ds.answerRows)} answer rows`;
    figures.push(
      figure('large.open', `second visit to every figure, ${label}`, 'ms', [allMs]),
      filterFigure('filter.large', `filter change, ${label}`, changes),
    );
    const r = await measureExplorer(page, BASE, 'SELECT * FROM answers', ds.answerRows, RUNS, log);
    details.large = {
      dataset: { ...ds.record, answerRows: ds.answerRows },
      open: allMs,
      explorer: r,
    };
    figures.push(
      figure('explorer.answers.ready', `explorer ready, ${label}`, 'ms', [r.readyMs]),
      figure(
        'explorer.answers.first',
        `explorer, SELECT * FROM answers, first page`,
        'ms',
        r.runs.map((x) => x.firstPageMs),
      ),
      figure(
        'explorer.answers.last',
        `explorer, SELECT * FROM answers, to last page`,
        'ms',
        r.runs.map((x) => x.lastPageMs),
      ),
    );
  } finally {
    await browser.close();
  }
}

async function importScenario(figures: Figure[], details: Details): Promise<void> {
  const all: ImportFigures[] = [];
  const errors: string[] = [];
  for (const [i, rows] of IMPORT_ROWS.entries()) {
    const runs = IMPORT_RUNS[i] ?? IMPORT_RUNS[IMPORT_RUNS.length - 1] ?? 1;
    const results: ImportFigures[] = [];
    for (let k = 0; k < runs; k++) {
      let r: ImportFigures;
      try {
        r = await measureImport(BASE, rows, RESULTS);
      } catch (e) {
        // One failed run does not end the scenario; it is reported as failed at the end.
        errors.push(
          `${nl(rows)} rows, run ${String(k + 1)}: ${e instanceof Error ? e.message : String(e)}`,
        );
        log(`import ${nl(rows)} rows ${String(k + 1)}/${String(runs)} FAILED: ${String(e)}`);
        continue;
      }
      results.push(r);
      log(
        `import ${nl(rows)} rows (${(r.bytes / 1e6).toFixed(0)} MB) ${String(k + 1)}/${String(runs)}: preview ${String(r.readMs)} ms, accepted ${String(r.importMs)} ms, indicators ${String(r.indicatorsMs)} ms, longest task ${r.longestTaskMs.toFixed(0)} ms, peak memory ${r.peakRendererMb?.toFixed(0) ?? '?'} MB, PapaParse ${r.papaParseMs.toFixed(0)} ms`,
      );
    }
    all.push(...results);
    const label = `${nl(rows)} rows`;
    const of = (pick: (r: ImportFigures) => number) => results.map(pick);
    figures.push(
      figure(
        `import.${String(rows)}.preview`,
        `import ${label}, drop to preview`,
        'ms',
        of((r) => r.readMs),
      ),
      figure(
        `import.${String(rows)}.accepted`,
        `import ${label}, drop to accepted`,
        'ms',
        of((r) => r.importMs),
      ),
      figure(
        `import.${String(rows)}.indicators`,
        `import ${label}, drop to indicators updated`,
        'ms',
        of((r) => r.indicatorsMs),
      ),
      figure(
        `import.${String(rows)}.papaparse`,
        `PapaParse parse-only, ${label}`,
        'ms',
        of((r) => r.papaParseMs),
      ),
      figure(
        `import.${String(rows)}.ratio`,
        `import ${label} / PapaParse parse-only`,
        'x',
        of((r) => r.indicatorsMs / r.papaParseMs),
        'drop to indicators updated',
      ),
      figure(
        `import.${String(rows)}.longestTask`,
        `import ${label}, longest main-thread task`,
        'ms',
        of((r) => r.longestTaskMs),
      ),
      figure(
        `import.${String(rows)}.memory`,
        `import ${label}, peak renderer memory`,
        'MB',
        of((r) => r.peakRendererMb ?? NaN),
      ),
    );
  }
  details.imports = all;
  if (errors.length > 0) throw new Error(`import runs failed:\n${errors.join('\n')}`);
}

const SCENARIO_RUNNERS: Record<Scenario, (f: Figure[], d: Details) => Promise<void>> = {
  start: startScenario,
  filter: filterScenario,
  explorer: explorerScenario,
  large: largeScenario,
  import: importScenario,
};

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function figureRows(figures: readonly Figure[]): string[][] {
  return figures.map((f) => {
    const n = f.samples.length;
    return [
      f.name,
      formatValue(f.median, f.unit),
      n >= 10 ? formatValue(f.p95, f.unit) : '',
      n > 1 ? `${formatValue(f.min, f.unit)} – ${formatValue(f.max, f.unit)}` : '',
      String(n),
      f.note ?? '',
    ];
  });
}

async function main(): Promise<number> {
  const scenarios = selected();
  const started = new Date();
  // Other work on the machine shifts every figure: the load average is reported with them.
  const loads: number[] = [os.loadavg()[0] ?? NaN];
  const sampler = setInterval(() => loads.push(os.loadavg()[0] ?? NaN), 10_000);
  sampler.unref();
  mkdirSync(RESULTS, { recursive: true });
  if (!args['no-build']) {
    await build({ logLevel: 'warn', build: { outDir: DIST, emptyOutDir: true } });
  }
  const server = await preview({
    build: { outDir: DIST },
    preview: { port: PORT, strictPort: true, host: '127.0.0.1' },
    logLevel: 'warn',
  });
  const figures: Figure[] = [];
  const details: Details = {};
  const failed: { scenario: Scenario; error: string }[] = [];
  let chromiumVersion = '';
  try {
    const probe = await launch();
    chromiumVersion = probe.version();
    await probe.close();
    for (const s of scenarios) {
      process.stdout.write(`${s}\n`);
      const t = Date.now();
      try {
        await SCENARIO_RUNNERS[s](figures, details);
      } catch (e) {
        const error = e instanceof Error ? (e.stack ?? e.message) : String(e);
        failed.push({ scenario: s, error });
        process.stdout.write(`  FAILED: ${error}\n`);
      }
      log(`(${s}: ${((Date.now() - t) / 1000).toFixed(0)} s)`);
    }
  } finally {
    await server.close();
  }

  clearInterval(sampler);
  const git = (...a: string[]) => {
    try {
      return execFileSync('git', a, { encoding: 'utf8' }).trim();
    } catch {
      return '';
    }
  };
  // What was built: the commit, and how many files of the app differed from it.
  const source = {
    commit: git('rev-parse', '--short', 'HEAD'),
    changedFiles: git('status', '--porcelain', '--', 'src', 'index.html', 'vite.config.ts')
      .split('\n')
      .filter((l) => l !== '').length,
  };
  const machine = {
    cores: os.cpus().length,
    memoryGB: Math.round(os.totalmem() / 1e9),
    cpu: os.cpus()[0]?.model ?? '',
    node: process.version,
    chromium: chromiumVersion,
    loadAverage: { median: median(loads), max: Math.max(...loads), samples: loads },
  };
  process.stdout.write(
    `\n${String(machine.cores)} cores, ${String(machine.memoryGB)} GB, Node ${machine.node}, Chromium ${machine.chromium}, 1-minute load average ${machine.loadAverage.median.toFixed(1)} (max ${machine.loadAverage.max.toFixed(1)}); built from ${source.commit}${source.changedFiles ? ` with ${String(source.changedFiles)} changed files` : ''}\n\n`,
  );
  process.stdout.write(
    `${table(['figure', 'median', 'p95', 'min – max', 'n', 'note'], figureRows(figures))}\n`,
  );
  const checked: CheckRow[] = check(
    figures,
    failed.map((f) => f.scenario),
  );
  process.stdout.write(
    `\n${table(
      ['budget', 'figure', 'limit', 'measured', 'verdict'],
      checked.map((c) => [c.budget, c.figure, c.limit, c.measured, c.verdict]),
    )}\n`,
  );
  const file = path.join(RESULTS, `bench-${started.toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(
    file,
    JSON.stringify(
      {
        started: started.toISOString(),
        seconds: Math.round((Date.now() - started.getTime()) / 1000),
        command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(),
        machine,
        source,
        options: args,
        figures,
        budgets: checked,
        failed,
        details,
      },
      null,
      2,
    ),
  );
  process.stdout.write(`\nwritten ${file}\n`);
  const missed = checked.filter((c) => c.verdict === 'FAIL' || c.verdict === 'error');
  if (failed.length > 0) process.stdout.write(`${String(failed.length)} scenario(s) failed\n`);
  if (!args.check) return failed.length > 0 ? 1 : 0;
  for (const m of missed) {
    process.stdout.write(`missed: ${m.figure}: budget ${m.limit}, measured ${m.measured}\n`);
  }
  return missed.length > 0 ? 1 : 0;
}

process.exitCode = await main();
