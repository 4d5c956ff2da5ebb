import { queryOptions, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { getEngine } from '../engine/client';
import { saveWorkspace, StorageUnavailableError } from '../ingest/store';
import {
  appendWave,
  canonicalCsv,
  csvBlob,
  eraseRespondent,
  removeWave,
  WAVE_TABLES,
} from '../ingest/wave';
import {
  EMPTY_WORKSPACE,
  parseWorkspace,
  serializeWorkspace,
  workspaceVersion,
  type SurveyImport,
  type TableReplacement,
  type Workspace,
} from '../ingest/workspace';
import { sql } from '../sql';
import type { ImportIssue } from '../ingest/issues';
import { readPortfolioFile } from '../ingest/portfolio/read';
import {
  locateInFiles,
  readPortfolioFiles,
  type PortfolioInput,
  type PortfolioTable,
} from '../ingest/portfolio/set';
import { sizeIssue } from '../ingest/survey/read';
import { tableDef, type TableName } from '../model';
import {
  DatasetRejectedError,
  datasetQuery,
  getDemoFiles,
  loadIntoEngine,
  originOf,
  type LoadedDataset,
  type StorageState,
} from './dataset';
import { noteStoredWorkspace } from './storedWorkspace';
import { forgetKeptFigures } from './earlyFigures';

export type { SurveyImport, TableReplacement, Workspace } from '../ingest/workspace';

let queue: Promise<unknown> = Promise.resolve();

/** Changes to the loaded data run one at a time, in the order asked. */
function serial<T>(task: () => Promise<T>): Promise<T> {
  const next = queue.then(task, task);
  queue = next.catch(() => undefined);
  return next;
}

async function persist(ws: Workspace): Promise<{ storage: StorageState; detail: string | null }> {
  try {
    await saveWorkspace(ws);
    noteStoredWorkspace(ws);
    return { storage: 'ok', detail: null };
  } catch (e) {
    if (e instanceof StorageUnavailableError) return { storage: 'unavailable', detail: e.message };
    throw e;
  }
}

function current(client: QueryClient): LoadedDataset {
  const data = client.getQueryData(datasetQuery.queryKey);
  if (!data) throw new Error('no data loaded yet');
  return data;
}

/**
 * After the engine changed: store the workspace, then let every view see the new data.
 * `loaded` is the fresh load when the whole data set was loaded again (its report counts).
 */
async function commit(
  client: QueryClient,
  ws: Workspace,
  loaded?: LoadedDataset,
): Promise<LoadedDataset> {
  const before = loaded ?? current(client);
  const stored = await persist(ws);
  const next = await nextDataset(before, ws, stored.storage, stored.detail);
  client.setQueryData(datasetQuery.queryKey, next);
  // Figures kept for the next visit were of the data as it was (an erased respondent counted).
  forgetKeptFigures();
  return next;
}

async function nextDataset(
  before: LoadedDataset,
  ws: Workspace,
  storage: StorageState,
  detail: string | null,
): Promise<LoadedDataset> {
  return {
    ...before,
    origin: originOf(ws),
    version: workspaceVersion(await getDemoFiles(), ws),
    workspace: ws,
    storage,
    storageDetail: detail,
    failedImports: before.failedImports.filter((f) =>
      ws.imports.some((i) => i.surveyId === f.surveyId),
    ),
  };
}

/** Reads one wave back from the engine as canonical text (after an erasure). */
async function waveFromEngine(surveyId: string): Promise<SurveyImport['files']> {
  const engine = await getEngine();
  const out: Partial<Record<(typeof WAVE_TABLES)[number], Blob>> = {};
  for (const table of WAVE_TABLES) {
    const { rows } = await engine.query(
      sql`SELECT * FROM query_table(${table}) WHERE survey_id = ${surveyId}`,
    );
    out[table] = csvBlob(
      canonicalCsv(
        table,
        rows.map((r) =>
          Object.fromEntries(
            Object.entries(r).map(([k, v]) => [
              k,
              typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : null,
            ]),
          ),
        ),
      ),
    );
  }
  return out as SurveyImport['files'];
}

/** A file that cannot replace its table: every problem, located in the user's file. */
export class TableRejectedError extends Error {
  override readonly name = 'TableRejectedError';
  constructor(readonly issues: readonly ImportIssue[]) {
    super(`${String(issues.length)} problems`);
  }
}

/** A change that was made, with the warnings of the files it read. */
export interface Changed {
  readonly dataset: LoadedDataset;
  readonly warnings: readonly ImportIssue[];
}

export interface WorkspaceActions {
  /**
   * Adds an accepted survey import, or replaces the round `replaces` with it: one the user
   * imported, or one of the base tables (the demo's), which is then removed.
   */
  addImport(imp: SurveyImport, replaces?: string | null): Promise<LoadedDataset>;
  /** Removes a survey round: one the user imported, or one of the base tables (the demo's). */
  removeSurvey(surveyId: string): Promise<LoadedDataset>;
  eraseRespondent(surveyId: string, respondentId: string): Promise<number>;
  /** Replaces portfolio tables; all-or-nothing: a rejected set changes nothing. */
  replaceTables(tables: readonly TableReplacement[]): Promise<LoadedDataset>;
  /** Replaces one table from a CSV or XLSX file; throws TableRejectedError with its problems. */
  replaceTableFromFile(table: TableName, file: File): Promise<Changed>;
  /**
   * A whole portfolio (one file per table, as a multi-file drop or a folder) becomes the
   * user's own workspace in one step: no demo table stays, the user's survey imports do.
   * Checked across tables, all or nothing; throws TableRejectedError with its problems.
   */
  loadPortfolio(files: readonly File[]): Promise<Changed>;
  /** The user's own workspace: the demo data leaves, the user's own files stay. */
  startOwn(): Promise<LoadedDataset>;
  /** Forgets every import and replaced table, in the engine and in storage. */
  backToDemo(): Promise<LoadedDataset>;
  /** Loads a workspace file; a file that does not load leaves the current data as it was. */
  restore(json: string): Promise<LoadedDataset>;
  exportJson(): Promise<string>;
}

/** Survey rounds the user imported that no longer load beside the new tables. */
export class WavesDoNotLoadError extends Error {
  override readonly name = 'WavesDoNotLoadError';
  constructor(readonly surveyIds: readonly string[]) {
    super(`survey waves that do not load: ${surveyIds.join(', ')}`);
  }
}

async function reload(client: QueryClient, ws: Workspace): Promise<LoadedDataset> {
  const before = current(client);
  try {
    const next = await loadIntoEngine(ws, before.storage, before.storageDetail);
    if (next.failedImports.length > 0) {
      throw new WavesDoNotLoadError(next.failedImports.map((f) => f.surveyId));
    }
    return await commit(client, ws, next);
  } catch (e) {
    await loadIntoEngine(before.workspace, before.storage, before.storageDetail);
    throw e;
  }
}

/** The files' problems, each located in the file the user gave. */
function rejected(e: unknown, tables: readonly PortfolioTable[]): never {
  if (e instanceof DatasetRejectedError) {
    throw new TableRejectedError(locateInFiles(e.issues, tables));
  }
  throw e;
}

async function readFiles(files: readonly File[]): Promise<PortfolioInput[]> {
  const inputs: PortfolioInput[] = [];
  for (const file of files) {
    const tooLarge = sizeIssue(file.name, file.size);
    if (tooLarge) throw new TableRejectedError([tooLarge]);
    inputs.push({ fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  }
  return inputs;
}

function replacement(t: PortfolioTable): TableReplacement {
  return {
    table: t.table,
    fileName: t.fileName,
    importedAt: new Date().toISOString(),
    rows: t.rows,
    text: t.text,
  };
}

export function useWorkspaceActions(): WorkspaceActions {
  const client = useQueryClient();
  return useMemo(
    () => ({
      addImport: (imp, replaces = null) =>
        serial(async () => {
          const ws = current(client).workspace;
          await appendWave(await getEngine(), imp.surveyId, imp.files, replaces);
          const imported = replaces !== null && ws.imports.some((i) => i.surveyId === replaces);
          return commit(client, {
            ...ws,
            removedSurveys:
              replaces === null || imported
                ? ws.removedSurveys
                : [...ws.removedSurveys.filter((id) => id !== replaces), replaces],
            imports: [...ws.imports.filter((i) => i.surveyId !== replaces), imp],
          });
        }),
      removeSurvey: (surveyId) =>
        serial(async () => {
          const ws = current(client).workspace;
          await removeWave(await getEngine(), surveyId);
          const imported = ws.imports.some((i) => i.surveyId === surveyId);
          return commit(client, {
            ...ws,
            removedSurveys: imported
              ? ws.removedSurveys
              : [...ws.removedSurveys.filter((id) => id !== surveyId), surveyId],
            imports: ws.imports.filter((i) => i.surveyId !== surveyId),
          });
        }),
      eraseRespondent: (surveyId, respondentId) =>
        serial(async () => {
          const ws = current(client).workspace;
          const erased = await eraseRespondent(await getEngine(), surveyId, respondentId);
          if (erased > 0) {
            const files = await waveFromEngine(surveyId);
            await commit(client, {
              ...ws,
              imports: ws.imports.map((i) =>
                i.surveyId === surveyId ? { ...i, files, responses: i.responses - erased } : i,
              ),
            });
          }
          return erased;
        }),
      replaceTables: (tables) =>
        serial(() => {
          const ws = current(client).workspace;
          const names = new Set(tables.map((t) => t.table));
          return reload(client, {
            ...ws,
            tables: [...ws.tables.filter((t) => !names.has(t.table)), ...tables],
          });
        }),
      replaceTableFromFile: async (table, file) => {
        const [input] = await readFiles([file]);
        if (!input) throw new Error('no file');
        const read = await readPortfolioFile(tableDef(table), input.bytes, file.name);
        if (!read.ok) throw new TableRejectedError(read.issues);
        const read_: PortfolioTable = { ...read, table, fileName: file.name };
        return serial(async () => {
          const ws = current(client).workspace;
          const dataset = await reload(client, {
            ...ws,
            tables: [...ws.tables.filter((t) => t.table !== table), replacement(read_)],
          }).catch((e: unknown) => rejected(e, [read_]));
          return { dataset, warnings: read.issues };
        });
      },
      loadPortfolio: async (files) => {
        const read = await readPortfolioFiles(await readFiles(files));
        if (!read.ok) throw new TableRejectedError(read.issues);
        return serial(async () => {
          const ws = current(client).workspace;
          const dataset = await reload(client, {
            ...ws,
            base: 'empty',
            removedSurveys: [],
            tables: read.tables.map(replacement),
          }).catch((e: unknown) => rejected(e, read.tables));
          return { dataset, warnings: read.issues };
        });
      },
      startOwn: () =>
        serial(() => {
          const ws = current(client).workspace;
          return reload(client, { ...ws, base: 'empty', removedSurveys: [] });
        }),
      backToDemo: () => serial(() => reload(client, EMPTY_WORKSPACE)),
      restore: (json) => serial(() => reload(client, parseWorkspace(JSON.parse(json) as unknown))),
      exportJson: () => serializeWorkspace(current(client).workspace),
    }),
    [client],
  );
}

/** A survey round as the Data page lists it. */
export interface SurveyRound {
  readonly surveyId: string;
  readonly name: string;
  readonly audience: string;
  readonly fieldworkEnd: string;
  readonly populationN: number | null;
  /** Complete and partial responses. */
  readonly responses: number;
}

export function roundsQuery(version: string) {
  return queryOptions({
    queryKey: ['rounds', version] as const,
    queryFn: async ({ client }): Promise<SurveyRound[]> => {
      await client.query({ ...datasetQuery, staleTime: 'static' });
      const { rows } = await (
        await getEngine()
      ).query<{
        survey_id: string;
        name: string;
        audience: string;
        fieldwork_end: string;
        population_n: number | null;
        responses: number;
      }>(sql`SELECT s.survey_id, s.name, s.audience, s.fieldwork_end, s.population_n,
          count(r.respondent_id) FILTER (WHERE r.disposition IN ('complete', 'partial')) AS responses
        FROM surveys s LEFT JOIN respondents r USING (survey_id)
        GROUP BY ALL ORDER BY s.fieldwork_end, s.survey_id`);
      return rows.map((r) => ({
        surveyId: r.survey_id,
        name: r.name,
        audience: r.audience,
        fieldworkEnd: r.fieldwork_end,
        populationN: r.population_n,
        responses: r.responses,
      }));
    },
    staleTime: Infinity,
  });
}
