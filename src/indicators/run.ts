import { sql, type Sql } from '../sql';
import { INLINE_ANSWERS_FROM, type BaseShape } from './base';
import { optionalColumnsRead } from './columns';
import {
  applicableFilters,
  BreakdownNotAllowedError,
  compile,
  compileBatch,
  compileResponseRates,
  filtersNotApplied,
  RATES_SEQ,
  type BatchPart,
} from './compile';
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
  /** Optional columns (`table.column`) the loaded files left out: loaded empty. */
  readonly absentColumns?: readonly string[];
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
  // A total that covers only some cells (the latest waves) cannot recompute the others: the
  // cells it covers are checked against it below, the rest only against the threshold.
  const cells = suppressCells(
    rows.map((r, i) => ({ key: String(i), n: r.n ?? 0 })),
    { threshold, total: coveredByTotal === null ? total : null },
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
  /** How this run's statements plan the base relations, asked of the data once. */
  readonly shape: () => Promise<BaseShape>;
}

export function newRunContext(query: QueryFn): RunContext {
  let shape: Promise<BaseShape> | null = null;
  return {
    query,
    rates: new Map(),
    shape: () =>
      (shape ??= query(sql`SELECT count(*) >= ${INLINE_ANSWERS_FROM} AS big FROM answers`).then(
        ({ rows }) => ({ inlineAnswers: rows[0]?.big === true }),
        () => ({}),
      )),
  };
}

function parseRates(rows: readonly Record<string, unknown>[]): ResponseRate[] {
  return rows.map((r) => ({
    surveyId: String(r.survey_id),
    audience: String(r.audience),
    latest: r.latest === true,
    rr1: r.rr_known === true ? aaporRR1(dispositions(r)) : null,
  }));
}

function responseRates(ctx: RunContext, filters: Filters): Promise<readonly ResponseRate[]> {
  const key = JSON.stringify(filters);
  let rates = ctx.rates.get(key);
  if (!rates) {
    rates = ctx
      .shape()
      .then((shape) => ctx.query(compileResponseRates(filters, shape)))
      .then(({ rows }) => parseRates(rows));
    ctx.rates.set(key, rates);
  }
  return rates;
}

const resolveBreakdown = (def: IndicatorDef, options: RunOptions): BreakdownKey | null =>
  options.breakdown === undefined ? (def.defaultBreakdown ?? null) : options.breakdown;

/** The absent columns the figure rests on, which its result names. */
function absentRead(def: IndicatorDef, options: RunOptions): string[] {
  const read = optionalColumnsRead(def);
  return (options.absentColumns ?? []).filter((c) => read.has(c));
}

function missingNotes(def: IndicatorDef, options: RunOptions): ResultNote[] {
  return [
    ...(def.sources.some((s) => options.missingTables?.includes(s))
      ? (['missing_tables'] as const)
      : []),
    ...(absentRead(def, options).length > 0 ? (['missing_columns'] as const) : []),
  ];
}

/** What a figure's result carries beside its measures: the absent columns it rests on. */
function missingColumns(
  def: IndicatorDef,
  options: RunOptions,
): Pick<IndicatorResult, 'absentColumns'> {
  const absent = absentRead(def, options);
  return absent.length > 0 ? { absentColumns: absent } : {};
}

/**
 * A figure whose computation failed: its error in its own record, so that one failing
 * indicator never takes the others down.
 */
function failed(
  def: IndicatorDef,
  filters: Filters,
  breakdown: BreakdownKey | null,
  options: RunOptions,
  error: unknown,
): IndicatorResult {
  return {
    id: def.id,
    breakdownKey: breakdown,
    filtersNotApplied: filtersNotApplied(def, filters),
    ...measures(def, undefined),
    breakdown: [],
    suppressed: false,
    notes: ['error', ...missingNotes(def, options)],
    responseRates: [],
    ...missingColumns(def, options),
    error: error instanceof Error ? error.message : String(error),
  };
}

/** B16 and the like: a figure that carries no date says so under a reference date. */
function undatable(
  def: IndicatorDef,
  filters: Filters,
  breakdown: BreakdownKey | null,
  options: RunOptions,
): IndicatorResult | null {
  if (!def.undatable || applicableFilters(def, filters).asOf === null) return null;
  return {
    id: def.id,
    breakdownKey: breakdown,
    filtersNotApplied: filtersNotApplied(def, filters),
    ...measures(def, undefined),
    breakdown: [],
    suppressed: false,
    notes: ['not_datable', ...missingNotes(def, options)],
    responseRates: [],
    ...missingColumns(def, options),
  };
}

/**
 * Survey figures carry the response rate of each wave they rest on, and so does the response
 * rate itself: its pooled value leaves out the waves whose rate is unknown, which are named.
 */
function wantsRates(def: IndicatorDef): boolean {
  return def.audiences !== undefined && (def.survey === true || def.statistic === 'rate');
}

/** The result from the rows of the headline and breakdown statements, however they were run. */
async function assemble(
  def: IndicatorDef,
  filters: Filters,
  breakdown: BreakdownKey | null,
  total: Record<string, unknown> | undefined,
  rows: readonly Record<string, unknown>[],
  ctx: RunContext,
  options: RunOptions,
): Promise<IndicatorResult> {
  const effective = applicableFilters(def, filters);
  const notes = missingNotes(def, options);
  const threshold = options.threshold ?? DEFAULT_SUPPRESSION_THRESHOLD;
  let headline = measures(def, total);
  let breakdownRows: BreakdownRow[] = rows.map((r) => ({
    key: typeof r.grp === 'string' ? r.grp : null,
    ...measures(def, r),
    suppressed: false,
  }));
  // A survey figure (not a response rate) of fewer respondents than the threshold, as a filter
  // can make it, would show those few people's answers: hidden whole, with all its cells.
  const hideTotal =
    def.survey === true &&
    def.statistic !== 'rate' &&
    headline.n !== null &&
    headline.n > 0 &&
    headline.n < threshold;
  if (hideTotal) {
    headline = measures(def, undefined);
    breakdownRows = breakdownRows.map((r) => ({
      ...measures(def, undefined),
      key: r.key,
      suppressed: true,
    }));
    notes.push('suppressed_total');
  }
  const rates = wantsRates(def) ? await responseRates(ctx, effective) : [];
  if (def.survey && breakdown !== null && !hideTotal) {
    breakdownRows = suppress(
      breakdownRows,
      headline.n,
      threshold,
      breakdown === 'survey' ? new Set(rates.filter((r) => r.latest).map((r) => r.surveyId)) : null,
    );
  }
  const suppressed = hideTotal || breakdownRows.some((r) => r.suppressed);
  if (suppressed && !hideTotal) notes.push('suppressed');
  if (headline.value === null && !hideTotal) notes.push('no_data');

  let responseRatesOut: ResponseRate[] = [];
  if (wantsRates(def) && def.audiences) {
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
    if (responseRatesOut.some((r) => r.rr1 === null)) notes.push('response_rate_unknown');
  }

  return {
    id: def.id,
    breakdownKey: breakdown,
    filtersNotApplied: filtersNotApplied(def, filters),
    ...headline,
    breakdown: breakdownRows,
    suppressed,
    notes,
    responseRates: responseRatesOut,
    ...missingColumns(def, options),
  };
}

export async function computeIndicator(
  def: IndicatorDef,
  filters: Filters,
  ctx: RunContext,
  options: RunOptions = {},
): Promise<IndicatorResult> {
  const breakdown = resolveBreakdown(def, options);
  const none = undatable(def, filters, breakdown, options);
  if (none) return none;
  try {
    const shape = await ctx.shape();
    const [total, rows] = await Promise.all([
      ctx.query(compile(def, filters, null, shape)),
      breakdown === null
        ? Promise.resolve({ rows: [] })
        : ctx.query(compile(def, filters, breakdown, shape)),
    ]);
    return await assemble(def, filters, breakdown, total.rows[0], rows.rows, ctx, options);
  } catch (e) {
    if (e instanceof BreakdownNotAllowedError) throw e;
    return failed(def, filters, breakdown, options, e);
  }
}

/** One figure a screen shows: an indicator under filters, with a breakdown or its default. */
export interface FigureRequest {
  readonly def: IndicatorDef;
  readonly filters: Filters;
  readonly breakdown?: BreakdownKey | null;
}

/**
 * The same results as `computeIndicator` for each request, in as few statements as the
 * requests' effective filters allow (one per distinct set, response rates included). When a
 * batch fails, its figures are computed one by one, so an error stays with its figure.
 */
export function computeBatch(
  requests: readonly FigureRequest[],
  ctx: RunContext,
  options: Omit<RunOptions, 'breakdown'> = {},
): Promise<IndicatorResult>[] {
  const out: Promise<IndicatorResult>[] = [];
  const groups = new Map<string, { filters: Filters; members: number[] }>();
  requests.forEach((r, i) => {
    const breakdown = resolveBreakdown(r.def, { breakdown: r.breakdown });
    const none = undatable(r.def, r.filters, breakdown, options);
    if (none) {
      out[i] = Promise.resolve(none);
      return;
    }
    const effective = applicableFilters(r.def, r.filters);
    const key = JSON.stringify(effective);
    const group = groups.get(key) ?? { filters: effective, members: [] };
    group.members.push(i);
    groups.set(key, group);
  });
  for (const { filters, members } of groups.values()) {
    const results = runGroup(
      members.map((i) => requests[i] as FigureRequest),
      filters,
      ctx,
      options,
    );
    members.forEach((i, k) => {
      out[i] = results[k] as Promise<IndicatorResult>;
    });
  }
  return out;
}

function runGroup(
  requests: readonly FigureRequest[],
  effective: Filters,
  ctx: RunContext,
  options: Omit<RunOptions, 'breakdown'>,
): Promise<IndicatorResult>[] {
  const parts: BatchPart[] = [];
  const planned = requests.map((r) => {
    const breakdown = resolveBreakdown(r.def, { breakdown: r.breakdown });
    if (breakdown !== null && r.def.breakdowns[breakdown] === undefined) return null;
    parts.push({ def: r.def, breakdown: null });
    if (breakdown !== null) parts.push({ def: r.def, breakdown });
    return { total: parts.length - (breakdown === null ? 1 : 2), breakdown };
  });
  const withRates = requests.some((r) => wantsRates(r.def));
  const rows =
    parts.length === 0
      ? null
      : ctx.shape().then((shape) => ctx.query(compileBatch(parts, effective, withRates, shape)));
  const bySeq = rows?.then((result) => {
    const seqs = new Map<number, Record<string, unknown>[]>();
    for (const row of result.rows) {
      const seq = Number(row._seq);
      const list = seqs.get(seq) ?? [];
      list.push(row);
      seqs.set(seq, list);
    }
    const key = JSON.stringify(effective);
    if (withRates && !ctx.rates.has(key)) {
      ctx.rates.set(key, Promise.resolve(parseRates(seqs.get(RATES_SEQ) ?? [])));
    }
    return seqs;
  });
  return requests.map(async (r, k) => {
    const plan = planned[k];
    // A breakdown the indicator does not allow fails alone, with the error `compile` gives.
    if (!plan || !bySeq)
      return computeIndicator(r.def, r.filters, ctx, { ...options, breakdown: r.breakdown });
    let seqs: Map<number, Record<string, unknown>[]>;
    try {
      seqs = await bySeq;
    } catch {
      return computeIndicator(r.def, r.filters, ctx, { ...options, breakdown: r.breakdown });
    }
    const total = seqs.get(plan.total)?.[0];
    const breakdownRows = plan.breakdown === null ? [] : (seqs.get(plan.total + 1) ?? []);
    try {
      return await assemble(r.def, r.filters, plan.breakdown, total, breakdownRows, ctx, options);
    } catch (e) {
      return failed(r.def, r.filters, plan.breakdown, options, e);
    }
  });
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
