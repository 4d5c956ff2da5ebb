import { join, raw, sql, type Sql } from '../sql';
import { DISPOSITION_COUNTS, withBase, type BaseShape } from './base';
import { activeFilterKeys, LIST_FILTER_KEYS, type FilterKey, type Filters } from './filters';
import type { BreakdownKey, IndicatorDef } from './types';

/** The filters an indicator can take; the others are emptied (and reported as not applied). */
export function applicableFilters(def: IndicatorDef, filters: Filters): Filters {
  const out: Record<string, unknown> = { ...filters };
  for (const key of LIST_FILTER_KEYS) {
    if (!def.filters.includes(key)) out[key] = [];
  }
  if (!def.filters.includes('asOf')) out.asOf = null;
  return out as unknown as Filters;
}

export function filtersNotApplied(def: IndicatorDef, filters: Filters): FilterKey[] {
  return activeFilterKeys(filters).filter((k) => !def.filters.includes(k));
}

export class BreakdownNotAllowedError extends Error {
  override readonly name = 'BreakdownNotAllowedError';
}

function groupExpr(def: IndicatorDef, breakdown: BreakdownKey | null): Sql {
  if (breakdown === null) return raw('CAST(NULL AS VARCHAR)');
  const expr = def.breakdowns[breakdown];
  if (expr === undefined) {
    throw new BreakdownNotAllowedError(`${def.id} cannot be broken down by ${breakdown}`);
  }
  return raw(`CAST((${expr}) AS VARCHAR)`);
}

/**
 * The figure's value from the columns of its statement, in SQL, as `measures` in run.ts computes
 * it: for a reader of the statement (the SQL explorer), not for the figures themselves.
 */
export function valueSql(def: IndicatorDef): Sql {
  switch (def.statistic) {
    case 'share':
    case 'ratio':
    case 'survey_share':
      return raw('num / nullif(den, 0)');
    case 'count':
      return raw('num');
    case 'mean':
      return raw('mean');
    case 'median':
      return raw('median');
    case 'nps':
      return raw('100.0 * (promoters - detractors) / nullif(promoters + passives + detractors, 0)');
    case 'rate':
      return raw('complete / nullif(complete + partial + refusal + noncontact + unknown, 0)');
  }
}

/** The indicator's SQL under the filters and breakdown: one statement, values as parameters. */
export function compile(
  def: IndicatorDef,
  filters: Filters,
  breakdown: BreakdownKey | null,
  shape: BaseShape = {},
): Sql {
  const group = groupExpr(def, breakdown);
  return withBase(
    applicableFilters(def, filters),
    sql`SELECT * FROM (${def.sql({ breakdown, group })}) AS q ORDER BY grp NULLS FIRST`,
    shape,
  );
}

/** Which records: those of the whole figure, or of one breakdown cell (its key may be null). */
export type RecordScope =
  { readonly cell: false } | { readonly cell: true; readonly key: string | null };

/** The records behind the figure or one of its cells, in a stable order. */
export function compileRecords(
  def: IndicatorDef,
  filters: Filters,
  breakdown: BreakdownKey | null,
  scope: RecordScope,
): Sql {
  const group = groupExpr(def, breakdown);
  const where = scope.cell ? sql`r.grp IS NOT DISTINCT FROM ${scope.key}` : raw('TRUE');
  return withBase(
    applicableFilters(def, filters),
    sql`SELECT * EXCLUDE (grp) FROM (${def.records.sql({ breakdown, group })}) AS r
WHERE ${where} ORDER BY ALL`,
  );
}

const RESPONSE_RATES = sql`SELECT r.survey_id, any_value(r.audience) AS audience,
  r.survey_id IN (SELECT survey_id FROM latest_waves) AS latest, ${DISPOSITION_COUNTS}
FROM resp r JOIN wave_rr w USING (survey_id) GROUP BY r.survey_id`;

/** Dispositions of every survey wave in scope, for the response rate beside survey figures. */
export function compileResponseRates(filters: Filters, shape: BaseShape = {}): Sql {
  return withBase(filters, sql`${RESPONSE_RATES} ORDER BY r.survey_id`, shape);
}

/** One part of a batch: an indicator's headline (breakdown `null`) or one of its breakdowns. */
export interface BatchPart {
  readonly def: IndicatorDef;
  readonly breakdown: BreakdownKey | null;
}

/** The `_seq` of the response-rate rows in a batch. */
export const RATES_SEQ = -1;

/**
 * Several parts that share their effective filters as one statement: planning the filtered
 * building blocks once instead of once per part is most of the saving (each statement costs
 * tens of milliseconds to plan in DuckDB-WASM, whatever the size of the data). Each part's rows
 * come under its index in `_seq`, in the order `compile` gives them; the response rates, when
 * asked for, come under `RATES_SEQ` ordered by wave. Columns a part does not have are NULL.
 */
export function compileBatch(
  parts: readonly BatchPart[],
  filters: Filters,
  withRates: boolean,
  shape: BaseShape = {},
): Sql {
  const selects = parts.map(
    ({ def, breakdown }, i) =>
      sql`SELECT ${i} AS _seq, * FROM (${def.sql({ breakdown, group: groupExpr(def, breakdown) })}) AS q`,
  );
  if (withRates) {
    selects.push(
      sql`SELECT ${RATES_SEQ} AS _seq, survey_id AS grp, * FROM (${RESPONSE_RATES}) AS q`,
    );
  }
  return withBase(
    filters,
    sql`SELECT * FROM (${join(selects, '\nUNION ALL BY NAME\n')}) AS b ORDER BY _seq, grp NULLS FIRST`,
    shape,
  );
}
