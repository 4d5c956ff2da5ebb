import type { Sql } from '../sql';
import { applicableFilters, compile, compileResponseRates, filtersNotApplied } from './compile';
import type { Filters } from './filters';
import { INDICATORS } from './registry';
import {
  aaporRR1,
  DEFAULT_SUPPRESSION_THRESHOLD,
  type DispositionCounts,
  meanIntervalFromSummary,
  npsInterval,
  revealable,
  suppressCells,
  wilson,
} from './stats';
import type {
  BreakdownKey,
  BreakdownRow,
  IndicatorDef,
  IndicatorResult,
  Interval,
  ResponseRate,
  ResultNote,
} from './types';

/** How the indicator layer reaches DuckDB without holding it: the caller's `query`. */
export type QueryFn = (q: Sql) => Promise<{ rows: readonly Record<string, unknown>[] }>;

export interface RunOptions {
  /** A breakdown key, `null` for none, or (when left out) the indicator's default breakdown. */
  readonly breakdown?: BreakdownKey | null;
  /** Small-cell threshold for survey breakdowns; 5 by default, never below 3. */
  readonly threshold?: number;
  /** Tables that were not loaded: indicators reading them say "no data". */
  readonly missingTables?: readonly string[];
}

type Measures = Omit<BreakdownRow, 'key' | 'suppressed'>;

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const int = (v: unknown): number => num(v) ?? 0;

const interval = (low: number | null, high: number | null): Interval | null =>
  low === null || high === null ? null : { low, high };

/** The columns that base.ts's DISPOSITION_COUNTS gives. */
function dispositions(row: Record<string, unknown>): DispositionCounts {
  return {
    complete: int(row.complete),
    partial: int(row.partial),
    refusal: int(row.refusal),
    noncontact: int(row.noncontact),
    unknown: int(row.unknown),
    ineligible: int(row.ineligible),
  };
}

function measures(def: IndicatorDef, row: Record<string, unknown> | undefined): Measures {
  const extras: Record<string, number | null> = {};
  for (const name of def.extras ?? []) extras[name] = num(row?.[name]);
  const empty = { value: null, numerator: null, denominator: null, n: null, ci: null, extras };
  if (!row) return empty;
  switch (def.statistic) {
    case 'share':
    case 'ratio': {
      const n = num(row.num);
      const d = num(row.den);
      const value = n !== null && d !== null && d > 0 ? n / d : null;
      return {
        value,
        numerator: n,
        denominator: d,
        n: def.statistic === 'share' ? (num(row.n) ?? d) : num(row.n),
        ci: null,
        extras,
      };
    }
    case 'survey_share': {
      const n = int(row.num);
      const d = int(row.den);
      const w = wilson(n, d, { populationN: num(row.population_n) });
      return {
        value: w.p,
        numerator: n,
        denominator: d,
        n: num(row.n) ?? d,
        ci: interval(w.low, w.high),
        extras,
      };
    }
    case 'nps': {
      const r = npsInterval(
        {
          promoters: int(row.promoters),
          passives: int(row.passives),
          detractors: int(row.detractors),
        },
        { populationN: num(row.population_n) },
      );
      return {
        value: r.nps,
        numerator: r.n > 0 ? r.promoters - r.detractors : null,
        denominator: r.n,
        n: r.n,
        ci: interval(r.low, r.high),
        extras: {
          ...extras,
          promoters: r.promoters,
          passives: r.passives,
          detractors: r.detractors,
        },
      };
    }
    case 'mean': {
      const n = int(row.n);
      const m = meanIntervalFromSummary(num(row.mean), num(row.sd), n);
      return {
        value: m.mean,
        numerator: m.mean === null ? null : m.mean * n,
        denominator: n,
        n,
        ci: def.survey ? interval(m.low, m.high) : null,
        extras,
      };
    }
    case 'median': {
      const n = int(row.n);
      return {
        value: n > 0 ? num(row.median) : null,
        numerator: null,
        denominator: n,
        n,
        ci: null,
        extras,
      };
    }
    case 'count': {
      const n = num(row.num);
      return {
        value: n,
        numerator: n,
        denominator: num(row.den),
        n: num(row.n) ?? n,
        ci: null,
        extras,
      };
    }
    case 'rate': {
      const counts = dispositions(row);
      const base =
        counts.complete + counts.partial + counts.refusal + counts.noncontact + counts.unknown;
      return {
        value: aaporRR1(counts),
        numerator: counts.complete,
        denominator: base,
        n: base,
        ci: null,
        extras: { ...extras, ...counts },
      };
    }
  }
}

function suppress(
  rows: readonly (Measures & { key: string | null })[],
  total: number | null,
  threshold: number,
  coveredByTotal: ReadonlySet<string> | null = null,
): BreakdownRow[] {
  const cells = suppressCells(
    rows.map((r, i) => ({ key: String(i), n: r.n ?? 0 })),
    { threshold, total },
  );
  if (coveredByTotal !== null) {
    // The total covers only some cells (the latest waves, in a breakdown by wave): among those,
    // a hidden cell must not be the total minus the visible ones either.
    const covered = cells.filter((_, i) => coveredByTotal.has(rows[i]?.key ?? ''));
    const weight = (n: number): number => (n > 0 ? n : Number.POSITIVE_INFINITY);
    while (revealable(covered, total, threshold)) {
      const next = covered
        .filter((c) => !c.suppressed)
        .reduce((a, b) => (weight(b.n) < weight(a.n) ? b : a));
      next.suppressed = true;
      next.reason = 'secondary';
    }
  }
  return rows.map((r, i) => {
    if (!cells[i]?.suppressed) return { ...r, suppressed: false };
    const extras = Object.fromEntries(Object.keys(r.extras).map((k) => [k, null]));
    return {
      key: r.key,
      value: null,
      numerator: null,
      denominator: null,
      n: null,
      ci: null,
      suppressed: true,
      extras,
    };
  });
}

export interface RunContext {
  readonly query: QueryFn;
  /** Response rates per filter set, shared by the survey indicators of one run. */
  readonly rates: Map<string, Promise<readonly ResponseRate[]>>;
}

export function newRunContext(query: QueryFn): RunContext {
  return { query, rates: new Map() };
}

function responseRates(ctx: RunContext, filters: Filters): Promise<readonly ResponseRate[]> {
  const key = JSON.stringify(filters);
  let rates = ctx.rates.get(key);
  if (!rates) {
    rates = ctx.query(compileResponseRates(filters)).then(({ rows }) =>
      rows.map((r) => ({
        surveyId: String(r.survey_id),
        audience: String(r.audience),
        latest: r.latest === true,
        rr1: aaporRR1(dispositions(r)),
      })),
    );
    ctx.rates.set(key, rates);
  }
  return rates;
}

export async function computeIndicator(
  def: IndicatorDef,
  filters: Filters,
  ctx: RunContext,
  options: RunOptions = {},
): Promise<IndicatorResult> {
  const breakdown =
    options.breakdown === undefined ? (def.defaultBreakdown ?? null) : options.breakdown;
  const notApplied = filtersNotApplied(def, filters);
  const effective = applicableFilters(def, filters);
  const notes: ResultNote[] = [];
  const base = {
    id: def.id,
    breakdownKey: breakdown,
    filtersNotApplied: notApplied,
  };

  const missing = def.sources.filter((s) => options.missingTables?.includes(s));
  if (missing.length > 0) notes.push('missing_tables');

  if (def.undatable && effective.asOf !== null) {
    return {
      ...base,
      ...measures(def, undefined),
      breakdown: [],
      suppressed: false,
      notes: ['not_datable', ...notes],
      responseRates: [],
    };
  }

  const [total, rows] = await Promise.all([
    ctx.query(compile(def, filters, null)),
    breakdown === null
      ? Promise.resolve({ rows: [] })
      : ctx.query(compile(def, filters, breakdown)),
  ]);
  const threshold = options.threshold ?? DEFAULT_SUPPRESSION_THRESHOLD;
  const headline = measures(def, total.rows[0]);
  let breakdownRows: BreakdownRow[] = rows.rows.map((r) => ({
    key: typeof r.grp === 'string' ? r.grp : null,
    ...measures(def, r),
    suppressed: false,
  }));
  const rates = def.survey && def.audiences ? await responseRates(ctx, effective) : [];
  if (def.survey && breakdown !== null) {
    breakdownRows = suppress(
      breakdownRows,
      headline.n,
      threshold,
      breakdown === 'survey' ? new Set(rates.filter((r) => r.latest).map((r) => r.surveyId)) : null,
    );
  }
  const suppressed = breakdownRows.some((r) => r.suppressed);
  if (suppressed) notes.push('suppressed');
  if (headline.value === null) notes.push('no_data');

  let responseRatesOut: ResponseRate[] = [];
  if (def.survey && def.audiences) {
    const audiences = def.audiences;
    const wanted = rates.filter(
      (r) =>
        audiences.includes(r.audience as (typeof audiences)[number]) &&
        (r.latest || breakdown === 'survey'),
    );
    responseRatesOut = wanted.map(({ surveyId, audience, rr1, latest }) => ({
      surveyId,
      audience,
      rr1,
      latest,
    }));
  }

  return {
    ...base,
    ...headline,
    breakdown: breakdownRows,
    suppressed,
    notes,
    responseRates: responseRatesOut,
  };
}

export async function computeAll(
  filters: Filters,
  query: QueryFn,
  options: Omit<RunOptions, 'breakdown'> & { breakdown?: null } = {},
): Promise<IndicatorResult[]> {
  const ctx = newRunContext(query);
  const results: IndicatorResult[] = [];
  for (const def of INDICATORS) {
    results.push(await computeIndicator(def, filters, ctx, options));
  }
  return results;
}
