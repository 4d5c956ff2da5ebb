import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeEngine } from '../src/engine/node';
import type { Engine } from '../src/engine/types';
import { loadDataset } from '../src/ingest/dataset';
import { readDatasetFolder } from '../src/ingest/readFolder';
import { NO_FILTERS } from '../src/indicators/filters';
import { INDICATORS } from '../src/indicators/registry';
import { computeAll } from '../src/indicators/run';
import type { IndicatorResult } from '../src/indicators/types';

const run = promisify(execFile);
const TSX = path.resolve('node_modules/.bin/tsx');

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(TSX, ['scripts/indicators.ts', ...args], {
      maxBuffer: 16 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code?: number; stdout?: string; stderr?: string };
    return { code: err.code ?? -1, stdout: err.stdout ?? '', stderr: err.stderr ?? '' };
  }
}

let engine: Engine;
beforeAll(async () => {
  engine = await createNodeEngine();
  await loadDataset(engine, await readDatasetFolder('datasets'));
});
afterAll(async () => {
  await engine.close();
});

describe('npm run indicators', () => {
  it('prints the same results as the app computes, for the same preset and filters', async () => {
    const out = await cli(
      '--format',
      'json',
      '--as-of',
      'evaluation2022',
      '--filter',
      'themes=care,mobility',
    );
    expect(out.code).toBe(0);
    const printed = JSON.parse(out.stdout) as { filters: unknown; results: IndicatorResult[] };
    expect(printed.filters).toEqual({ asOf: '2021-12-31', themes: 'care,mobility' });
    const inApp = await computeAll(
      { ...NO_FILTERS, asOf: '2021-12-31', themes: ['care', 'mobility'] },
      (q) => engine.query(q),
    );
    expect(printed.results).toEqual(JSON.parse(JSON.stringify(inApp)));
    expect(printed.results.map((r) => r.id)).toEqual(INDICATORS.map((d) => d.id));
  });

  it('writes CSV with one row per indicator and the CI bounds and suppressed flag', async () => {
    const out = await cli('--format', 'csv');
    expect(out.code).toBe(0);
    const lines = out.stdout.trim().split('\n');
    expect(lines[0]).toBe(
      'id,value,numerator,denominator,n,ci_low,ci_high,suppressed,notes,filters_not_applied,absent_columns,error',
    );
    expect(lines).toHaveLength(INDICATORS.length + 1);
    expect(lines.find((l) => l.startsWith('D24,'))).toMatch(
      /^D24,0\.\d+,\d+,\d+,\d+,0\.\d+,0\.\d+,false,/,
    );
  });

  it('names file, line and column of a malformed file, and exits 1', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pio-cli-'));
    try {
      cpSync('datasets', dir, { recursive: true });
      writeFileSync(
        path.join(dir, 'calls.csv'),
        'call_id,year,call_type,theme,deadline,budget_eur\nCALL-X,2017,open,all,31/13/2017,1\n',
      );
      const out = await cli('--data', dir, '--lang', 'en');
      expect(out.code).toBe(1);
      expect(out.stderr).toContain(
        'calls.csv, line 2, column deadline: “31/13/2017” is not a valid date (expected: YYYY-MM-DD or DD/MM/YYYY).',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reports "no data" for indicators whose table is absent instead of failing', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pio-cli-'));
    try {
      cpSync('datasets', dir, { recursive: true });
      rmSync(path.join(dir, 'web_metrics.csv'));
      const out = await cli('--data', dir, '--format', 'json');
      expect(out.code).toBe(0);
      const { results } = JSON.parse(out.stdout) as { results: IndicatorResult[] };
      const od2 = results.find((r) => r.id === 'OD2');
      expect(od2?.value).toBeNull();
      expect(od2?.notes).toEqual(['missing_tables', 'no_data']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses an unknown filter value with a usage error (exit 2)', async () => {
    const out = await cli('--filter', 'themes=astrology');
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('--filter themes: "astrology" is not a known value');
  });
});
