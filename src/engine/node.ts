import { createRequire } from 'node:module';
import path from 'node:path';
import * as duckdb from '@duckdb/duckdb-wasm/blocking';
import type { Sql } from '../sql';
import { columnsOf, tableToRows } from './convert';
import { OFFLINE_SETTINGS, OPEN_CONFIG, OPEN_DATA_DATABASE, USE_DATA_DATABASE } from './setup';
import { SANDBOX_LOCK, type SandboxDriver } from './sandbox';
import type { Engine, QueryResult, Row } from './types';

/**
 * The same DuckDB-WASM build as the browser, run synchronously in Node: for tests and the
 * command-line tools, so every number they print comes from the browser's engine.
 */
export async function createNodeEngine(): Promise<Engine> {
  return (await openNode()).engine;
}

/** The explorer's engine in Node, for tests: the same guards, no way to interrupt a statement. */
export async function createNodeSandbox(): Promise<{
  engine: Engine;
  lock(): Promise<SandboxDriver>;
}> {
  const { db, engine } = await openNode();
  return {
    engine,
    lock(): Promise<SandboxDriver> {
      const conn = db.connect();
      conn.query(USE_DATA_DATABASE);
      conn.query('SET errors_as_json = true');
      conn.query(SANDBOX_LOCK);
      const attempt = <T>(f: () => T): Promise<T> => {
        try {
          return Promise.resolve(f());
        } catch (e) {
          return Promise.reject(e instanceof Error ? e : new Error(String(e)));
        }
      };
      return Promise.resolve({
        exec: (text) => attempt(() => void conn.query(text)),
        check: (text) => attempt(() => conn.prepare(text).close()),
        run: (text, params, limit) =>
          attempt(() => {
            let table;
            if (params.length === 0) table = conn.query(text);
            else {
              const stmt = conn.prepare(text);
              try {
                table = stmt.query(...params);
              } finally {
                stmt.close();
              }
            }
            const rows = tableToRows(table);
            return {
              columns: columnsOf(table),
              rows: rows.slice(0, limit),
              complete: rows.length <= limit,
            };
          }),
        query: <R extends Row = Row>(q: Sql) => attempt(() => runSync<R>(conn, q)),
        tokenize: (text) => attempt(() => db.tokenize(text)),
        cancel: () => Promise.resolve(false),
      });
    },
  };
}

function runSync<R extends Row = Row>(conn: duckdb.DuckDBConnection, q: Sql): QueryResult<R> {
  let table;
  if (q.params.length === 0) {
    table = conn.query(q.text);
  } else {
    const stmt = conn.prepare(q.text);
    try {
      table = stmt.query(...q.params);
    } finally {
      stmt.close();
    }
  }
  return { columns: columnsOf(table), rows: tableToRows<R>(table) };
}

async function openNode(): Promise<{ db: duckdb.DuckDBBindings; engine: Engine }> {
  const require = createRequire(import.meta.url);
  const dist = path.dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm'));
  const db = await duckdb.createDuckDB(
    {
      mvp: {
        mainModule: path.join(dist, 'duckdb-mvp.wasm'),
        mainWorker: path.join(dist, 'duckdb-node-mvp.worker.cjs'),
      },
      eh: {
        mainModule: path.join(dist, 'duckdb-eh.wasm'),
        mainWorker: path.join(dist, 'duckdb-node-eh.worker.cjs'),
      },
    },
    new duckdb.VoidLogger(),
    duckdb.NODE_RUNTIME,
  );
  await db.instantiate();
  db.open(OPEN_CONFIG);
  const conn = db.connect();
  conn.query(OFFLINE_SETTINGS);
  conn.query(OPEN_DATA_DATABASE);
  const version = db.getVersion();

  const engine: Engine = {
    version,
    query<R extends Row = Row>(q: Sql): Promise<QueryResult<R>> {
      try {
        return Promise.resolve(runSync<R>(conn, q));
      } catch (e) {
        return Promise.reject(e instanceof Error ? e : new Error(String(e)));
      }
    },
    exec(text: string): Promise<void> {
      try {
        conn.query(text);
        return Promise.resolve();
      } catch (e) {
        return Promise.reject(e instanceof Error ? e : new Error(String(e)));
      }
    },
    registerText(name: string, text: string): Promise<void> {
      db.registerFileText(name, text);
      return Promise.resolve();
    },
    async registerBlob(name: string, blob: Blob): Promise<void> {
      db.registerFileBuffer(name, new Uint8Array(await blob.arrayBuffer()));
    },
    dropFile(name: string): Promise<void> {
      db.dropFile(name);
      return Promise.resolve();
    },
    copyToBlob(name: string, copy: string): Promise<Blob> {
      // An empty buffer registered first keeps the file in memory: without it the Node runtime
      // would write it to the working directory.
      db.registerFileBuffer(name, new Uint8Array(0));
      try {
        conn.query(copy);
        return Promise.resolve(
          new Blob([db.copyFileToBuffer(name) as Uint8Array<ArrayBuffer>], { type: 'text/csv' }),
        );
      } catch (e) {
        return Promise.reject(e instanceof Error ? e : new Error(String(e)));
      } finally {
        db.dropFile(name);
      }
    },
    close(): Promise<void> {
      conn.close();
      db.reset();
      return Promise.resolve();
    },
  };
  return { db, engine };
}
