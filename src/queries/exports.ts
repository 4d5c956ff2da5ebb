import { queryOptions } from '@tanstack/react-query';
import { getEngine } from '../engine/client';
import type { Row } from '../engine/types';
import type { Filters } from '../indicators/filters';
import { computeAll } from '../indicators/run';
import type { IndicatorResult } from '../indicators/types';
import { sql } from '../sql';
import type { LoadedDataset } from './dataset';

export { annexCsv, annexJson } from '../indicators/annex';

/** Every indicator under the filters, computed as `npm run indicators` computes them. */
export function annexQuery(dataset: LoadedDataset, filters: Filters) {
  return queryOptions({
    queryKey: ['annex', dataset.version, filters] as const,
    queryFn: async (): Promise<IndicatorResult[]> => {
      const engine = await getEngine();
      return computeAll(filters, (q) => engine.query(q), {
        missingTables: dataset.report.missing,
        absentColumns: dataset.report.absentColumns,
      });
    },
    staleTime: Infinity,
  });
}

/** Every row of a loaded table, read when the user exports it. */
export async function fetchTableRows(table: string): Promise<Row[]> {
  const engine = await getEngine();
  return (await engine.query(sql`SELECT * FROM query_table(${table})`)).rows;
}
