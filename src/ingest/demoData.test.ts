import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeEngine } from '../engine/node';
import type { Engine } from '../engine/types';
import { TABLE_NAMES, TABLES } from '../model';
import { quoteIdent, raw, sql } from '../sql';
import { loadDataset, type DatasetReport } from './dataset';
import { readDatasetFolder } from './readFolder';

let engine: Engine;
let report: DatasetReport;
beforeAll(async () => {
  engine = await createNodeEngine();
  report = await loadDataset(engine, await readDatasetFolder('datasets'));
});
afterAll(async () => {
  await engine.close();
});

describe('demo data in datasets/', () => {
  it('has a file for every canonical table and loads without a single issue', () => {
    expect(report.issues).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.missing).toEqual([]);
    expect(Object.keys(report.rowCounts).sort()).toEqual([...TABLE_NAMES].sort());
  });

  it('resolves every foreign key, checked in SQL by the engine', async () => {
    for (const def of TABLES) {
      for (const fk of def.foreignKeys) {
        const on = fk.columns
          .map((c, i) => `c.${quoteIdent(c)} = p.${quoteIdent(fk.refColumns[i] ?? '')}`)
          .join(' AND ');
        const notNull = fk.columns.map((c) => `c.${quoteIdent(c)} IS NOT NULL`).join(' AND ');
        const { rows } = await engine.query<{ n: number }>(
          sql`SELECT count(*) AS n FROM ${raw(quoteIdent(def.name))} c
              WHERE ${raw(notNull)} AND NOT EXISTS (
                SELECT 1 FROM ${raw(quoteIdent(fk.table))} p WHERE ${raw(on)})`,
        );
        expect(rows[0]?.n, `${def.name}(${fk.columns.join(', ')}) -> ${fk.table}`).toBe(0);
      }
    }
  });

  it('keeps every primary key unique', async () => {
    for (const def of TABLES) {
      const cols = def.primaryKey.map(quoteIdent).join(', ');
      const { rows } = await engine.query<{ n: number }>(
        sql`SELECT count(*) AS n FROM (
              SELECT ${raw(cols)} FROM ${raw(quoteIdent(def.name))} GROUP BY ALL HAVING count(*) > 1)`,
      );
      expect(rows[0]?.n, def.name).toBe(0);
    }
  });

  it('holds the programme facts the sources give', async () => {
    const { rows } = await engine.query<{
      call_id: string;
      apps: number;
      eligible: number;
      local: number;
    }>(
      sql`SELECT a.call_id, count(*) AS apps,
            count(*) FILTER (WHERE a.decision = 'eligible') AS eligible,
            count(*) FILTER (WHERE o.gov_level = 'local') AS local
          FROM applications a JOIN organisations o ON o.org_id = a.lead_org_id
          WHERE a.call_id IN (${'CALL-2017-OPEN-1'}, ${'CALL-2019-OPEN-1'})
          GROUP BY 1 ORDER BY 1`,
    );
    const [call2017, call2019] = rows;
    expect([call2017?.call_id, call2017?.apps, call2017?.eligible]).toEqual([
      'CALL-2017-OPEN-1',
      18,
      12,
    ]);
    expect([call2019?.call_id, call2019?.apps, call2019?.local]).toEqual([
      'CALL-2019-OPEN-1',
      29,
      7,
    ]);
    const { rows: growth } = await engine.query<{ y: number; n: number }>(
      sql`SELECT y, (SELECT count(*) FROM projects p JOIN applications a USING (application_id)
                     WHERE year(a.decided_on) <= y) AS n
          FROM (VALUES (2019), (2020), (2023)) t(y) ORDER BY y`,
    );
    const [by2019, by2020, by2023] = growth.map((g) => g.n);
    expect(by2019).toBeGreaterThanOrEqual(45);
    expect(by2019).toBeLessThanOrEqual(55);
    expect(by2020).toBeGreaterThan(70);
    expect(by2023).toBeGreaterThan(100);
  });
});
