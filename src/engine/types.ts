import type { Sql } from '../sql';

/** A value as the rest of the app sees it: no BigInt, no Arrow vectors, dates as ISO text. */
export type Value = string | number | boolean | null | Value[] | { [key: string]: Value };
export type Row = Record<string, Value>;

export interface ColumnInfo {
  readonly name: string;
  readonly type: string;
}

export interface QueryResult<R extends Row = Row> {
  readonly columns: readonly ColumnInfo[];
  readonly rows: R[];
}

/** The whole contract between the app and DuckDB. */
export interface Engine {
  readonly version: string;
  /** Runs one statement; values travel as bound parameters. */
  query<R extends Row = Row>(q: Sql): Promise<QueryResult<R>>;
  /** Runs statements that return nothing worth reading (DDL, SET). Program-written text only. */
  exec(text: string): Promise<void>;
  /** Makes a text available to `read_csv` under `name`. */
  registerText(name: string, text: string): Promise<void>;
  /** Registers a Blob under a file name; the browser's engine reads it in place, uncopied. */
  registerBlob(name: string, blob: Blob): Promise<void>;
  dropFile(name: string): Promise<void>;
  /**
   * Runs a program-written `COPY … TO '<name>' (…, USE_TMP_FILE false)` statement into a file
   * held in memory, and returns what it wrote. The file is dropped afterwards.
   */
  copyToBlob(name: string, copy: string): Promise<Blob>;
  close(): Promise<void>;
}

export interface StartProgress {
  readonly phase: 'download' | 'compile' | 'open' | 'ready';
  readonly bytesLoaded?: number;
  readonly bytesTotal?: number;
}
