import { queryOptions, useQuery } from '@tanstack/react-query';
import { getEngine } from '../engine/client';
import { readDataLabels } from '../indicators/dataLabels';
import { NO_DATA_LABELS, type DataLabels } from '../model';
import { datasetQuery, type DataIdentity } from './dataset';
import { keepLabels, useEarlyLabels } from './earlyFigures';

export function dataLabelsQuery(version: string) {
  return queryOptions({
    queryKey: ['data-labels', version] as const,
    queryFn: async ({ client }): Promise<DataLabels> => {
      await client.query({ ...datasetQuery, staleTime: 'static' });
      const engine = await getEngine();
      const labels = await readDataLabels((q) => engine.query(q));
      keepLabels(version, labels);
      return labels;
    },
    staleTime: Infinity,
  });
}

/**
 * The labels of the loaded data's rounds and calls. Until the engine has read them, those kept
 * with the figures computed ahead for the same data, so an early figure reads as it will.
 */
export function useDataLabels(data: DataIdentity): DataLabels {
  const read = useQuery(dataLabelsQuery(data.version)).data;
  const early = useEarlyLabels(data);
  return read ?? early ?? NO_DATA_LABELS;
}
