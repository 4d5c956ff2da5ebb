import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCsvTable } from '../../engine/load';
import { createNodeEngine } from '../../engine/node';
import type { Engine } from '../../engine/types';
import { NO_FILTERS } from '../../indicators/filters';
import { INDICATORS } from '../../indicators/registry';
import { computeAll, computeBatch, newRunContext } from '../../indicators/run';
import type { IndicatorResult } from '../../indicators/types';
import { TABLES, type TableName } from '../../model';
import { loadDataset, type DatasetFile } from '../dataset';
import { readDatasetFolder, readFolderFiles } from '../readFolder';
import { datasetFiles, locateInFiles, readPortfolioFiles, type PortfolioInput } from './set';
import { belgianExcel, canonical, displayForms, workbooks } from './testing/writings';

const FIXTURE = 'src/ingest/portfolio/fixtures/belgian-excel';
const run = promisify(execFile);

let engine: Engine;
let demo: Map<TableName, DatasetFile>;
beforeAll(async () => {
  engine = await createNodeEngine();
  demo = await readDatasetFolder('datasets');
});
afterAll(async () => {
  await engine.close();
});

async function loadInputs(inputs: readonly PortfolioInput[]) {
  const read = await readPortfolioFiles(inputs);
  if (!read.ok) throw new Error(JSON.stringify(read.issues.slice(0, 5)));
  const report = await loadDataset(engine, datasetFiles(read.tables));
  if (!report.ok) throw new Error(JSON.stringify(locateInFiles(report.issues, read.tables)));
  return { read, report };
}

/** Every indicator under no filters, as the overview computes them (batched). */
async function figures(options: { missingTables?: string[]; absentColumns?: string[] } = {}) {
  const ctx = newRunContext((q) => engine.query(q));
  return Promise.all(
    computeBatch(
      INDICATORS.map((def) => ({ def, filters: NO_FILTERS })),
      ctx,
      options,
    ),
  );
}

const byId = (results: readonly IndicatorResult[]) => new Map(results.map((r) => [r.id, r]));

describe('a portfolio kept in Belgian Excel by the programme team', () => {
  it('gives the figures counted by hand from its rows', async () => {
    const { read, report } = await loadInputs(await readFolderFiles(FIXTURE));
    expect(read.tables.map((t) => t.table)).toHaveLength(13);
    expect(report.missing).toEqual([
      'follow_ons',
      'activities',
      'activity_attendance',
      'web_metrics',
      'surveys',
      'respondents',
      'questions',
      'answers',
    ]);
    const r = byId(
      await computeAll(NO_FILTERS, (q) => engine.query(q), {
        missingTables: report.missing,
        absentColumns: report.absentColumns,
      }),
    );
    // 5 organisations applied out of a frame of 300 + 300 + 5 + 11 + 55.
    expect(r.get('A1')).toMatchObject({ numerator: 5, denominator: 671 });
    // Gent (Gemeente), Leuven (Stad) and OCMW Antwerpen are local: 3 of 5 applications.
    expect(r.get('A3')).toMatchObject({ value: 0.6, numerator: 3, denominator: 5 });
    // Consultations reached 8 and 5 companies.
    expect(r.get('B10')?.value).toBe(6.5);
    // Awards: Sensa (Klein) 477.750,00 and ParkTech (Groot) 204.750,00.
    expect(r.get('B13')).toMatchObject({ value: 0.7, numerator: 477750, denominator: 682500 });
    // Awarded 682.500,00 over co-financing paid 300.000,00 + 125.000,00.
    expect(r.get('B16')?.value).toBeCloseTo(682500 / 425000, 10);
    // Decision 15/07/2021 to publication 15/11/2021 (123 days) and 10/01/2022 (179 days).
    expect(r.get('C23')?.value).toBe(151);
    // TRL 4 at the contract, 8 when deployed.
    expect(r.get('C21')?.value).toBe(4);
    // Neither EU file has a contribution column: A8 says so, and the others do not.
    expect(r.get('A8')?.notes).toContain('missing_columns');
    expect(r.get('A8')?.absentColumns).toEqual([
      'eu_projects.eu_contribution_eur',
      'eu_participations.eu_contribution_eur',
    ]);
    expect(r.get('B13')?.notes).not.toContain('missing_columns');
    expect([...r.values()].filter((x) => x.error !== undefined)).toEqual([]);
  });

  it('names a broken reference by the line of the user’s own file', async () => {
    const inputs = await readFolderFiles(FIXTURE);
    const buyers = inputs.find((f) => f.fileName === 'project_buyers.csv');
    if (!buyers) throw new Error('fixture missing');
    const text = new TextDecoder('windows-1252').decode(buyers.bytes).replace('ORG-004', 'ORG-404');
    const changed = inputs.map((f) =>
      f === buyers ? { ...f, bytes: new Uint8Array(Buffer.from(text, 'latin1')) } : f,
    );
    const read = await readPortfolioFiles(changed);
    if (!read.ok) throw new Error('read failed');
    const report = await loadDataset(engine, datasetFiles(read.tables));
    expect(report.ok).toBe(false);
    expect(locateInFiles(report.issues, read.tables)).toEqual([
      expect.objectContaining({
        code: 'unknown_reference',
        file: 'project_buyers.csv',
        line: 4,
        column: 'org_id',
        value: 'ORG-404',
      }),
    ]);
  });
});

describe('the demo portfolio written by other hands', () => {
  it('gives identical indicators as canonical CSV, Belgian Excel, workbooks and display names', async () => {
    await loadInputs(canonical(demo));
    const expected = await figures();
    for (const [name, inputs] of [
      ['Belgian Excel', belgianExcel(demo)],
      ['display names', displayForms(demo)],
      ['workbooks', await workbooks(demo)],
    ] as const) {
      const { report } = await loadInputs(inputs);
      expect(report.absentColumns, name).toEqual([]);
      expect(await figures(), name).toEqual(expected);
    }
  }, 120_000);

  it('gives the same indicators through the command line', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pio-belgian-'));
    try {
      for (const f of belgianExcel(demo)) writeFileSync(path.join(dir, f.fileName), f.bytes);
      const { stdout } = await run(
        path.resolve('node_modules/.bin/tsx'),
        ['scripts/indicators.ts', '--data', dir, '--format', 'json'],
        { maxBuffer: 16 * 1024 * 1024 },
      );
      const printed = JSON.parse(stdout) as { results: IndicatorResult[] };
      await loadInputs(canonical(demo));
      const inProcess = await computeAll(NO_FILTERS, (q) => engine.query(q), {
        missingTables: [],
        absentColumns: [],
      });
      expect(printed.results).toEqual(JSON.parse(JSON.stringify(inProcess)));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('a portfolio that leaves out an optional column', () => {
  const optional = TABLES.flatMap((t) =>
    t.columns.filter((c) => !c.required).map((c) => [t.name, c.name] as const),
  );

  it.each(optional)(
    'without %s.%s every indicator is still computed, and those it changes say so',
    async (table, column) => {
      await loadDataset(engine, demo);
      const full = byId(await figures());
      const def = TABLES.find((t) => t.name === table);
      const file = demo.get(table);
      if (!def || !file) throw new Error(`no ${table}`);
      const present = def.columns.map((c) => c.name).filter((c) => c !== column);
      await loadCsvTable(engine, table, def.columns, file.text, { present });
      const without = await figures({ absentColumns: [`${table}.${column}`] });
      for (const r of without) {
        expect(r.error, r.id).toBeUndefined();
        const before = full.get(r.id);
        const changed =
          JSON.stringify([before?.value, before?.breakdown.map((b) => b.value)]) !==
          JSON.stringify([r.value, r.breakdown.map((b) => b.value)]);
        if (changed)
          expect(r.notes, `${r.id} changed without saying so`).toContain('missing_columns');
      }
    },
    60_000,
  );
});
