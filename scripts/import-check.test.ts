import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { belgianExcelCsv, limeSurveyCsv, msFormsXlsx } from '../src/ingest/survey/testing/exports';

const run = promisify(execFile);
const TSX = path.resolve('node_modules/.bin/tsx');

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(TSX, ['scripts/import-check.ts', ...args]);
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code?: number; stdout?: string; stderr?: string };
    return { code: err.code ?? -1, stdout: err.stdout ?? '', stderr: err.stderr ?? '' };
  }
}

let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'pio-import-check-'));
  writeFileSync(path.join(dir, 'belgisch.csv'), belgianExcelCsv({ encoding: 'windows-1252' }));
  writeFileSync(path.join(dir, 'lime.csv'), limeSurveyCsv());
  writeFileSync(
    path.join(dir, 'lime-bad.csv'),
    'id,submitdate,lastpage,startlanguage,TEVR\n' +
      '1,2024-05-02 10:00:00,2,nl,4\n' +
      '2,2024-05-03 10:00:00,2,nl,9\n' +
      '3,2024-05-04 10:00:00,2,nl,9\n',
  );
  // A spreadsheet kept by hand: no ids, no dates.
  writeFileSync(
    path.join(dir, 'no-dates.csv'),
    'Tevredenheid;Aanbevelen (0-10)\r\n4;9\r\n5;10\r\n',
  );
  writeFileSync(path.join(dir, 'forms.xlsx'), await msFormsXlsx({ lang: 'nl' }));
  writeFileSync(
    path.join(dir, 'binary.csv'),
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]),
  );
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('npm run import-check', () => {
  it('accepts a Belgian Excel export and reports what it detected and the figures per question', async () => {
    const r = await cli(path.join(dir, 'belgisch.csv'), '--json');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as Record<string, unknown> & {
      questions: { code: string; answered: number; mean: number | null; nps: number | null }[];
    };
    expect(report).toMatchObject({
      accepted: true,
      tool: 'excel_be',
      encoding: 'windows-1252',
      separator: ';',
      responses: 3,
      errors: [],
    });
    // Zeer tevreden (5), Tevreden (4), Ontevreden (2): (5 + 4 + 2) / 3.
    const overall = report.questions.find((q) => q.code === 'SAT_OVERALL');
    expect(overall?.answered).toBe(3);
    expect(overall?.mean).toBeCloseTo(11 / 3, 6);
  });

  it('rejects with every error located by line and column, and exit status 1', async () => {
    const r = await cli(path.join(dir, 'lime-bad.csv'), '--lang', 'en');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('lime-bad.csv: REJECTED');
    expect(r.stdout).toContain('tool: limesurvey   encoding: utf-8   separator: ,');
    expect(r.stdout).toContain(
      'lime-bad.csv, column TEVR, lines 3, 4: Score “9” is outside the scale 1-5. (2 times)',
    );
    // The statistics leave the two invalid scores out and count them apart.
    expect(r.stdout).toMatch(/SAT_OVERALL\s+1\s+0\s+0\s+2\s+4\.00/);
  });

  it('checks a file without round details and says what an import would still ask for', async () => {
    const r = await cli(path.join(dir, 'no-dates.csv'), '--json', '--lang', 'en');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      accepted: true,
      stillAsks: ['year', 'fieldworkStart', 'fieldworkEnd', 'populationN'],
      errors: [],
    });
  });

  it('accepts the export once a mapping file names the answers the defaults do not know', async () => {
    const mapping = path.join(dir, 'mapping.json');
    writeFileSync(
      mapping,
      JSON.stringify({
        audience: 'buyer',
        respondentId: 'id',
        completeWhen: { column: 'submitdate', notEmpty: true },
        submittedAt: 'submitdate',
        questions: {
          TEVR: { code: 'SAT_OVERALL', values: { A1: 1, A2: 2, A3: 3, A4: 4, A5: 5 } },
          ADDIT: {
            code: 'ADDITIONALITY',
            values: { A1: 'not_done', A2: 'later', A3: 'smaller', A4: 'same' },
          },
        },
      }),
    );
    const r = await cli(path.join(dir, 'lime.csv'), '--mapping', mapping, '--json');
    expect(JSON.parse(r.stdout)).toMatchObject({ accepted: true, mapping: 'given', errors: [] });
    expect(r.code).toBe(0);
  });

  it('reads a Microsoft Forms workbook in Dutch', async () => {
    const r = await cli(path.join(dir, 'forms.xlsx'));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('forms.xlsx: ACCEPTED');
    expect(r.stdout).toContain('tool: msforms');
  });

  it('refuses a binary file, and answers a usage error with status 2', async () => {
    const bin = await cli(path.join(dir, 'binary.csv'), '--json');
    expect(bin.code).toBe(1);
    expect(JSON.parse(bin.stdout)).toMatchObject({
      accepted: false,
      errors: [{ code: 'binary_file' }],
    });
    expect((await cli()).code).toBe(2);
    expect((await cli('a.csv', 'b.csv')).code).toBe(2);
    expect((await cli(path.join(dir, 'missing.csv'))).code).toBe(2);
    expect((await cli(path.join(dir, 'lime.csv'), '--lang', 'fr')).code).toBe(2);
  });
});
