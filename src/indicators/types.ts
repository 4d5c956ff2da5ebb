import type { Audience, TableName } from '../model';
import type { Sql } from '../sql';
import type { FilterKey, ListFilterKey } from './filters';

export interface Text {
  readonly nl: string;
  readonly en: string;
}

export type Question = 'reach' | 'companies' | 'innovation' | 'satisfaction' | 'objectives';

export type Unit = 'share' | 'count' | 'money' | 'ratio' | 'days' | 'trl' | 'nps' | 'number';

/**
 * How the rows an indicator's SQL returns become a value:
 * - share: columns num, den and optionally n (the records behind a sum of money; else n = den);
 *   value = num / den (a census of the portfolio: no interval)
 * - survey_share: num, den, population_n and optionally n (the respondents in a cell of a
 *   distribution; else n = den); Wilson interval, finite population correction
 * - nps: promoters, passives, detractors, population_n; NPS with its interval
 * - mean: mean, sd, n (and median); t-interval
 * - median: median, n (and mean); a census: no interval
 * - count: num (value), optional den for context, optional n (the records behind a sum)
 * - ratio: num, den and optionally n (the records both sums cover); value = num / den
 * - rate: complete, partial, refusal, noncontact, unknown; AAPOR RR1
 */
export type Statistic =
  'share' | 'survey_share' | 'nps' | 'mean' | 'median' | 'count' | 'ratio' | 'rate';

export type BreakdownKey =
  | 'call'
  | 'call_year'
  | 'call_type'
  | 'theme'
  | 'org_type'
  | 'gov_level'
  | 'procedure'
  | 'company_size'
  | 'region'
  | 'region_group'
  | 'audience'
  | 'survey'
  | 'stage'
  | 'milestone'
  | 'year'
  | 'activity_kind'
  | 'pio_supported'
  | 'answer';

export interface Benchmark {
  readonly value: number;
  readonly label: Text;
  readonly source: string;
  /**
   * The categories of one breakdown it describes, when it describes no others and not the
   * headline: the share abroad of EU PCPs is no benchmark for the share of Flanders.
   */
  readonly only?: { readonly breakdown: BreakdownKey; readonly keys: readonly string[] };
}

/** What a definition's SQL is written against: the chosen breakdown as a SQL expression. */
export interface QueryContext {
  /** The requested breakdown, or null for the total. */
  readonly breakdown: BreakdownKey | null;
  /** Its SQL expression cast to VARCHAR, or a VARCHAR NULL for the total. */
  readonly group: Sql;
}

export interface IndicatorDef {
  readonly id: string;
  readonly question: Question;
  readonly title: Text;
  readonly description: Text;
  readonly numerator: Text;
  readonly denominator: Text;
  readonly unit: Unit;
  readonly statistic: Statistic;
  /** Filters the indicator can take; any other active filter is reported as not applied. */
  readonly filters: readonly FilterKey[];
  /** Breakdowns and the SQL expression (over the definition's own relation) that gives each. */
  readonly breakdowns: Partial<Record<BreakdownKey, string>>;
  readonly defaultBreakdown?: BreakdownKey;
  readonly sources: readonly TableName[];
  readonly benchmark?: Benchmark;
  readonly caveats: readonly Text[];
  /** For a count: what is counted, as a reader says it under the number (`paginaweergaven`). */
  readonly countOf?: Text;
  /** What a reader of its trend must know, shown beside the trend (the last years' caveat). */
  readonly trendCaveat?: Text;
  /** Survey-based: its breakdown cells are subject to small-cell suppression. */
  readonly survey?: boolean;
  /** The survey audiences it reads: their response rates are shown beside it. */
  readonly audiences?: readonly Audience[];
  /** Rests on a column that cannot be dated: under a reference date it gives no value. */
  readonly undatable?: Text;
  /** The query; it must return one row per group with a `grp` column and the statistic's columns. */
  readonly sql: (ctx: QueryContext) => Sql;
  /** Extra measures the SQL returns (column names) to pass through to the result. */
  readonly extras?: readonly string[];
  /** The records behind the figure, for drill-down. */
  readonly records: RecordsDef;
}

export type RecordEntity =
  | 'organisations'
  | 'applications'
  | 'projects'
  | 'tenders'
  | 'companies'
  | 'participations'
  | 'consultations'
  | 'milestones'
  | 'follow_ons'
  | 'activities'
  | 'eu_projects'
  | 'months'
  | 'respondents'
  | 'survey_cases';

/**
 * The records a figure rests on. Their number equals one of the figure's measures, in the
 * total and in every breakdown cell: the records counted (`numerator`), the records that enter
 * a sum, mean, median or score (`n`), or the cases a rate is computed over (`denominator`).
 */
export interface RecordsDef {
  readonly entity: RecordEntity;
  readonly equals: 'numerator' | 'n' | 'denominator';
  /**
   * One row per record over the base CTEs: a `grp` column first (`ctx.group` over the
   * record, exactly as the figure's SQL groups it), then the columns to show. Survey records
   * show no organisation, project or company attributes beyond the breakdown itself.
   */
  readonly sql: (ctx: QueryContext) => Sql;
}

export interface Interval {
  readonly low: number;
  readonly high: number;
}

export interface BreakdownRow {
  readonly key: string | null;
  readonly value: number | null;
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly n: number | null;
  readonly ci: Interval | null;
  readonly suppressed: boolean;
  readonly extras: Readonly<Record<string, number | null>>;
}

export type ResultNote =
  | 'no_data'
  | 'not_datable'
  | 'suppressed'
  /** A survey figure of fewer respondents than the threshold: hidden whole, cells included. */
  | 'suppressed_total'
  | 'missing_tables'
  /** An optional column it rests on was left out of the loaded files (see `absentColumns`). */
  | 'missing_columns'
  /** It could not be computed: `error` says why; the other indicators are not affected. */
  | 'error'
  /**
   * The response rate of a wave it rests on is unknown (`rr1` null in `responseRates`): the
   * wave gives neither its number invited nor a disposition per case.
   */
  | 'response_rate_unknown';

export interface ResponseRate {
  readonly surveyId: string;
  readonly audience: string;
  /** Null when unknown: the wave gives neither its number invited nor a disposition per case. */
  readonly rr1: number | null;
  /** The latest wave of its audience: the one the headline figure comes from. */
  readonly latest: boolean;
}

export interface IndicatorResult {
  readonly id: string;
  readonly value: number | null;
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly n: number | null;
  readonly ci: Interval | null;
  readonly extras: Readonly<Record<string, number | null>>;
  readonly breakdownKey: BreakdownKey | null;
  readonly breakdown: readonly BreakdownRow[];
  /** True when any breakdown cell is hidden by small-cell suppression. */
  readonly suppressed: boolean;
  readonly notes: readonly ResultNote[];
  /** Active filters this indicator cannot take: they did not change its value. */
  readonly filtersNotApplied: readonly FilterKey[];
  readonly responseRates: readonly ResponseRate[];
  /** Optional columns (`table.column`) it rests on that the loaded files left out. */
  readonly absentColumns?: readonly string[];
  /** Why it could not be computed, when it could not. */
  readonly error?: string;
}

export type { ListFilterKey };
