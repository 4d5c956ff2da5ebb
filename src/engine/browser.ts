import * as duckdb from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import { Table, type RecordBatch } from 'apache-arrow';
import type { Param, Sql } from '../sql';
import { columnsOf, tableToRows } from './convert';
import { SANDBOX_LOCK, type SandboxDriver, type StatementRows } from './sandbox';
import { OFFLINE_SETTINGS, OPEN_CONFIG, OPEN_DATA_DATABASE, USE_DATA_DATABASE } from './setup';
import type { Engine, QueryResult, Row, StartProgress } from './types';

/*
 * Only the single-threaded eh/mvp bundles: the multi-threaded one fails with
 * "offset is out of bounds" (duckdb-wasm issue 2256). Both are served from the app's origin.
 */
const BUNDLES: duckdb.DuckDBBundles = {
  mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
  eh: { mainModule: ehWasm, mainWorker: ehWorker },
};

/** Told when a running engine's worker failed: every query on it has been rejected. */
type CrashListener = (message: string) => void;
const crashListeners = new Set<CrashListener>();

export function onEngineCrash(listener: CrashListener): () => void {
  crashListeners.add(listener);
  return () => crashListeners.delete(listener);
}

export class EngineCrashedError extends Error {
  override readonly name = 'EngineCrashedError';
}

interface Instance {
  readonly db: duckdb.AsyncDuckDB;
  readonly engine: Engine;
  /** Rejects when the worker fails after start; every guarded call races it. */
  readonly guard: <T>(p: Promise<T>) => Promise<T>;
  terminate(): void;
}

async function startInstance(
  onProgress: (p: StartProgress) => void,
  onCrash: (message: string) => void,
): Promise<Instance> {
  const bundle = await duckdb.selectBundle(BUNDLES);
  if (!bundle.mainWorker) throw new Error('No DuckDB worker bundle for this browser');
  const worker = new Worker(bundle.mainWorker);
  /* A worker script that fails to load only fires `error` on the worker; DuckDB would wait
     for its answer forever. */
  const workerFailed = new Promise<never>((_, reject) => {
    worker.addEventListener('error', (e) => {
      reject(new Error(e.message || 'The DuckDB worker could not be loaded'));
    });
  });
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  try {
    onProgress({ phase: 'download' });
    await Promise.race([
      workerFailed,
      db.instantiate(bundle.mainModule, bundle.pthreadWorker, (p) => {
        onProgress({ phase: 'download', bytesLoaded: p.bytesLoaded, bytesTotal: p.bytesTotal });
      }),
    ]);
    performance.mark('pio:engine-instantiated');
    onProgress({ phase: 'open' });
    await db.open(OPEN_CONFIG);
    const conn = await db.connect();
    await conn.query(OFFLINE_SETTINGS);
    await conn.query(OPEN_DATA_DATABASE);
    const version = await db.getVersion();
    onProgress({ phase: 'ready' });
    /* After start, an error on the worker (an uncaught failure, memory exhausted) leaves DuckDB
       in an unknown state and its pending answers may never come: end it, reject what waits,
       and let the app start a new engine with the data loaded again. */
    let crash: (e: Error) => void = () => undefined;
    const crashed = new Promise<never>((_, reject) => {
      crash = reject;
    });
    crashed.catch(() => undefined);
    worker.addEventListener('error', (e) => {
      const message = e.message || 'the DuckDB worker stopped';
      crash(new EngineCrashedError(message));
      worker.terminate();
      onCrash(message);
    });
    const guard = <T>(p: Promise<T>): Promise<T> => Promise.race([p, crashed]);
    const engine: Engine = {
      version,
      query: <R extends Row = Row>(q: Sql) => guard(runQuery<R>(conn, q)),
      exec: (text: string) => guard(conn.query(text).then(() => undefined)),
      registerText: (name, text) => guard(db.registerFileText(name, text)),
      registerBlob: (name, blob) =>
        guard(
          db.registerFileHandle(name, blob, duckdb.DuckDBDataProtocol.BROWSER_FILEREADER, true),
        ),
      dropFile: (name) => guard(db.dropFile(name).then(() => undefined)),
      copyToBlob: (name, copy) =>
        guard(
          (async () => {
            await db.registerEmptyFileBuffer(name);
            try {
              await conn.query(copy);
              return new Blob([(await db.copyFileToBuffer(name)) as Uint8Array<ArrayBuffer>], {
                type: 'text/csv',
              });
            } finally {
              await db.dropFile(name);
            }
          })(),
        ),
      async close(): Promise<void> {
        await conn.close();
        await db.terminate();
      },
    };
    return {
      db,
      engine,
      guard,
      terminate() {
        crash(new EngineCrashedError('stopped'));
        worker.terminate();
      },
    };
  } catch (e) {
    await Promise.race([db.terminate(), new Promise((r) => setTimeout(r, 100))]).catch(
      () => undefined,
    );
    worker.terminate();
    throw e;
  }
}

async function runQuery<R extends Row = Row>(
  conn: duckdb.AsyncDuckDBConnection,
  q: Sql,
): Promise<QueryResult<R>> {
  let table;
  if (q.params.length === 0) {
    table = await conn.query(q.text);
  } else {
    const stmt = await conn.prepare(q.text);
    try {
      table = await stmt.query(...q.params);
    } finally {
      await stmt.close();
    }
  }
  return { columns: columnsOf(table), rows: tableToRows<R>(table) };
}

async function start(onProgress: (p: StartProgress) => void): Promise<Engine> {
  performance.mark('pio:engine-start');
  const instance = await startInstance(onProgress, (message) => {
    shared = null;
    crashListeners.forEach((l) => l(message));
  });
  return instance.engine;
}

/** The explorer's own DuckDB: loaded through `engine`, then locked and handed out as a driver. */
export interface SandboxHandle {
  readonly engine: Engine;
  lock(): Promise<SandboxDriver>;
  /** Ends the worker at once, whatever it is running. */
  terminate(): void;
}

export async function startSandboxEngine(
  onCrash: (message: string) => void,
): Promise<SandboxHandle> {
  const instance = await startInstance(() => undefined, onCrash);
  const { db, guard } = instance;
  return {
    engine: instance.engine,
    terminate: () => instance.terminate(),
    async lock(): Promise<SandboxDriver> {
      const conn = await guard(db.connect());
      await guard(conn.query(USE_DATA_DATABASE));
      await guard(conn.query('SET errors_as_json = true'));
      await guard(conn.query(SANDBOX_LOCK));
      return {
        exec: (text) => guard(conn.query(text).then(() => undefined)),
        async check(text) {
          const stmt = await guard(conn.prepare(text));
          await guard(stmt.close());
        },
        run: (text, params, limit) => guard(stream(conn, text, params, limit)),
        query: (q) => guard(runQuery(conn, q)),
        tokenize: (text) => guard(db.tokenize(text)),
        cancel: () => guard(conn.cancelSent()),
      };
    },
  };
}

async function stream(
  conn: duckdb.AsyncDuckDBConnection,
  text: string,
  params: readonly Param[],
  limit: number,
): Promise<StatementRows> {
  const stmt = params.length > 0 ? await conn.prepare(text) : null;
  try {
    const reader = stmt ? await stmt.send(...params) : await conn.send(text, true);
    const batches: RecordBatch[] = [];
    let kept = 0;
    let complete = true;
    for await (const batch of reader) {
      if (kept + batch.numRows > limit) {
        if (limit > kept) batches.push(batch.slice(0, limit - kept));
        complete = false;
        break;
      }
      batches.push(batch);
      kept += batch.numRows;
    }
    if (!complete) await conn.cancelSent().catch(() => false);
    const table = new Table(reader.schema, batches);
    return { columns: columnsOf(table), rows: tableToRows(table), complete };
  } finally {
    await stmt?.close();
  }
}

let shared: Promise<Engine> | null = null;
const listeners = new Set<(p: StartProgress) => void>();

export function onEngineProgress(listener: (p: StartProgress) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Starts DuckDB once per page; a failed start can be retried by calling again. */
export function getEngine(): Promise<Engine> {
  if (!shared) {
    shared = start((p) => listeners.forEach((l) => l(p)));
    shared.catch(() => {
      shared = null;
    });
  }
  return shared;
}
