import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../engine/types';
import { demoEngine } from '../ingest/testing/demoEngine';
import { raw, sql } from '../sql';
import { withBase } from './base';
import { applicableFilters } from './compile';
import { NO_FILTERS, PRESETS, type Filters } from './filters';
import { fetchRecords, RecordsRefusedError } from './records';
import { INDICATORS } from './registry';
import { computeIndicator, newRunContext } from './run';
import type { BreakdownKey, IndicatorDef } from './types';

// The drill-down promise on the demo data: the records behind a figure, or behind one cell
// of its breakdown, are as many as the measure the figure names (numerator, n or cases).

let engine: Engine;

beforeAll(async () => {
  ({ engine } = await demoEngine());
});
afterAll(async () => {
  await engine.close();
});

/** Records per breakdown cell, counted straight from the definition's records SQL. */
async function recordCounts(
  def: IndicatorDef,
  filters: Filters,
  breakdown: BreakdownKey | null,
): Promise<Map<string | null, number>> {
  const expr = breakdown === null ? null : def.breakdowns[breakdown];
  const group = raw(expr == null ? 'CAST(NULL AS VARCHAR)' : `CAST((${expr}) AS VARCHAR)`);
  const { rows } = await engine.query(
    withBase(
      applicableFilters(def, filters),
      sql`SELECT grp, count(*) AS n FROM (${def.records.sql({ breakdown, group })}) GROUP BY grp`,
    ),
  );
  return new Map(rows.map((r) => [typeof r.grp === 'string' ? r.grp : null, Number(r.n)]));
}

const CASES: readonly (readonly [string, Filters, 'all' | 'default'])[] = [
  ['latest, no filters, every breakdown', { ...NO_FILTERS, asOf: PRESETS.latest }, 'all'],
  [
    'evaluation 2022, care buyers in open calls',
    {
      ...NO_FILTERS,
      asOf: PRESETS.evaluation2022,
      orgTypes: ['hospital', 'care'],
      callTypes: ['open'],
    },
    'default',
  ],
  [
    'evaluation 2022, Brussels and Walloon companies',
    { ...NO_FILTERS, asOf: PRESETS.evaluation2022, regions: ['brussels', 'wallonia'] },
    'default',
  ],
];

describe.each(INDICATORS)('$id', (def) => {
  it.each(CASES)('records number the figure and every cell: %s', async (_name, filters, which) => {
    const ctx = newRunContext((q) => engine.query(q));
    const breakdowns: (BreakdownKey | null)[] =
      which === 'all'
        ? [null, ...(Object.keys(def.breakdowns) as BreakdownKey[])]
        : [null, def.defaultBreakdown ?? null];
    for (const breakdown of breakdowns) {
      const r = await computeIndicator(def, filters, ctx, { breakdown });
      if (r.notes.includes('not_datable')) continue;
      const counts = await recordCounts(def, filters, breakdown);
      const where = `${def.id} by ${String(breakdown)}`;
      // A figure left empty (null) is right only where there is no record to count.
      if (breakdown === null) {
        const total = [...counts.values()].reduce((a, b) => a + b, 0);
        expect(r[def.records.equals] ?? (total === 0 ? 0 : null), where).toBe(total);
        continue;
      }
      for (const cell of r.breakdown) {
        if (cell.suppressed) continue;
        const n = counts.get(cell.key) ?? 0;
        expect(
          cell[def.records.equals] ?? (n === 0 ? 0 : null),
          `${where} [${String(cell.key)}]`,
        ).toBe(n);
      }
    }
  });
});

describe('fetching records', () => {
  const filters: Filters = { ...NO_FILTERS, asOf: PRESETS.latest };

  it('returns the rows of one cell, with the count the figure states', async () => {
    const def = INDICATORS.find((d) => d.id === 'A1');
    if (!def) throw new Error('A1 missing');
    const r = await computeIndicator(
      def,
      filters,
      newRunContext((q) => engine.query(q)),
      {
        breakdown: 'org_type',
      },
    );
    const cell = r.breakdown.find((b) => b.key === 'municipality');
    const set = await fetchRecords(def, filters, r, { cell: true, key: 'municipality' }, (q) =>
      engine.query(q),
    );
    expect(set.expected).toBe(cell?.numerator);
    expect(set.rows).toHaveLength(cell?.numerator ?? -1);
    expect(set.rows.every((row) => row.org_type === 'municipality')).toBe(true);
    expect(set.columns).not.toContain('grp');
  });

  it('refuses the respondents of a suppressed cell', async () => {
    const ctx = newRunContext((q) => engine.query(q));
    let refused = 0;
    for (const def of INDICATORS.filter((d) => d.survey)) {
      for (const breakdown of Object.keys(def.breakdowns) as BreakdownKey[]) {
        const r = await computeIndicator(def, filters, ctx, { breakdown });
        for (const cell of r.breakdown.filter((b) => b.suppressed)) {
          await expect(
            fetchRecords(def, filters, r, { cell: true, key: cell.key }, (q) => engine.query(q)),
          ).rejects.toEqual(new RecordsRefusedError('suppressed'));
          refused += 1;
        }
      }
    }
    expect(refused).toBeGreaterThan(0);
  });
});
