import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoSandbox } from '../ingest/testing/demoEngine';
import { raw } from '../sql';
import { ExplorerSqlError, Sandbox, splitStatements, type SandboxDriver } from './sandbox';
import { DATA_DATABASE } from './setup';
import type { Engine } from './types';

let engine: Engine;
let driver: SandboxDriver;
let sandbox: Sandbox;

const COUNTS = `SELECT (SELECT count(*) FROM projects) AS projects,
  (SELECT count(*) FROM answers) AS answers,
  (SELECT count(*) FROM organisations) AS organisations,
  (SELECT count(*) FROM duckdb_tables() WHERE NOT temporary) AS tables,
  (SELECT count(*) FROM duckdb_views() WHERE NOT internal AND NOT temporary) AS views`;

async function counts(): Promise<unknown> {
  return (await engine.query(raw(COUNTS))).rows[0];
}

async function failure(text: string, params: (string | number)[] = []): Promise<ExplorerSqlError> {
  try {
    await sandbox.run(text, params, 100);
  } catch (e) {
    if (e instanceof ExplorerSqlError) return e;
    throw e;
  }
  throw new Error(`ran without error: ${text}`);
}

function table(r: { table: string | null }): string {
  if (r.table === null) throw new Error('no result table');
  return r.table;
}
function pos(e: ExplorerSqlError): number {
  if (e.position === null) throw new Error('no position');
  return e.position;
}

beforeAll(async () => {
  const made = await demoSandbox();
  engine = made.engine;
  driver = await made.lock();
  sandbox = new Sandbox(driver);
});
afterAll(async () => {
  await engine.close();
});

describe('explorer sandbox', () => {
  it('splits statements at the semicolons the tokenizer sees, not those in strings or comments', async () => {
    const text = "SELECT ';' AS a; -- no; split\nSELECT 'é;' AS b ;\n  ; SELECT ? AS c";
    const parts = await splitStatements(driver, text);
    expect(parts.map((p) => p.text.trim())).toEqual([
      "SELECT ';' AS a",
      "-- no; split\nSELECT 'é;' AS b",
      'SELECT ? AS c',
    ]);
    expect(parts.map((p) => p.parameters)).toEqual([0, 0, 1]);
    expect(text.slice(parts[2]?.start ?? -1).trim()).toBe('SELECT ? AS c');
  });

  it('keeps a query result whole and pages through it', async () => {
    const result = await sandbox.run('SELECT range AS i, range * 2 AS j FROM range(1000)', [], 25);
    expect(result.total).toBe(1000);
    expect(result.columns).toEqual([
      { name: 'i', type: 'BIGINT' },
      { name: 'j', type: 'BIGINT' },
    ]);
    expect(result.rows).toHaveLength(25);
    expect(result.rows[0]).toEqual({ i: 0, j: 0 });
    const page = await sandbox.page(table(result), 975, 25);
    expect(page.map((r) => r.i)).toEqual(Array.from({ length: 25 }, (_, k) => 975 + k));
  });

  it('keeps the order of an ORDER BY across pages', async () => {
    const result = await sandbox.run(
      'SELECT project_id FROM projects ORDER BY project_id DESC',
      [],
      10,
    );
    const all = (
      await engine.query<{ project_id: string }>(
        raw('SELECT project_id FROM projects ORDER BY project_id DESC'),
      )
    ).rows.map((r) => r.project_id);
    const second = await sandbox.page(table(result), 10, 10);
    expect(second.map((r) => r.project_id)).toEqual(all.slice(10, 20));
  });

  it('binds the parameters of the statements in order', async () => {
    const result = await sandbox.run('SELECT ? AS a; SELECT ? AS b, ? AS c', [1, 'x', 2], 10);
    expect(result.rows).toEqual([{ b: 'x', c: 2 }]);
    expect((await failure('SELECT ? AS a', [])).kind).toBe('parameters');
    expect((await sandbox.run('SELECT 1 AS a', ['left over'], 10)).rows).toEqual([{ a: 1 }]);
  });

  it('runs statements that are not plain queries and shows their rows', async () => {
    const result = await sandbox.run('DESCRIBE projects', [], 100);
    expect(result.table).toBeNull();
    expect(result.rows.map((r) => r.column_name)).toContain('project_id');
  });

  it('gives the position of a syntax error in the whole text', async () => {
    const text = 'SELECT 1;\nSELECT *\nFRM projects';
    const e = await failure(text);
    expect(e.kind).toBe('syntax');
    expect(e.statement).toBe(2);
    expect(text.slice(pos(e))).toMatch(/^projects|^FRM/);
  });

  it('gives the position of an unknown column after text with accents', async () => {
    const text = "SELECT 'één' AS x, nope FROM projects";
    const e = await failure(text);
    expect(e.engineType).toBe('Binder');
    expect(text.slice(pos(e), pos(e) + 4)).toBe('nope');
  });

  const refused: [string, string, ExplorerSqlError['kind']][] = [
    ['INSERT', 'INSERT INTO organisations SELECT * FROM organisations LIMIT 1', 'refused_write'],
    ['UPDATE', "UPDATE projects SET title = 'x'", 'refused_write'],
    ['DELETE', 'DELETE FROM answers', 'refused_write'],
    ['DROP TABLE', 'DROP TABLE projects', 'refused_write'],
    ['DROP VIEW', 'DROP TABLE IF EXISTS projects CASCADE', 'refused_write'],
    ['ALTER', 'ALTER TABLE projects ADD COLUMN x INTEGER', 'refused_write'],
    [
      'CREATE over an existing name',
      'CREATE OR REPLACE TABLE projects AS SELECT 1 AS x',
      'refused_write',
    ],
    ['CREATE a new table', 'CREATE TABLE mine AS SELECT 1 AS x', 'refused_write'],
    ['TRUNCATE', 'TRUNCATE projects', 'refused_write'],
    ['ATTACH a file', "ATTACH 'other.db' AS other", 'refused_external'],
    ['COPY TO', "COPY projects TO 'out.csv'", 'refused_external'],
    ['COPY FROM', "COPY projects FROM 'in.csv'", 'refused_external'],
    ['reading a file', "SELECT * FROM read_csv('/etc/passwd')", 'refused_external'],
    ['EXPORT DATABASE', "EXPORT DATABASE 'dump'", 'refused_external'],
    ['SET of an engine option', 'SET threads = 4', 'refused_config'],
    ['INSTALL', 'INSTALL json', 'refused_external'],
    ['FORCE INSTALL', 'FORCE INSTALL json', 'refused_external'],
    ['PRAGMA that sets a connection option', 'PRAGMA enable_profiling', 'refused_config'],
    ['SET external access back on', 'SET enable_external_access = true', 'refused_config'],
    ['RESET the lock', 'RESET lock_configuration', 'refused_config'],
    ['PRAGMA that changes the engine', "PRAGMA memory_limit = '1GB'", 'refused_config'],
    ['changing the search path', "SET search_path = 'temp'", 'refused_session'],
  ];
  it.each(refused)('refuses %s and the data stays intact', async (_, text, kind) => {
    const before = await counts();
    const e = await failure(text);
    expect(e.kind).toBe(kind);
    expect(await counts()).toEqual(before);
  });

  it('lets reading PRAGMAs through', async () => {
    const result = await sandbox.run("PRAGMA table_info('projects')", [], 100);
    expect(result.rows.map((r) => r.name)).toContain('project_id');
  });

  it('lets no COMMIT or transaction trick reach the data', async () => {
    const before = await counts();
    for (const text of [
      'COMMIT; DROP TABLE projects',
      'ROLLBACK; DELETE FROM projects',
      'BEGIN; DELETE FROM projects; COMMIT',
      'END; INSERT INTO organisations SELECT * FROM organisations',
    ]) {
      await failure(text).catch(() => undefined);
    }
    expect(await counts()).toEqual(before);
  });

  it('lets no temporary view shadow a loaded table', async () => {
    const { rows: real } = await engine.query(raw('SELECT count(*) AS n FROM projects'));
    const result = await sandbox.run(
      'CREATE TEMP VIEW projects AS SELECT 1 AS n; SELECT count(*) AS n FROM projects',
      [],
      10,
    );
    expect(result.rows).toEqual(real);
    const after = await sandbox.run('SELECT count(*) AS n FROM projects', [], 10);
    expect(after.rows).toEqual(real);
  });

  it('lets no attached database outlive its statement', async () => {
    await sandbox.run("ATTACH ':memory:' AS m", [], 10).catch(() => undefined);
    const e = await failure('USE m');
    expect(e.kind).toBe('engine');
    const result = await sandbox.run(
      'SELECT current_database() AS db, (SELECT count(*) FROM duckdb_databases() WHERE NOT internal) AS n',
      [],
      10,
    );
    expect(result.rows).toEqual([{ db: DATA_DATABASE, n: 1 }]);
  });
});
