import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { getEngine } from '../engine/client';
import { applicableFilters, compile, filtersNotApplied } from '../indicators/compile';
import type { Filters } from '../indicators/filters';
import { indicatorById, INDICATORS } from '../indicators/registry';
import type { BreakdownKey, IndicatorDef, IndicatorResult } from '../indicators/types';
import { createBatcher } from './batcher';
import { datasetQuery, type DataIdentity } from './dataset';
import { keepFigure } from './earlyFigures';

export type { Filters } from '../indicators/filters';
export { NO_FILTERS, PRESETS, LIST_FILTER_KEYS, FILTER_VALUES } from '../indicators/filters';
export type {
  BreakdownKey,
  BreakdownRow,
  IndicatorDef,
  IndicatorResult,
  Question,
} from '../indicators/types';
export { INDICATORS, indicatorById };

const compute = createBatcher(async () => {
  const engine = await getEngine();
  return (q) => engine.query(q);
});

/**
 * `undefined` asks for the indicator's default breakdown. The figures asked for together are
 * computed together (see `createBatcher`); one that is no longer asked for by the time the
 * engine is free is not computed. May be asked before the data is loaded: it waits for it.
 *
 * A figure is cached under the filters it can apply: a change of a filter an indicator cannot
 * take (a theme, for the knowledge platform's visits) finds its figure computed already, and
 * only the list of filters it did not apply, which `select` adds, is new.
 */
export function indicatorQuery(
  data: DataIdentity,
  id: string,
  filters: Filters,
  breakdown?: BreakdownKey | null,
) {
  const def = indicatorById(id);
  const effective = def ? applicableFilters(def, filters) : filters;
  const notApplied = def ? filtersNotApplied(def, filters) : [];
  return queryOptions({
    queryKey: ['indicator', data.version, id, effective, breakdown ?? 'default'] as const,
    queryFn: async ({ client, signal }): Promise<IndicatorResult> => {
      if (!def) throw new Error(`Unknown indicator ${id}`);
      const dataset = await client.query({ ...datasetQuery, staleTime: 'static' });
      if (dataset.version !== data.version) throw new Error('Other data was loaded');
      const missing = {
        missingTables: dataset.report.missing,
        absentColumns: dataset.report.absentColumns,
      };
      return compute({ def, filters: effective, breakdown }, missing, signal);
    },
    select: (r: IndicatorResult): IndicatorResult =>
      sameKeys(r.filtersNotApplied, notApplied) ? r : { ...r, filtersNotApplied: notApplied },
    staleTime: Infinity,
    placeholderData: keepPreviousData,
  });
}

const sameKeys = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((k, i) => k === b[i]);

/**
 * `early`, when given, is shown (as placeholder data) until the engine has computed it. A figure
 * the engine computed is kept for the next visit under the filters it was asked for.
 */
export function useIndicator(
  data: DataIdentity,
  id: string,
  filters: Filters,
  breakdown?: BreakdownKey | null,
  early?: IndicatorResult,
) {
  const q = useQuery({
    ...indicatorQuery(data, id, filters, breakdown),
    placeholderData: (previous: IndicatorResult | undefined) => early ?? previous,
  });
  const computed = q.isPlaceholderData ? undefined : q.data;
  useEffect(() => {
    if (computed) keepFigure(data.version, filters, computed);
  }, [computed, data.version, filters]);
  return q;
}

/** The SQL an indicator runs under the filters, with its parameters, for the catalogue. */
export function indicatorSql(
  def: IndicatorDef,
  filters: Filters,
  breakdown: BreakdownKey | null,
): { text: string; params: readonly unknown[] } {
  const q = compile(def, filters, breakdown);
  return { text: q.text, params: q.params };
}
