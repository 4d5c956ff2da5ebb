import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { getEngine } from '../engine/client';
import {
  computeLikert,
  fetchLikertRecords,
  type LikertResult,
  type LikertRow,
} from '../indicators/distributions';
import type { RecordSet } from '../indicators/records';
import type { LoadedDataset } from './dataset';
import type { Filters } from './indicators';

export { LIKERT_POINTS, type LikertRow } from '../indicators/distributions';

export function useLikert(dataset: LoadedDataset, filters: Filters) {
  return useQuery({
    queryKey: ['likert', dataset.version, filters],
    queryFn: async (): Promise<LikertResult> => {
      const engine = await getEngine();
      return computeLikert(filters, (q) => engine.query(q));
    },
    staleTime: Infinity,
    placeholderData: keepPreviousData,
  });
}

/** The respondents behind one segment; idle while `point` is null. */
export function useLikertRecords(
  dataset: LoadedDataset,
  filters: Filters,
  row: LikertRow | null,
  point: number | null,
) {
  return useQuery({
    queryKey: ['likert-records', dataset.version, filters, row?.surveyId, row?.question, point],
    queryFn: async (): Promise<RecordSet> => {
      if (!row || point === null) throw new Error('no segment chosen');
      const engine = await getEngine();
      return fetchLikertRecords(filters, row, point, (q) => engine.query(q));
    },
    enabled: row !== null && point !== null,
    staleTime: Infinity,
    retry: false,
  });
}
