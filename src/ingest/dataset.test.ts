import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeEngine } from '../engine/node';
import type { Engine } from '../engine/types';
import { tableDef, type TableName } from '../model';
import { sql } from '../sql';
import { loadDataset, type DatasetFile } from './dataset';

let engine: Engine;
beforeAll(async () => {
  engine = await createNodeEngine();
});
afterAll(async () => {
  await engine.close();
});

const tables = [tableDef('calls'), tableDef('organisations'), tableDef('applications')];

function files(entries: Record<string, string>): Map<TableName, DatasetFile> {
  return new Map(
    Object.entries(entries).map(([name, text]) => [
      name as TableName,
      { file: `${name}.csv`, text },
    ]),
  );
}

const CALLS =
  'call_id,year,call_type,theme,deadline,budget_eur\nCALL-2017-OPEN-1,2017,open,all,2017-03-31,2500000.00\n';
const ORGS =
  'org_id,name,org_type,gov_level,province\nORG-0001,Stad Gent,municipality,local,oost_vlaanderen\nORG-0002,"Agentschap ""Wegen"", Verkeer",flemish_agency,flemish,brussels\n';
const APPS =
  'application_id,call_id,lead_org_id,title,theme,submitted_on,decision,decided_on\n' +
  'APP-2017-001,CALL-2017-OPEN-1,ORG-0001,Slimme parkeersensoren,mobility,2017-03-30,eligible,2017-05-15\n';

async function count(table: string): Promise<number> {
  const { rows } = await engine.query<{ n: number }>(
    sql`SELECT count(*) AS n FROM query_table(${table})`,
  );
  return rows[0]?.n ?? -1;
}

describe('loadDataset', () => {
  it('loads a valid set of files and creates the absent tables empty', async () => {
    const report = await loadDataset(engine, files({ calls: CALLS, organisations: ORGS }), tables);
    expect(report.ok).toBe(true);
    expect(report.rowCounts).toEqual({ calls: 1, organisations: 2, applications: 0 });
    expect(report.missing).toEqual(['applications']);
    expect(await count('organisations')).toBe(2);
    expect(await count('applications')).toBe(0);
    const { rows } = await engine.query(
      sql`SELECT name FROM organisations WHERE org_id = 'ORG-0002'`,
    );
    expect(rows[0]?.name).toBe('Agentschap "Wegen", Verkeer');
  });

  it('rejects a set with an unknown reference, naming file, line and column, and changes nothing', async () => {
    await loadDataset(
      engine,
      files({ calls: CALLS, organisations: ORGS, applications: APPS }),
      tables,
    );
    const badApps =
      APPS +
      'APP-2017-002,CALL-2017-OPEN-1,ORG-9999,Drones,other,2017-03-30,ineligible,2017-05-15\n';
    const report = await loadDataset(
      engine,
      files({ calls: CALLS, organisations: ORGS, applications: badApps }),
      tables,
    );
    expect(report.ok).toBe(false);
    expect(report.issues).toEqual([
      expect.objectContaining({
        code: 'unknown_reference',
        file: 'applications.csv',
        line: 3,
        column: 'lead_org_id',
        value: 'ORG-9999',
        detail: 'organisations',
      }),
    ]);
    expect(await count('applications')).toBe(1);
  });

  it('loads nothing at all when one file of the set is broken, not even the valid files', async () => {
    await loadDataset(
      engine,
      files({ calls: CALLS, organisations: ORGS, applications: APPS }),
      tables,
    );
    const report = await loadDataset(
      engine,
      files({ calls: CALLS, organisations: 'org_id,name\nORG-1,Only one\n', applications: '' }),
      tables,
    );
    expect(report.ok).toBe(false);
    expect(report.issues.map((i) => `${i.file}:${i.code}`)).toEqual([
      'organisations.csv:missing_column',
      'organisations.csv:missing_column',
      'applications.csv:empty_file',
    ]);
    expect(await count('organisations')).toBe(2);
    expect(await count('applications')).toBe(1);
    const { rows } = await engine.query(
      sql`SELECT count(*) AS n FROM duckdb_tables() WHERE table_name LIKE '_staging_%'`,
    );
    expect(rows[0]?.n).toBe(0);
  });
});
