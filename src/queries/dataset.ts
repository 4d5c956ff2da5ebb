import { queryOptions, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { getEngine, onEngineProgress } from '../engine/browser';
import { listTables } from '../engine/catalog';
export type { TableSummary } from '../engine/catalog';
import type { StartProgress } from '../engine/types';
import { loadDataset, type DatasetReport } from '../ingest/dataset';
import { fetchDemoDataset } from '../ingest/demoFiles';
import type { ImportIssue } from '../ingest/issues';
import { fingerprint } from '../lib/fingerprint';
import { sql } from '../sql';

export type DataOrigin = 'demo';

export interface LoadedDataset {
  readonly origin: DataOrigin;
  /** Changes whenever the loaded data changes: part of every data query's key. */
  readonly version: string;
  readonly report: DatasetReport;
}

export class EngineStartError extends Error {
  override readonly name = 'EngineStartError';
}

export class DatasetRejectedError extends Error {
  override readonly name = 'DatasetRejectedError';
  constructor(readonly issues: readonly ImportIssue[]) {
    super(`${issues.length} problems in the data set`);
  }
}

export const datasetQuery = queryOptions({
  queryKey: ['dataset'] as const,
  queryFn: async (): Promise<LoadedDataset> => {
    const [engine, files] = await Promise.all([
      getEngine().catch((e: unknown) => {
        throw new EngineStartError(e instanceof Error ? e.message : String(e));
      }),
      fetchDemoDataset(),
    ]);
    performance.mark('pio:engine-ready');
    const report = await loadDataset(engine, files);
    performance.mark('pio:data-loaded');
    if (!report.ok) throw new DatasetRejectedError(report.issues);
    const version = fingerprint([...files.values()].flatMap((f) => [f.file, f.text]));
    return { origin: 'demo', version, report };
  },
  staleTime: Infinity,
  gcTime: Infinity,
  retry: false,
});

export function useDataset() {
  return useQuery(datasetQuery);
}

export function tablesQuery(version: string) {
  return queryOptions({
    queryKey: ['tables', version] as const,
    queryFn: async () => listTables(await getEngine()),
    staleTime: Infinity,
  });
}

export const PREVIEW_ROWS = 10;

export function previewQuery(version: string, table: string) {
  return queryOptions({
    queryKey: ['preview', version, table] as const,
    queryFn: async () =>
      (await getEngine()).query(sql`SELECT * FROM query_table(${table}) LIMIT ${PREVIEW_ROWS}`),
    staleTime: Infinity,
  });
}

export function useEngineProgress(): StartProgress | null {
  const [progress, setProgress] = useState<StartProgress | null>(null);
  useEffect(() => onEngineProgress(setProgress), []);
  return progress;
}

export function callYearsQuery(version: string) {
  return queryOptions({
    queryKey: ['call-years', version] as const,
    queryFn: async () => {
      const { rows } = await (
        await getEngine()
      ).query<{ year: number }>(sql`SELECT DISTINCT year FROM calls ORDER BY year`);
      return rows.map((r) => r.year);
    },
    staleTime: Infinity,
  });
}
