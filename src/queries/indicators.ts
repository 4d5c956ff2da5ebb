import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { getEngine } from '../engine/client';
import { compile } from '../indicators/compile';
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
 */
export function indicatorQuery(
  data: DataIdentity,
  id: string,
  filters: Filters,
  breakdown?: BreakdownKey | null,
) {
  return queryOptions({
    queryKey: ['indicator', data.version, id, filters, breakdown ?? 'default'] as const,
    queryFn: async ({ client, signal }): Promise<IndicatorResult> => {
      const def = indicatorById(id);
      if (!def) throw new Error(`Unknown indicator ${id}`);
      const dataset = await client.query({ ...datasetQuery, staleTime: 'static' });
      if (dataset.version !== data.version) throw new Error('Other data was loaded');
      const missing = {
        missingTables: dataset.report.missing,
        absentColumns: dataset.report.absentColumns,
      };
      const result = await compute({ def, filters, breakdown }, missing, signal);
      if (client.getQueryData(datasetQuery.queryKey)?.version === data.version) {
        keepFigure(data.version, filters, result);
      }
      return result;
    },
    staleTime: Infinity,
    placeholderData: keepPreviousData,
  });
}

/** `early`, when given, is shown (as placeholder data) until the engine has computed it. */
export function useIndicator(
  data: DataIdentity,
  id: string,
  filters: Filters,
  breakdown?: BreakdownKey | null,
  early?: IndicatorResult,
) {
  return useQuery({
    ...indicatorQuery(data, id, filters, breakdown),
    placeholderData: (previous: IndicatorResult | undefined) => early ?? previous,
  });
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
