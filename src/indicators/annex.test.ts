import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../engine/types';
import type { DatasetReport } from '../ingest/dataset';
import { createNodeEngine } from '../engine/node';
import { loadDataset } from '../ingest/dataset';
import { demoEngine } from '../ingest/testing/demoEngine';
import { TABLE_NAMES } from '../model';
import { annexCsv, annexJson } from './annex';
import { NO_FILTERS, type Filters } from './filters';
import { INDICATORS } from './registry';
import { computeAll } from './run';
import { FIXTURE_CSV, fixtureFiles } from './testing/fixture';

const run = promisify(execFile);

async function cli(...args: string[]): Promise<string> {
  const { stdout } = await run(
    path.resolve('node_modules/.bin/tsx'),
    ['scripts/indicators.ts', ...args],
    { maxBuffer: 16 * 1024 * 1024 },
  );
  return stdout;
}

const CONTEXT = [
  { label: 'PIO-evaluatiedashboard', value: 'Bijlage: alle indicatoren onder de actieve filters' },
  { label: 'Peildatum', value: 'Evaluatie 2022 (gegevens tot 31/12/2021)' },
  { label: 'Thema', value: 'Zorg, Mobiliteit' },
  { label: 'Gegevens', value: 'illustratieve demodata (datasets/)' },
  { label: 'Geëxporteerd op', value: '2026-11-26 12:15' },
];

const FILTERS: Filters = {
  ...NO_FILTERS,
  asOf: '2021-12-31',
  themes: ['care', 'mobility'],
  orgTypes: ['municipality'],
};
const CLI_FILTERS = [
  '--as-of',
  'evaluation2022',
  '--filter',
  'themes=care,mobility',
  '--filter',
  'orgTypes=municipality',
];

let engine: Engine;
let report: DatasetReport;
beforeAll(async () => {
  ({ engine, report } = await demoEngine());
});
afterAll(async () => {
  await engine.close();
});

/** What the app's annex action computes: every indicator, as the annex query does. */
function appResults(filters: Filters) {
  return computeAll(filters, (q) => engine.query(q), { missingTables: report.missing });
}

describe('annex export', () => {
  it('CSV holds exactly the rows of `npm run indicators -- --format csv` for the same filters, under its context lines', async () => {
    const [printed, results] = await Promise.all([
      cli('--format', 'csv', ...CLI_FILTERS),
      appResults(FILTERS),
    ]);
    const annex = annexCsv(results, CONTEXT);
    expect(annex.startsWith('\uFEFF# PIO-evaluatiedashboard: Bijlage')).toBe(true);
    const lines = annex.slice(1).split('\n');
    expect(lines.slice(0, CONTEXT.length)).toEqual(CONTEXT.map((c) => `# ${c.label}: ${c.value}`));
    expect(lines.slice(CONTEXT.length).join('\n')).toBe(printed);
    expect(printed.trim().split('\n')).toHaveLength(INDICATORS.length + 1);
  }, 120_000);

  it('JSON holds exactly the filters and results of `npm run indicators -- --format json`, with a context object', async () => {
    const [printed, results] = await Promise.all([
      cli('--format', 'json', ...CLI_FILTERS),
      appResults(FILTERS),
    ]);
    const cliJson = JSON.parse(printed) as { filters: unknown; results: unknown[] };
    const annex = JSON.parse(annexJson(results, FILTERS, CONTEXT)) as {
      context: unknown;
      filters: unknown;
      results: unknown[];
    };
    expect(annex.context).toEqual(CONTEXT);
    expect(annex.filters).toEqual(cliJson.filters);
    expect(annex.results).toEqual(cliJson.results);
    expect(annex.results).toHaveLength(INDICATORS.length);
  }, 120_000);

  it('writes the figures counted by hand on the small data set, in the app and on the command line alike', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pio-annex-'));
    const small = await createNodeEngine();
    try {
      for (const t of TABLE_NAMES) writeFileSync(path.join(dir, `${t}.csv`), FIXTURE_CSV[t]);
      const loaded = await loadDataset(small, fixtureFiles());
      if (!loaded.ok) throw new Error('the fixture does not load');
      const results = await computeAll({ ...NO_FILTERS, asOf: '2020-12-31' }, (q) =>
        small.query(q),
      );
      const printed = await cli('--data', dir, '--as-of', '2020-12-31', '--format', 'csv');
      const rowOf = (csv: string) => csv.split('\n').find((l) => l.startsWith('A1,'));
      // By 2020-12-31, 7 distinct lead applicants over the 2020 frame of 1,000 organisations
      // (counted in indicators.test.ts).
      expect(rowOf(printed)).toBe('A1,0.007,7,1000,1000,,,false,,,,');
      expect(rowOf(annexCsv(results, CONTEXT))).toBe(rowOf(printed));
    } finally {
      await small.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('keeps each context line on one line, whatever its text', () => {
    const text = annexCsv([], [{ label: 'Bestand', value: 'a\r\nb.csv' }]);
    expect(text).toBe(
      '\uFEFF# Bestand: a b.csv\nid,value,numerator,denominator,n,ci_low,ci_high,suppressed,notes,filters_not_applied,absent_columns,error\n',
    );
  });
});
