import { keepPreviousData, queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { startSandboxEngine, type SandboxHandle } from '../engine/client';
import { listTables, type TableSummary } from '../engine/catalog';
import { ExplorerSqlError, Sandbox, type ExplorerResult } from '../engine/sandbox';
import type { Row } from '../engine/types';
import { compile, valueSql } from '../indicators/compile';
import type { Filters } from '../indicators/filters';
import { INDICATORS } from '../indicators/registry';
import { loadWorkspace } from '../ingest/workspace';
import { bindNamed, sql, withNames, type NamedParam, type Param } from '../sql';
import { getDemoFiles, type LoadedDataset } from './dataset';

export { ExplorerSqlError, type ExplorerResult, type NamedParam, type Param };
export { EXPLORER_EXAMPLES } from '../indicators/examples';

export const PAGE_SIZE = 100;

interface Session {
  readonly version: string;
  readonly sandbox: Sandbox;
  readonly tables: TableSummary[];
  readonly handle: SandboxHandle;
}

let open: { key: string; session: Promise<Session> } | null = null;
let epoch = 0;
const crashListeners = new Set<(message: string) => void>();

/**
 * A copy of the loaded data in the explorer's own DuckDB: a long query there never holds up the
 * dashboard's figures, and a cancel that the engine does not honour ends that worker alone.
 */
async function openSession(dataset: LoadedDataset, key: string): Promise<Session> {
  if (open?.key === key) return open.session;
  const previous = open;
  open = null;
  previous?.session.then((s) => s.handle.terminate()).catch(() => undefined);
  const session = (async () => {
    const handle = await startSandboxEngine((message) => {
      crashListeners.forEach((l) => l(message));
    });
    try {
      const loaded = await loadWorkspace(handle.engine, await getDemoFiles(), dataset.workspace);
      if (!loaded.report.ok) throw new Error('the data did not load into the explorer');
      const tables = await listTables(handle.engine);
      const sandbox = new Sandbox(await handle.lock());
      return { version: dataset.version, sandbox, tables, handle };
    } catch (e) {
      handle.terminate();
      throw e;
    }
  })();
  open = { key, session };
  session.catch(() => {
    if (open?.session === session) open = null;
  });
  return session;
}

function sessionQuery(dataset: LoadedDataset, generation: number) {
  const key = `${dataset.version}#${generation}`;
  return queryOptions({
    queryKey: ['explorer', 'session', key] as const,
    queryFn: () => openSession(dataset, key),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  });
}

export interface ExplorerState {
  readonly session: Session | undefined;
  readonly starting: boolean;
  readonly startError: string | null;
  /** What stopped the explorer's engine last, while a fresh copy is started. */
  readonly restarted: string | null;
  readonly running: boolean;
  readonly cancelling: boolean;
  readonly result: ExplorerResult | null;
  readonly error: ExplorerSqlError | Error | null;
  readonly ranText: string | null;
  /** Runs the text with its named parameters (`$as_of`), which the engine gets in order. */
  run(text: string, params: readonly NamedParam[]): Promise<boolean>;
  cancel(): void;
}

/** How long a cancel may take in the engine before the explorer's worker is ended instead. */
const CANCEL_GRACE_MS = 1500;

export function useExplorer(dataset: LoadedDataset): ExplorerState {
  const client = useQueryClient();
  const [generation, setGeneration] = useState(epoch);
  const session = useQuery(sessionQuery(dataset, generation));
  const [running, setRunning] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const [result, setResult] = useState<ExplorerResult | null>(null);
  const [error, setError] = useState<ExplorerSqlError | Error | null>(null);
  const [ranText, setRanText] = useState<string | null>(null);
  const [restarted, setRestarted] = useState<string | null>(null);
  const inFlight = useRef<Promise<unknown> | null>(null);

  const restart = useCallback(
    (why: string) => {
      epoch += 1;
      setRestarted(why);
      setResult(null);
      setGeneration(epoch);
      client.removeQueries({ queryKey: ['explorer', 'page'] });
    },
    [client],
  );

  useEffect(() => {
    const listener = (message: string) => restart(message);
    crashListeners.add(listener);
    return () => {
      crashListeners.delete(listener);
    };
  }, [restart]);

  const run = useCallback(
    async (text: string, params: readonly NamedParam[]): Promise<boolean> => {
      const s = session.data;
      if (!s || inFlight.current) return false;
      setRunning(true);
      setError(null);
      setRestarted(null);
      const bound = bindNamed(text, params);
      const attempt = s.sandbox.run(bound.text, bound.values, PAGE_SIZE).catch((e: unknown) => {
        // The editor shows the user's own text: its positions, not the bound text's.
        if (e instanceof ExplorerSqlError && e.position !== null) {
          throw new ExplorerSqlError(
            e.kind,
            e.message,
            bound.toOriginal(e.position),
            e.statement,
            e.engineType,
          );
        }
        throw e;
      });
      inFlight.current = attempt;
      try {
        const r = await attempt;
        setResult(r);
        setRanText(text);
        return true;
      } catch (e) {
        setResult(null);
        setError(e instanceof Error ? e : new Error(String(e)));
        return false;
      } finally {
        inFlight.current = null;
        setRunning(false);
        setCancelling(false);
      }
    },
    [session.data],
  );

  const cancel = useCallback(() => {
    const s = session.data;
    const pending = inFlight.current;
    if (!s || !pending) return;
    setCancelling(true);
    void s.sandbox.cancel().catch(() => false);
    const timer = setTimeout(() => {
      if (inFlight.current === pending) {
        s.handle.terminate();
        restart('cancelled');
      }
    }, CANCEL_GRACE_MS);
    void pending.finally(() => clearTimeout(timer)).catch(() => undefined);
  }, [session.data, restart]);

  return {
    session: session.data,
    starting: session.isPending,
    startError: session.isError ? session.error.message : null,
    restarted,
    running,
    cancelling,
    result,
    error,
    ranText,
    run,
    cancel,
  };
}

export function useExplorerPage(
  session: Session | undefined,
  table: string | null,
  offset: number,
  first: Row[],
) {
  return useQuery({
    queryKey: ['explorer', 'page', session?.version ?? '', table ?? '', offset] as const,
    queryFn: () => {
      if (!session || table === null) return Promise.resolve(first);
      return session.sandbox.page(table, offset, PAGE_SIZE);
    },
    enabled: table !== null && offset > 0,
    placeholderData: keepPreviousData,
    staleTime: Infinity,
    gcTime: 30_000,
  });
}

/** Every row of the result, for an export. */
export async function fetchAllRows(session: Session, table: string): Promise<Row[]> {
  return session.sandbox.allRows(table);
}

/**
 * An indicator's SQL under the active filters, ready for the editor: its parameters by name
 * (`$as_of`, `$org_types` as one list), and a `value` column beside the measures.
 */
export function indicatorSql(
  id: string,
  filters: Filters,
): { text: string; params: readonly NamedParam[] } | null {
  const def = INDICATORS.find((d) => d.id === id);
  if (!def) return null;
  return withNames(
    sql`SELECT ${valueSql(def)} AS value, *
FROM (
${compile(def, filters, null)}
) AS figure
ORDER BY grp NULLS FIRST`,
  );
}
