import { useQuery } from '@tanstack/react-query';
import { getEngine } from '../engine/client';
import type { RecordScope } from '../indicators/compile';
import { fetchRecords, type RecordSet } from '../indicators/records';
import type { Filters, IndicatorDef, IndicatorResult } from './indicators';
import type { LoadedDataset } from './dataset';

export { RecordsRefusedError, type RecordSet } from '../indicators/records';
export type { RecordScope } from '../indicators/compile';

/** The records behind a figure on screen; `scope` null keeps the query idle. */
export function useRecords(
  dataset: LoadedDataset,
  def: IndicatorDef,
  filters: Filters,
  result: IndicatorResult | undefined,
  scope: RecordScope | null,
) {
  return useQuery({
    queryKey: ['records', dataset.version, def.id, filters, result?.breakdownKey ?? null, scope],
    queryFn: async (): Promise<RecordSet> => {
      if (!result || !scope) throw new Error('no figure to drill into');
      const engine = await getEngine();
      return fetchRecords(def, filters, result, scope, (q) => engine.query(q));
    },
    enabled: result !== undefined && scope !== null,
    staleTime: Infinity,
    retry: false,
  });
}
