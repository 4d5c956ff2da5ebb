import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmptyTable, loadCsvTable } from '../../../engine/load';
import { createNodeEngine } from '../../../engine/node';
import type { Engine } from '../../../engine/types';
import { tableDef } from '../../../model';
import { raw } from '../../../sql';
import { appendWave, WAVE_TABLES, waveFiles, type WaveFiles } from '../../wave';
import { applyMapping, isPreview, statusColumn } from '../apply';
import { readCsvRows } from '../csvRead';
import { decodeText } from '../decode';
import { proposeMapping } from '../propose';
import { readExport } from '../read';
import {
  belgianExcelCsv,
  csvText,
  encodeText,
  googleFormsCsv,
  limeSurveyCsv,
  mutated,
  qualtricsCsv,
} from '../testing/exports';
import type { ApplyContext, Mapping, ParsedFile, Separator } from '../types';
import { applyMappingInEngine, dropKeptOutputs } from './apply';
import { dropStaged, stageCsvExport } from './read';

// Both import paths on the same files: the JavaScript reader and mapping (../read.ts,
// ../apply.ts) and DuckDB's reader with the mapping in SQL (./read.ts, ./apply.ts) must give
// the same canonical rows, statistics and problems, lines and order included.

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures');

let engine: Engine;
beforeAll(async () => {
  engine = await createNodeEngine();
});
afterAll(async () => {
  await engine.close();
});

const CONTEXT: ApplyContext = {
  knownProjects: new Set(['PIO-2021-003', 'PIO-2022-011', 'PIO-2023-012', 'PIO-2020-004']),
  existingSurveys: new Set(['SRV-2024-BUYER']),
};

interface Case {
  readonly name: string;
  readonly bytes: Uint8Array;
}

function fixtureCases(): Case[] {
  return readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.csv'))
    .map((f) => ({ name: f, bytes: new Uint8Array(readFileSync(path.join(FIXTURES, f))) }));
}

function generatedCases(): Case[] {
  return [
    { name: 'lime-codes.csv', bytes: limeSurveyCsv() },
    { name: 'lime-labels.csv', bytes: limeSurveyCsv({ answers: 'labels' }) },
    {
      name: 'lime-texts-semicolon.csv',
      bytes: limeSurveyCsv({ headings: 'texts', separator: ';' }),
    },
    { name: 'lime-tab.txt', bytes: limeSurveyCsv({ answers: 'labels', separator: '\t' }) },
    { name: 'qualtrics-3.csv', bytes: qualtricsCsv({ headerRows: 3 }) },
    { name: 'qualtrics-2.csv', bytes: qualtricsCsv({ headerRows: 2 }) },
    { name: 'google.csv', bytes: googleFormsCsv() },
    { name: 'belgisch.csv', bytes: belgianExcelCsv({ encoding: 'windows-1252' }) },
    { name: 'belgisch-bom.csv', bytes: belgianExcelCsv({ encoding: 'utf-8-bom' }) },
  ];
}

/** The file's rows as the JavaScript reader splits them, to be edited and written again. */
function recordsOf(bytes: Uint8Array): { rows: string[][]; separator: Separator } {
  const decoded = decodeText(bytes);
  if (!decoded.ok) throw new Error('not text');
  const csv = readCsvRows(decoded.text, 'x.csv');
  return { rows: csv.rows.map((r) => [...r.cells]), separator: csv.separator };
}

type Edit = (row: string[], index: number, file: ParsedFile, mapping: Mapping) => void;

function columnOf(file: ParsedFile, key: string | undefined): number {
  return file.columns.find((c) => c.key === key)?.index ?? -1;
}

function questionColumn(file: ParsedFile, mapping: Mapping, scored: boolean): number {
  for (const [key, q] of Object.entries(mapping.questions)) {
    const isScore = ['SAT_OVERALL', 'NPS', 'SAT_COACHING'].includes(q.code);
    if (isScore === scored) return columnOf(file, key);
  }
  return -1;
}

const set = (row: string[], i: number, value: string) => {
  if (i >= 0 && i < row.length) row[i] = value;
};

/** Edits that make problems of every kind, each on its own data row, and what they must cause. */
const EDITS: Record<string, { edit: Edit; codes: readonly string[] }> = {
  'a score out of scale and an unknown label': {
    codes: ['score_out_of_scale'],
    edit: (row, i, file, mapping) => {
      const scored = questionColumn(file, mapping, true);
      if (i === 0) set(row, scored, '11');
      if (i === 1) set(row, scored, 'Weet ik veel');
      if (i === 2) set(row, questionColumn(file, mapping, false), 'iets anders');
    },
  },
  'duplicate and empty respondent ids': {
    codes: ['duplicate_respondent', 'required'],
    edit: (row, i, file, mapping) => {
      const id = columnOf(file, mapping.respondentId);
      if (i === 1 || i === 2) set(row, id, 'R-7');
      if (i === 0) set(row, id, '');
    },
  },
  'a submission time that is no time': {
    codes: ['bad_timestamp'],
    edit: (row, i, file, mapping) => {
      if (i === 1) set(row, columnOf(file, mapping.submittedAt), 'gisteren');
    },
  },
  'project numbers spelt otherwise or unknown': {
    codes: ['non_canonical_id', 'unknown_project'],
    edit: (row, i, file, mapping) => {
      const project = Object.entries(mapping.questions).find(([, q]) => q.code === 'PROJECT_ID');
      const col = columnOf(file, mapping.projectId ?? project?.[0]);
      if (i === 0) set(row, col, 'pio 2021 3');
      if (i === 1) set(row, col, 'PIO-2019-999');
      if (i === 2) set(row, col, 'pio 2021 3');
    },
  },
  'padding, line breaks in a cell, and blank lines': {
    codes: [],
    edit: (row, i, file, mapping) => {
      const scored = questionColumn(file, mapping, true);
      const open = questionColumn(file, mapping, false);
      if (i === 0 && scored >= 0) set(row, scored, `\u00a0${row[scored] ?? ''}  `);
      if (i === 1) set(row, open, 'twee\nregels\r\nen meer');
    },
  },
};

interface Outcome {
  readonly ok: boolean;
  readonly issues: unknown;
  readonly stats: unknown;
  readonly responses: number;
  readonly rows: Record<string, unknown[]> | null;
}

let loads = 0;
async function rowsOf(files: WaveFiles): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of WAVE_TABLES) {
    const name = `cmp_${String(loads++)}`;
    const columns = tableDef(table).columns.map((c) => ({ name: c.name, type: c.type }));
    await loadCsvTable(engine, name, columns, files[table], { canonical: true });
    // A table's rows are a set: the DuckDB path writes answers in no particular order.
    out[table] = (await engine.query(raw(`SELECT * FROM ${name} ORDER BY ALL`))).rows;
    await engine.exec(`DROP TABLE ${name}`);
  }
  return out;
}

async function javascriptPath(bytes: Uint8Array, name: string, given?: Mapping) {
  const read = await readExport(bytes, name);
  if (!read.ok) return { read, outcome: null };
  const proposed = proposeMapping(read.file);
  const mapping = given ?? proposed;
  const result = applyMapping(read.file, mapping, {}, CONTEXT);
  const outcome: Outcome = {
    ok: result.ok,
    issues: result.issues,
    stats: result.stats,
    responses: result.responses,
    rows: result.ok ? await rowsOf(waveFiles(result.wave)) : null,
  };
  return { read, mapping, proposed, outcome };
}

const blobOf = (bytes: Uint8Array) => new Blob([bytes as Uint8Array<ArrayBuffer>]);

async function duckdbPath(
  bytes: Uint8Array,
  name: string,
  mapping: Mapping,
  proposed: Mapping,
  pieceBytes?: number,
): Promise<Outcome> {
  const staged = await stageCsvExport(engine, blobOf(bytes), name, { pieceBytes });
  expect(staged, `${name}: DuckDB's reader takes the file`).not.toBeNull();
  if (!staged) throw new Error('not staged');
  expect(proposeMapping(staged.file)).toEqual(proposed);
  const result = await applyMappingInEngine(engine, staged, mapping, {}, CONTEXT);
  await dropStaged(engine);
  return {
    ok: result.ok,
    issues: result.issues,
    stats: result.stats,
    responses: result.responses,
    rows: result.ok ? await rowsOf(result.files) : null,
  };
}

/** A LimeSurvey export mapped on both paths, its wave tables created empty to append into. */
async function mappedIntoEmptyTables() {
  const bytes = limeSurveyCsv({ answers: 'labels' });
  const js = await javascriptPath(bytes, 'lime.csv');
  if (!js.outcome) throw new Error('not read');
  const staged = await stageCsvExport(engine, blobOf(bytes), 'lime.csv');
  if (!staged) throw new Error('not staged');
  const result = await applyMappingInEngine(engine, staged, js.mapping, {}, CONTEXT);
  await dropStaged(engine);
  if (!result.ok) throw new Error('not applied');
  for (const table of WAVE_TABLES) {
    const columns = tableDef(table).columns.map((c) => ({ name: c.name, type: c.type }));
    await createEmptyTable(engine, table, columns);
  }
  return { js, result };
}

async function bothPaths(bytes: Uint8Array, name: string): Promise<void> {
  const js = await javascriptPath(bytes, name);
  if (!js.outcome) throw new Error(`${name} is not read`);
  // Read whole, and cut into pieces of a few records each as a large file is.
  for (const pieceBytes of [undefined, 300]) {
    const sqlOutcome = await duckdbPath(bytes, name, js.mapping, js.proposed, pieceBytes);
    expect(sqlOutcome, `pieces of ${String(pieceBytes ?? 'default')} bytes`).toEqual(js.outcome);
  }
}

describe('the DuckDB import path against the JavaScript one', () => {
  const cases = [...fixtureCases(), ...generatedCases()];

  it.each(cases.map((c) => [c.name, c] as const))(
    'gives the same rows, statistics and problems for %s',
    async (_, c) => {
      await bothPaths(c.bytes, c.name);
    },
  );

  it.each(cases.flatMap((c) => Object.keys(EDITS).map((edit) => [c.name, edit, c] as const)))(
    'gives the same for %s with %s',
    async (_, editName, c) => {
      const { edit, codes } = EDITS[editName] ?? { edit: () => undefined, codes: [] };
      const read = await readExport(c.bytes, c.name);
      if (!read.ok) throw new Error('not read');
      const mapping = proposeMapping(read.file);
      const { rows, separator } = recordsOf(c.bytes);
      const headerCount = rows.length - read.file.rows.length;
      const before = JSON.stringify(rows);
      // Qualtrics' own preview and test rows are no respondents: the edits skip them.
      const status = statusColumn(read.file);
      let respondent = 0;
      for (const row of rows.slice(headerCount)) {
        if (status && isPreview(row[status.index] ?? '')) continue;
        edit(row, respondent++, read.file, mapping);
      }
      const edited = JSON.stringify(rows) !== before;
      let text = csvText(rows, { separator, lineBreak: '\r\n' });
      if (codes.length === 0) {
        const lines = text.split('\r\n');
        lines.splice(headerCount + 2, 0, '', separator.repeat(3));
        text = `${lines.join('\r\n')}\r\n\r\n`;
      }
      const bytes = encodeText(text, 'utf-8');
      const js = await javascriptPath(bytes, c.name, mapping);
      if (!js.outcome) {
        expect(await stageCsvExport(engine, blobOf(bytes), c.name)).toBeNull();
        return;
      }
      if (edited) {
        const found = new Set((js.outcome.issues as { code: string }[]).map((i) => i.code));
        for (const code of codes) expect(found, `${c.name}: ${code}`).toContain(code);
      }
      expect(await duckdbPath(bytes, c.name, mapping, js.proposed)).toEqual(js.outcome);
    },
  );

  it('gives the same when two columns answer one question, the first one standing', async () => {
    const bytes = limeSurveyCsv({ answers: 'labels' });
    const read = await readExport(bytes, 'lime.csv');
    if (!read.ok) throw new Error('not read');
    const proposed = proposeMapping(read.file);
    const coaching = proposed.questions.COACH;
    expect(coaching?.code).toBe('SAT_COACHING');
    const mapping: Mapping = {
      ...proposed,
      questions: { ...proposed.questions, COACH: { ...coaching, code: 'SAT_OVERALL' } },
    };
    const js = await javascriptPath(bytes, 'lime.csv', mapping);
    if (!js.outcome) throw new Error('not read');
    expect(await duckdbPath(bytes, 'lime.csv', mapping, proposed)).toEqual(js.outcome);
  });

  it('appends the wave from the tables it wrote the files from, the same rows as the files', async () => {
    const { js, result } = await mappedIntoEmptyTables();
    const kept = await engine.query(
      raw(
        `SELECT count(*)::INTEGER AS n FROM duckdb_views() WHERE starts_with(view_name, '_import_out')`,
      ),
    );
    expect(kept.rows[0]?.n).toBe(2);
    await appendWave(engine, result.surveyId, result.files);
    const appended: Record<string, unknown[]> = {};
    for (const table of WAVE_TABLES) {
      appended[table] = (await engine.query(raw(`SELECT * FROM ${table} ORDER BY ALL`))).rows;
      await engine.exec(`DROP TABLE ${table}`);
    }
    expect(appended).toEqual(await rowsOf(result.files));
    expect(appended).toEqual(js.outcome.rows);
    const left = await engine.query(
      raw(
        `SELECT (SELECT count(*) FROM duckdb_views() WHERE starts_with(view_name, '_import_'))
              + (SELECT count(*) FROM duckdb_tables() WHERE starts_with(table_name, '_import_'))
              AS n`,
      ),
    );
    expect(Number(left.rows[0]?.n)).toBe(0);
  });

  it('takes back the answers it added ahead when the rest of the wave fails', async () => {
    const { result } = await mappedIntoEmptyTables();
    const order: string[] = [];
    const failing: Engine = {
      ...engine,
      query: (q) => {
        if (q.text.startsWith('INSERT INTO answers')) order.push('answers');
        return engine.query(q);
      },
      exec: (text) => {
        if (text === 'BEGIN TRANSACTION') order.push('begin');
        if (text.startsWith('INSERT INTO "respondents"')) {
          return Promise.reject(new Error('the respondents fail'));
        }
        return engine.exec(text);
      },
    };
    await expect(appendWave(failing, result.surveyId, result.files)).rejects.toThrow(
      'the respondents fail',
    );
    expect(order).toEqual(['answers', 'begin']);
    for (const table of WAVE_TABLES) {
      const { rows } = await engine.query(raw(`SELECT count(*)::INTEGER AS n FROM ${table}`));
      expect(rows[0]?.n, table).toBe(0);
      await engine.exec(`DROP TABLE ${table}`);
    }
    await dropKeptOutputs(engine);
  });

  it('gives the same, or leaves the file to the JavaScript reader, for mutated exports', async () => {
    const seeds = [...fixtureCases(), ...generatedCases()];
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: seeds.length - 1 }),
        fc.array(
          fc.record({
            at: fc.double({ min: 0, max: 1, noNaN: true }),
            byte: fc.constantFrom(
              0x20,
              0x22,
              0x2c,
              0x3b,
              0x0a,
              0x0d,
              0x09,
              0xa0,
              0xc2,
              0x31,
              0x39,
              0x41,
              0x2d,
              0x2f,
            ),
          }),
          { minLength: 1, maxLength: 6 },
        ),
        fc.integer({ min: 40, max: 4000 }),
        async (which, mutations, pieceBytes) => {
          const seed = seeds[which];
          if (!seed) return;
          const bytes = mutated(seed.bytes, mutations);
          const js = await javascriptPath(bytes, seed.name);
          const staged = await stageCsvExport(engine, blobOf(bytes), seed.name, { pieceBytes });
          if (!js.outcome) {
            // What the JavaScript reader refuses, DuckDB's never takes.
            expect(staged).toBeNull();
            return;
          }
          if (!staged) return;
          expect(proposeMapping(staged.file)).toEqual(js.proposed);
          const result = await applyMappingInEngine(engine, staged, js.mapping, {}, CONTEXT);
          await dropStaged(engine);
          expect({
            ok: result.ok,
            issues: result.issues,
            stats: result.stats,
            responses: result.responses,
            rows: result.ok ? await rowsOf(result.files) : null,
          }).toEqual(js.outcome);
        },
      ),
      { numRuns: 150 },
    );
  }, 300_000);

  it.each([
    ['a record short of fields', 'id,a,b\r\n1,2,3\r\n4,5\r\n'],
    ['a record with a field too many', 'id,a,b\r\n1,2,3\r\n4,5,6,7\r\n'],
    ['a quote left open', 'id,a,b\r\n1,2,3\r\n"4,5,6\r\n7,8,9\r\n'],
    ['a quote after spaces', 'id,a,b\r\n1, "2",3\r\n'],
    ['text after a closing quote', 'id,a,b\r\n1,"2"x,3\r\n'],
    ['a NUL byte', 'id,a,b\r\n1,2\u0000,3\r\n'],
  ])('leaves %s to the JavaScript reader, which reports it', async (_, text) => {
    const bytes = encodeText(text, 'utf-8');
    expect(await stageCsvExport(engine, blobOf(bytes), 'x.csv')).toBeNull();
  });

  it('leaves UTF-16 and workbooks to the JavaScript reader', async () => {
    const utf16 = encodeText('id,a\r\n1,2\r\n', 'utf-16le');
    expect(await stageCsvExport(engine, blobOf(utf16), 'x.csv')).toBeNull();
    const zip = new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]);
    expect(await stageCsvExport(engine, blobOf(zip), 'x.xlsx')).toBeNull();
  });
});
