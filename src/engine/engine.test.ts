import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Identifier, inList, sql } from '../sql';
import { listTables } from './catalog';
import { decimalWordsToNumber } from './convert';
import { createEmptyTable, loadCsvTable } from './load';
import { createNodeEngine } from './node';
import type { Engine } from './types';

let engine: Engine;
beforeAll(async () => {
  engine = await createNodeEngine();
});
afterAll(async () => {
  await engine.close();
});

describe('engine', () => {
  it('runs the same DuckDB build as the browser (1.4.3)', () => {
    expect(engine.version).toBe('v1.4.3');
  });

  it('keeps the scale of DECIMAL values', async () => {
    const { rows } = await engine.query(
      sql`SELECT 1.25::DECIMAL(10,2) AS a, -341250.07::DECIMAL(14,2) AS b, 0.001::DECIMAL(18,3) AS c,
                 sum(x)::DECIMAL(38,2) AS s FROM (VALUES (0.10::DECIMAL(14,2)), (0.20)) t(x)`,
    );
    expect(rows[0]).toEqual({ a: 1.25, b: -341250.07, c: 0.001, s: 0.3 });
  });

  it('turns BIGINT and HUGEINT into plain numbers that JSON can carry', async () => {
    const { rows } = await engine.query(
      sql`SELECT count(*) AS n, 12345678901234::BIGINT AS b, 42::HUGEINT AS h FROM range(3)`,
    );
    expect(rows[0]).toEqual({ n: 3, b: 12345678901234, h: 42 });
    expect(JSON.stringify(rows[0])).toBe('{"n":3,"b":12345678901234,"h":42}');
  });

  it('gives dates and timestamps as ISO text, without a time-zone shift', async () => {
    const { rows } = await engine.query(
      sql`SELECT DATE '2021-07-01' AS d, DATE '1999-12-31' AS d2, NULL::DATE AS nd,
                 TIMESTAMP '2021-03-28 02:30:05' AS ts, [DATE '2020-02-29'] AS ld`,
    );
    expect(rows[0]).toEqual({
      d: '2021-07-01',
      d2: '1999-12-31',
      nd: null,
      ts: '2021-03-28T02:30:05',
      ld: ['2020-02-29'],
    });
  });

  it('reads raw decimal words with their sign and scale', () => {
    expect(decimalWordsToNumber(new Uint32Array([125, 0, 0, 0]), 2)).toBe(1.25);
    const minusOne = new Uint32Array([0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff]);
    expect(decimalWordsToNumber(minusOne, 2)).toBe(-0.01);
  });

  it('passes hostile strings through parameters unchanged and harms nothing', async () => {
    await createEmptyTable(engine, 'projects', [{ name: 'project_id', type: 'VARCHAR' }]);
    await engine.query(sql`INSERT INTO projects VALUES (${'PIO-2019-001'})`);
    const hostile = [
      `'); DROP TABLE projects; --`,
      `O'Brien "quoted" ; semi`,
      'line one\nline two\r\nthree',
      'emoji 🚀👩🏽‍💻 and ünïcödé €',
      '?',
      '$1',
      '\\',
    ];
    for (const value of hostile) {
      const { rows } = await engine.query(sql`SELECT ${value} AS v, length(${value}) AS n`);
      expect(rows[0]?.v).toBe(value);
    }
    const { rows } = await engine.query(
      sql`SELECT count(*) AS n FROM projects WHERE project_id IN ${inList(hostile)}`,
    );
    expect(rows[0]?.n).toBe(0);
    const after = await engine.query(sql`SELECT project_id FROM projects`);
    expect(after.rows).toEqual([{ project_id: 'PIO-2019-001' }]);
  });

  it('quotes only identifiers from the allow-list', () => {
    expect(Identifier.of('theme', ['theme', 'year']).quoted).toBe('"theme"');
    expect(() => Identifier.of('theme"; DROP TABLE x; --', ['theme'])).toThrow(/not allowed/);
  });

  it('refuses to fetch extensions instead of reaching the internet', async () => {
    await expect(engine.query(sql`SELECT * FROM read_parquet('x.parquet')`)).rejects.toThrow(
      /parquet/i,
    );
  });

  it('loads a CSV text into a typed table and lists it with its row count', async () => {
    await loadCsvTable(
      engine,
      'calls',
      [
        { name: 'call_id', type: 'VARCHAR' },
        { name: 'year', type: 'INTEGER' },
        { name: 'deadline', type: 'DATE' },
        { name: 'budget_eur', type: 'DECIMAL(14,2)' },
      ],
      'year,call_id,deadline,budget_eur,extra\n2020,"CALL-2020-OPEN-1",2020-05-14,2500000.50,x\n2020,"CALL,2",2020-10-22,,y\n',
    );
    const { rows } = await engine.query(sql`SELECT * FROM calls ORDER BY deadline`);
    expect(rows).toEqual([
      { call_id: 'CALL-2020-OPEN-1', year: 2020, deadline: '2020-05-14', budget_eur: 2500000.5 },
      { call_id: 'CALL,2', year: 2020, deadline: '2020-10-22', budget_eur: null },
    ]);
    const tables = await listTables(engine);
    const calls = tables.find((t) => t.name === 'calls');
    expect(calls?.rowCount).toBe(2);
    expect(calls?.columns.map((c) => `${c.name}:${c.type}`)).toEqual([
      'call_id:VARCHAR',
      'year:INTEGER',
      'deadline:DATE',
      'budget_eur:DECIMAL(14,2)',
    ]);
  });
});
