import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeEngine } from '../engine/node';
import type { Engine, Row } from '../engine/types';
import { neutralise } from '../lib/csv';
import { tableCsv, type ContextItem } from '../lib/exportTable';
import { tableDef, type TableName } from '../model';
import { sql } from '../sql';
import { loadDataset } from './dataset';
import { readPortfolioFile } from './portfolio/read';
import { readDatasetFolder } from './readFolder';

let engine: Engine;
beforeAll(async () => {
  engine = await createNodeEngine();
  await loadDataset(engine, await readDatasetFolder('datasets'));
});
afterAll(async () => {
  await engine.close();
});

const CONTEXT: readonly ContextItem[] = [
  { label: 'PIO-evaluatiedashboard', value: 'Volledige tabel' },
  { label: 'Peildatum', value: 'niet van toepassing (alle geladen rijen)' },
  { label: 'Filters', value: 'geen' },
  { label: 'Gegevens', value: 'illustratieve demodata (datasets/)' },
  { label: 'Geëxporteerd op', value: '2026-11-26 12:15' },
];

/** A value as the portfolio reader writes it in canonical CSV. */
function canonical(v: Row[string]): string {
  if (v === null) return '';
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (typeof v === 'string') return v;
  return JSON.stringify(v);
}

const TABLES: readonly TableName[] = ['calls', 'organisations', 'projects', 'companies', 'tenders'];

describe('CSV export of a table, read back with the portfolio reader', () => {
  for (const dialect of ['semicolon', 'comma'] as const) {
    it(`gives back the same rows (${dialect} dialect, context lines above the header)`, async () => {
      for (const name of TABLES) {
        const def = tableDef(name);
        // What the Data page's "whole table" export reads.
        const { rows } = await engine.query(sql`SELECT * FROM query_table(${name})`);
        expect(rows.length).toBeGreaterThan(0);
        const columns = def.columns.map((c) => ({ name: c.name, label: c.name }));
        const texts = rows.flatMap((r) => Object.values(r)).filter((v) => typeof v === 'string');
        expect(texts.every((s) => neutralise(s) === s)).toBe(true);

        const csv = tableCsv(columns, rows, CONTEXT, dialect);
        const read = await readPortfolioFile(def, new TextEncoder().encode(csv), `${name}.csv`);
        if (!read.ok) throw new Error(`${name}: ${JSON.stringify(read.issues.slice(0, 3))}`);
        expect(read.rows).toBe(rows.length);
        const back = Papa.parse<Record<string, string>>(read.text, {
          header: true,
          skipEmptyLines: true,
        }).data;
        expect(back).toEqual(
          rows.map((r) =>
            Object.fromEntries(def.columns.map((c) => [c.name, canonical(r[c.name] ?? null)])),
          ),
        );
      }
    });
  }
});
