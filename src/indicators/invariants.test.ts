import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../engine/types';
import { demoEngine } from '../ingest/testing/demoEngine';
import { applicableFilters, compile } from './compile';
import { NO_FILTERS, PRESETS, type Filters } from './filters';
import { INDICATORS } from './registry';
import { computeIndicator, newRunContext, type RunContext } from './run';
import { DEFAULT_SUPPRESSION_THRESHOLD, revealable, type SuppressedCell } from './stats';
import type { BreakdownRow, IndicatorDef, IndicatorResult } from './types';

// Properties every result must have on the demo data in datasets/, whatever the numbers are.

let engine: Engine;

beforeAll(async () => {
  ({ engine } = await demoEngine());
});
afterAll(async () => {
  await engine.close();
});

const FILTER_SETS: readonly (readonly [string, Partial<Filters>])[] = [
  ['no filters', {}],
  ['care-sector buyers in open calls', { orgTypes: ['hospital', 'care'], callTypes: ['open'] }],
  [
    'Brussels and Walloon companies in 2019-2021 calls, company and stakeholder surveys',
    {
      callYears: [2019, 2020, 2021],
      regions: ['brussels', 'wallonia'],
      audiences: ['company', 'stakeholder'],
    },
  ],
];

/** Statistics whose value is a share of a count (or an amount) of the same thing. */
const SHARES = new Set(['share', 'survey_share', 'rate']);

/** What one run of the checks met, so that a test can tell its checks were not vacuous. */
interface Tally {
  results: number;
  cells: number;
  suppressed: number;
  visibleBesideSuppressed: number;
  surveyBreakdowns: number;
}

type Figures = Pick<BreakdownRow, 'value' | 'numerator' | 'denominator' | 'n' | 'ci'>;

function checkFigures(def: IndicatorDef, f: Figures, where: string): void {
  if (SHARES.has(def.statistic) && f.value !== null) {
    expect(f.value, where).toBeGreaterThanOrEqual(0);
    expect(f.value, where).toBeLessThanOrEqual(1);
    expect(f.numerator, where).not.toBeNull();
    expect(f.denominator, where).not.toBeNull();
    expect(f.numerator ?? 0, where).toBeGreaterThanOrEqual(0);
    expect(f.numerator ?? 0, where).toBeLessThanOrEqual(f.denominator ?? 0);
    expect(f.value, where).toBeCloseTo((f.numerator ?? 0) / (f.denominator ?? 1), 12);
  }
  if (def.statistic === 'nps' && f.value !== null) {
    expect(f.value, where).toBeGreaterThanOrEqual(-100);
    expect(f.value, where).toBeLessThanOrEqual(100);
    expect(Math.abs(f.numerator ?? 0), where).toBeLessThanOrEqual(f.denominator ?? 0);
  }
  // OD4: projects with a supported participant among the projects with a participant.
  if (def.statistic === 'count' && f.value !== null && f.denominator !== null) {
    expect(f.numerator ?? 0, where).toBeLessThanOrEqual(f.denominator);
  }
  if (f.ci !== null) {
    expect(f.value, where).not.toBeNull();
    expect(f.ci.low, where).toBeLessThanOrEqual(f.value ?? Number.NaN);
    expect(f.ci.high, where).toBeGreaterThanOrEqual(f.value ?? Number.NaN);
  }
}

/** The true n of each cell of a survey breakdown, read from the indicator's own query. */
async function cellSizes(
  def: IndicatorDef,
  filters: Filters,
  r: IndicatorResult,
): Promise<Map<string | null, number>> {
  const { rows } = await engine.query(compile(def, filters, r.breakdownKey));
  const size = (row: Record<string, unknown>): number =>
    def.statistic === 'nps'
      ? Number(row.promoters) + Number(row.passives) + Number(row.detractors)
      : Number(row.den);
  return new Map(rows.map((row) => [typeof row.grp === 'string' ? row.grp : null, size(row)]));
}

async function checkSuppression(
  def: IndicatorDef,
  filters: Filters,
  r: IndicatorResult,
  ctx: RunContext,
  where: string,
  tally: Tally,
): Promise<void> {
  tally.surveyBreakdowns += 1;
  // Visible cells carry their n; the hidden ones' n comes from the indicator's own query.
  const sizes = r.breakdown.some((b) => b.suppressed)
    ? await cellSizes(def, filters, r)
    : new Map(r.breakdown.map((b) => [b.key, b.n ?? Number.NaN]));
  const cells: SuppressedCell[] = r.breakdown.map((b) => ({
    key: b.key ?? '',
    n: sizes.get(b.key) ?? Number.NaN,
    suppressed: b.suppressed,
    reason: null,
  }));
  for (const c of cells) {
    // A visible cell is never a small one; every cell, hidden or not, has a size.
    if (!c.suppressed) expect(c.n === 0 || c.n >= DEFAULT_SUPPRESSION_THRESHOLD, where).toBe(true);
    else expect(c.n, where).toBeGreaterThanOrEqual(0);
  }
  // By wave the headline is no total of the cells: it covers the latest waves only (below).
  if (r.breakdownKey !== 'survey') expect(revealable(cells, r.n), where).toBe(false);
  if (cells.some((c) => c.suppressed) && cells.some((c) => !c.suppressed)) {
    tally.visibleBesideSuppressed += 1;
  }
  if (r.breakdownKey === 'survey') {
    // By wave the headline covers the latest waves only: those must be safe against it alone.
    const rates = await ctx.rates.get(JSON.stringify(applicableFilters(def, filters)));
    const latest = new Set((rates ?? []).filter((x) => x.latest).map((x) => x.surveyId));
    expect(
      revealable(
        cells.filter((c) => latest.has(c.key)),
        r.n,
      ),
      where,
    ).toBe(false);
  }
}

/** Every indicator with its default breakdown under `filters`, each result checked. */
async function checkEvery(filters: Filters): Promise<Tally> {
  const tally: Tally = {
    results: 0,
    cells: 0,
    suppressed: 0,
    visibleBesideSuppressed: 0,
    surveyBreakdowns: 0,
  };
  const ctx = newRunContext((q) => engine.query(q));
  for (const def of INDICATORS) {
    const r = await computeIndicator(def, filters, ctx);
    const where = `${def.id} ${JSON.stringify(filters)}`;
    tally.results += 1;
    expect(r.breakdownKey, where).toBe(def.defaultBreakdown ?? null);
    checkFigures(def, r, where);
    for (const b of r.breakdown) {
      tally.cells += 1;
      const at = `${where} [${String(b.key)}]`;
      if (b.suppressed) {
        tally.suppressed += 1;
        expect({ ...b, key: null, extras: {} }, at).toEqual({
          key: null,
          value: null,
          numerator: null,
          denominator: null,
          n: null,
          ci: null,
          suppressed: true,
          extras: {},
        });
        expect(
          Object.values(b.extras).every((v) => v === null),
          at,
        ).toBe(true);
      } else {
        checkFigures(def, b, at);
      }
    }
    if (def.survey && r.breakdown.length > 0) {
      await checkSuppression(def, filters, r, ctx, where, tally);
    }
  }
  return tally;
}

describe.each(Object.entries(PRESETS))('preset %s', (_preset, asOf) => {
  it.each(FILTER_SETS)('%s: every indicator with its default breakdown', async (_name, set) => {
    const tally = await checkEvery({ ...NO_FILTERS, ...set, asOf });
    expect(tally.results).toBe(INDICATORS.length);
    expect(tally.cells).toBeGreaterThan(0);
    expect(tally.surveyBreakdowns).toBeGreaterThan(0);
  });
});

it('meets survey breakdowns with suppressed cells beside visible ones, so those checks ran', async () => {
  const narrow = FILTER_SETS[2]?.[1] ?? {};
  const tally = await checkEvery({ ...NO_FILTERS, ...narrow });
  expect(tally.suppressed).toBeGreaterThan(0);
  expect(tally.visibleBesideSuppressed).toBeGreaterThan(0);
});
