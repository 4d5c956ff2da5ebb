import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeSandbox } from '../engine/node';
import { Sandbox } from '../engine/sandbox';
import type { Engine } from '../engine/types';
import { loadDataset } from '../ingest/dataset';
import { demoSandbox } from '../ingest/testing/demoEngine';
import { TABLE_NAMES, type TableName } from '../model';
import { EXPLORER_EXAMPLES, type ExplorerExample } from './examples';
import { FIXTURE_CSV, fixtureFiles } from './testing/fixture';

let demo: { engine: Engine; sandbox: Sandbox };
let fixture: { engine: Engine; sandbox: Sandbox };

beforeAll(async () => {
  const made = await demoSandbox();
  demo = { engine: made.engine, sandbox: new Sandbox(await made.lock()) };
  const small = await createNodeSandbox();
  const report = await loadDataset(small.engine, fixtureFiles());
  if (!report.ok) throw new Error('the fixture does not load');
  fixture = { engine: small.engine, sandbox: new Sandbox(await small.lock()) };
});
afterAll(async () => {
  await demo.engine.close();
  await fixture.engine.close();
});

/** The fixture's rows of one table, read by PapaParse rather than by the engine. */
function rowsOf(table: TableName): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(FIXTURE_CSV[table], {
    header: true,
    skipEmptyLines: true,
  }).data;
}

function example(id: ExplorerExample['id']): string {
  const found = EXPLORER_EXAMPLES.find((x) => x.id === id);
  if (!found) throw new Error(`no example ${id}`);
  return found.text;
}

const text = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v));

/** Counts of `key` over rows, as sorted [key, count] pairs. */
function tally(
  rows: readonly Record<string, string>[],
  key: (r: Record<string, string>) => string,
) {
  const out = new Map<string, number>();
  for (const r of rows) out.set(key(r), (out.get(key(r)) ?? 0) + 1);
  return [...out.entries()].sort(([a], [b]) => a.localeCompare(b));
}

describe('explorer examples', () => {
  it('cover every evaluation question', () => {
    const questions = new Set(EXPLORER_EXAMPLES.map((x) => x.question));
    expect([...questions].sort()).toEqual(
      ['companies', 'data', 'innovation', 'reach', 'satisfaction'].sort(),
    );
  });

  it.each(EXPLORER_EXAMPLES.map((x) => [x.id, x.text]))(
    '%s runs on the demo data and returns rows',
    async (_, text) => {
      const result = await demo.sandbox.run(text, [], 100);
      expect(result.total).toBeGreaterThan(0);
    },
  );

  it('lists every table with the number of rows its file holds', async () => {
    const result = await fixture.sandbox.run(example('tables'), [], 100);
    const shown = result.rows.map((r) => [text(r.table_name), Number(r.rows)]);
    const expected = TABLE_NAMES.map((t) => [t, rowsOf(t).length]);
    expect(shown.sort()).toEqual(expected.sort());
  });

  it('counts applicants and applications per organisation type as the files do', async () => {
    const types = new Map(rowsOf('organisations').map((o) => [o.org_id, o]));
    const applications = rowsOf('applications');
    const expected = new Map<string, { orgs: Set<string>; n: number }>();
    for (const a of applications) {
      const o = types.get(a.lead_org_id ?? '');
      const key = `${o?.org_type ?? ''}/${o?.gov_level ?? ''}`;
      const entry = expected.get(key) ?? { orgs: new Set<string>(), n: 0 };
      entry.orgs.add(a.lead_org_id ?? '');
      entry.n += 1;
      expected.set(key, entry);
    }
    const result = await fixture.sandbox.run(example('applicantsPerType'), [], 100);
    const shown = result.rows
      .map((r) => [
        `${text(r.org_type)}/${text(r.gov_level)}`,
        Number(r.organisations),
        Number(r.applications),
      ])
      .sort();
    expect(shown).toEqual([...expected.entries()].map(([k, v]) => [k, v.orgs.size, v.n]).sort());
  });

  it('counts respondents per survey wave and disposition as the files do', async () => {
    const result = await fixture.sandbox.run(example('responseRates'), [], 100);
    const shown = result.rows.map((r) => [
      `${text(r.survey_id)} ${text(r.disposition)}`,
      Number(r.respondents),
    ]);
    expect(shown).toEqual(
      tally(rowsOf('respondents'), (r) => `${r.survey_id ?? ''} ${r.disposition ?? ''}`),
    );
  });
});
