import * as duckdb from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import type { Sql } from '../sql';
import { columnsOf, tableToRows } from './convert';
import { OFFLINE_SETTINGS, OPEN_CONFIG } from './setup';
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

async function start(onProgress: (p: StartProgress) => void): Promise<Engine> {
  performance.mark('pio:engine-start');
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
      shared = null;
      crash(new EngineCrashedError(message));
      worker.terminate();
      crashListeners.forEach((l) => l(message));
    });
    const guard = <T>(p: Promise<T>): Promise<T> => Promise.race([p, crashed]);
    return {
      version,
      query: <R extends Row = Row>(q: Sql) => guard(runQuery<R>(q)),
      exec: (text: string) => guard(conn.query(text).then(() => undefined)),
      registerText: (name, text) => guard(db.registerFileText(name, text)),
      registerBytes: (name, bytes) => guard(db.registerFileBuffer(name, bytes)),
      dropFile: (name) => guard(db.dropFile(name).then(() => undefined)),
      async close(): Promise<void> {
        await conn.close();
        await db.terminate();
      },
    };
    async function runQuery<R extends Row = Row>(q: Sql): Promise<QueryResult<R>> {
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
  } catch (e) {
    await Promise.race([db.terminate(), new Promise((r) => setTimeout(r, 100))]).catch(
      () => undefined,
    );
    worker.terminate();
    throw e;
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
