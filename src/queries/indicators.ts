import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { getEngine } from '../engine/browser';
import { compile } from '../indicators/compile';
import type { Filters } from '../indicators/filters';
import { indicatorById, INDICATORS } from '../indicators/registry';
import { computeIndicator, newRunContext } from '../indicators/run';
import type { BreakdownKey, IndicatorDef, IndicatorResult } from '../indicators/types';
import type { LoadedDataset } from './dataset';

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

/** `undefined` asks for the indicator's default breakdown. */
export function indicatorQuery(
  dataset: LoadedDataset,
  id: string,
  filters: Filters,
  breakdown?: BreakdownKey | null,
) {
  return queryOptions({
    queryKey: ['indicator', dataset.version, id, filters, breakdown ?? 'default'] as const,
    queryFn: async (): Promise<IndicatorResult> => {
      const def = indicatorById(id);
      if (!def) throw new Error(`Unknown indicator ${id}`);
      const engine = await getEngine();
      return computeIndicator(
        def,
        filters,
        newRunContext((q) => engine.query(q)),
        {
          breakdown,
          missingTables: dataset.report.missing,
        },
      );
    },
    staleTime: Infinity,
    placeholderData: keepPreviousData,
  });
}

export function useIndicator(
  dataset: LoadedDataset,
  id: string,
  filters: Filters,
  breakdown?: BreakdownKey | null,
) {
  return useQuery(indicatorQuery(dataset, id, filters, breakdown));
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
