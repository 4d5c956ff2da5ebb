import { raw, sql, type Sql } from '../sql';
import { baseCtes, DISPOSITION_COUNTS } from './base';
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

/** The indicator's SQL under the filters and breakdown: one statement, values as parameters. */
export function compile(def: IndicatorDef, filters: Filters, breakdown: BreakdownKey | null): Sql {
  let group: Sql = raw('CAST(NULL AS VARCHAR)');
  if (breakdown !== null) {
    const expr = def.breakdowns[breakdown];
    if (expr === undefined) {
      throw new BreakdownNotAllowedError(`${def.id} cannot be broken down by ${breakdown}`);
    }
    group = raw(`CAST((${expr}) AS VARCHAR)`);
  }
  return sql`WITH ${baseCtes(applicableFilters(def, filters))}
SELECT * FROM (${def.sql({ breakdown, group })}) AS q ORDER BY grp NULLS FIRST`;
}

/** Dispositions of every survey wave in scope, for the response rate beside survey figures. */
export function compileResponseRates(filters: Filters): Sql {
  return sql`WITH ${baseCtes(filters)}
SELECT r.survey_id, any_value(r.audience) AS audience,
  r.survey_id IN (SELECT survey_id FROM latest_waves) AS latest, ${DISPOSITION_COUNTS}
FROM resp r GROUP BY r.survey_id ORDER BY r.survey_id`;
}
