import { queryOptions, skipToken, useQuery, type QueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { getEngine, onEngineProgress } from '../engine/client';
import { listTables } from '../engine/catalog';
export type { TableSummary } from '../engine/catalog';
import type { StartProgress } from '../engine/types';
import type { DatasetFile, DatasetReport } from '../ingest/dataset';
import { fetchDemoDataset } from '../ingest/demoFiles';
import type { ImportIssue } from '../ingest/issues';
import {
  EMPTY_WORKSPACE,
  isEmptyWorkspace,
  loadWorkspace,
  workspaceVersion,
  type Workspace,
  type WorkspaceLoad,
} from '../ingest/workspace';
import type { TableName } from '../model';
import { sql } from '../sql';
import { storedLooksEmpty, takeStored, type StorageState } from './storedWorkspace';
import {
  earlyFigureShown,
  fetchFirstView,
  firstViewQuery,
  hasKeptFigures,
  readKeptFigures,
} from './earlyFigures';

/**
 * Where the loaded data comes from: the demo files alone, the demo files with the user's own
 * beside them, or the user's own files alone.
 */
export type DataOrigin = 'demo' | 'mixed' | 'own';

export function originOf(ws: Workspace): DataOrigin {
  if (ws.base === 'empty') return 'own';
  return isEmptyWorkspace(ws) ? 'demo' : 'mixed';
}

export type { StorageState };

export interface LoadedDataset {
  readonly origin: DataOrigin;
  /** Changes whenever the loaded data changes: part of every data query's key. */
  readonly version: string;
  readonly report: DatasetReport;
  readonly workspace: Workspace;
  readonly storage: StorageState;
  /** Why browser storage cannot be used, or what was wrong with what it held. */
  readonly storageDetail: string | null;
  /** Stored survey waves that could not be loaded again. */
  readonly failedImports: WorkspaceLoad['failedImports'];
}

/** The data the page shows, known by its fingerprint before the engine has loaded it. */
export interface DataIdentity {
  readonly origin: DataOrigin;
  readonly version: string;
}

export function isLoaded(data: DataIdentity): data is LoadedDataset {
  return 'report' in data;
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

let demoFiles: Promise<Map<TableName, DatasetFile>> | null = null;

/** The demo files, fetched once per page. */
export function getDemoFiles(): Promise<Map<TableName, DatasetFile>> {
  demoFiles ??= fetchDemoDataset().catch((e: unknown) => {
    demoFiles = null;
    throw e;
  });
  return demoFiles;
}

/** Loads a workspace into the engine and describes the result as the app sees it. */
export async function loadIntoEngine(
  ws: Workspace,
  storage: StorageState,
  storageDetail: string | null,
): Promise<LoadedDataset> {
  const [engine, files] = await Promise.all([
    getEngine().catch((e: unknown) => {
      throw new EngineStartError(e instanceof Error ? e.message : String(e));
    }),
    getDemoFiles(),
  ]);
  performance.mark('pio:engine-ready');
  const loaded = await loadWorkspace(engine, files, ws);
  performance.mark('pio:data-loaded');
  if (!loaded.report.ok) throw new DatasetRejectedError(loaded.report.issues);
  return {
    origin: originOf(ws),
    version: workspaceVersion(files, ws),
    report: loaded.report,
    workspace: ws,
    storage,
    storageDetail,
    failedImports: loaded.failedImports,
  };
}

const dataIdentityKey = ['data-identity'] as const;

/**
 * Starts fetching what the first screen needs: the demo files and the figures computed ahead.
 * Storage is already being read (src/app/boot.ts); the engine starts in `datasetQuery`, once
 * those figures are on the screen.
 */
export function startLoading(): void {
  void getDemoFiles().catch(() => undefined);
  void fetchFirstView();
}

/**
 * When storage is known to hold nothing of the user's, the data is the demo data before
 * IndexedDB has answered: puts it and the figures computed for it ahead into the query cache.
 */
async function demoAhead(client: QueryClient, ms = Infinity): Promise<void> {
  if (!storedLooksEmpty()) return;
  const first = await Promise.race([
    fetchFirstView(),
    ...(ms === Infinity ? [] : [new Promise<null>((r) => setTimeout(() => r(null), ms))]),
  ]);
  if (!first) return;
  client.setQueryData(firstViewQuery.queryKey, first);
  client.setQueryData<DataIdentity>(dataIdentityKey, { origin: 'demo', version: first.version });
}

/**
 * Before the first render, so that it draws the figures computed ahead at once rather than
 * empty cards first: waits at most `ms` for them.
 */
export function primeFirstScreen(client: QueryClient, ms: number): Promise<void> {
  // Reading localStorage blocks the page the first time: better before the render than in it.
  readKeptFigures();
  return demoAhead(client, ms);
}

/** How long the engine's start waits for figures computed ahead to be painted. */
const EARLY_FIGURE_WAIT_MS = 800;

export const datasetQuery = queryOptions({
  queryKey: ['dataset'] as const,
  queryFn: async ({ client }): Promise<LoadedDataset> => {
    startLoading();
    // The first load takes what boot.ts began reading; a retry reads storage again.
    const reading = takeStored();
    // When the first render could not wait for them (see primeFirstScreen).
    await demoAhead(client);
    const stored = await reading;
    // What will be loaded is known long before the engine has loaded it.
    const origin = originOf(stored.ws);
    /* The build computed its figures on the very files this page fetches (their names carry
       their content's hash): its fingerprint stands for them until they are loaded, which
       fingerprints them again. */
    const first = origin === 'demo' ? await fetchFirstView() : null;
    let version: string | null = first?.version ?? null;
    if (version === null) {
      const files = await getDemoFiles().catch(() => null);
      if (files) version = workspaceVersion(files, stored.ws);
    }
    if (version !== null) {
      client.setQueryData<DataIdentity>(dataIdentityKey, { origin, version });
      if (first || hasKeptFigures(version)) await earlyFigureShown(EARLY_FIGURE_WAIT_MS);
    }
    try {
      return await loadIntoEngine(stored.ws, stored.storage, stored.detail);
    } catch (e) {
      if (!(e instanceof DatasetRejectedError) || isEmptyWorkspace(stored.ws)) throw e;
      // Stored tables that no longer load: start on the demo data and say so; the stored
      // workspace is kept until the user chooses what to do with it.
      return loadIntoEngine(EMPTY_WORKSPACE, 'corrupt', e.issues.map((i) => i.file).join(', '));
    }
  },
  staleTime: Infinity,
  gcTime: Infinity,
  retry: false,
});

export function useDataset() {
  return useQuery(datasetQuery);
}

/** The loaded data, or while it loads, what it will be; null until that is known. */
export function useDataIdentity(): DataIdentity | null {
  const loaded = useDataset().data;
  const early = useQuery<DataIdentity>({
    queryKey: dataIdentityKey,
    queryFn: skipToken,
    staleTime: Infinity,
    gcTime: Infinity,
  }).data;
  return loaded ?? early ?? null;
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
    queryFn: async ({ client }) => {
      await client.query({ ...datasetQuery, staleTime: 'static' });
      const { rows } = await (
        await getEngine()
      ).query<{ year: number }>(sql`SELECT DISTINCT year FROM calls ORDER BY year`);
      return rows.map((r) => r.year);
    },
    staleTime: Infinity,
  });
}
