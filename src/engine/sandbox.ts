import { quoteIdent, raw, sql, type Param, type Sql } from '../sql';
import { DATA_DATABASE, USE_DATA_DATABASE } from './setup';
import type { ColumnInfo, QueryResult, Row } from './types';

/**
 * The explorer's engine: a second DuckDB instance holding its own copy of the loaded data, so
 * the dashboard's tables are out of reach whatever the explorer runs. On that copy every
 * statement of the user runs alone (DuckDB's prepare refuses two at once) inside a
 * `BEGIN TRANSACTION READ ONLY` that is rolled back, with external access off and the
 * configuration locked; what a transaction cannot undo (ATTACH, USE, search_path) is undone
 * after each statement and reported as refused.
 */
export interface SandboxDriver {
  /** Program-written statements only: transaction control and restoring the session. */
  exec(text: string): Promise<void>;
  /** Prepares one statement and discards it; the engine refuses text holding more than one. */
  check(text: string): Promise<void>;
  /** Runs one statement, keeping at most `limit` rows of its result. */
  run(text: string, params: readonly Param[], limit: number): Promise<StatementRows>;
  query<R extends Row = Row>(q: Sql): Promise<QueryResult<R>>;
  /** DuckDB's own tokenizer: UTF-8 byte offsets and token types. */
  tokenize(text: string): Promise<{ offsets: number[]; types: number[] }>;
  /** Asks the engine to interrupt the running statement; false when it cannot. */
  cancel(): Promise<boolean>;
}

export interface StatementRows {
  readonly columns: ColumnInfo[];
  readonly rows: Row[];
  /** False when the result had more rows than were kept. */
  readonly complete: boolean;
}

/** Settings applied once the copy is loaded; after them nothing in the engine can be reconfigured. */
export const SANDBOX_LOCK =
  "SET memory_limit = '2GB'; SET enable_external_access = false; SET lock_configuration = true;";

export type SqlErrorKind =
  | 'syntax'
  | 'engine'
  | 'refused_write'
  | 'refused_external'
  | 'refused_config'
  | 'refused_session'
  | 'cancelled'
  | 'out_of_memory'
  | 'parameters'
  | 'empty';

/** A failed explorer statement: what DuckDB said, where in the editor's text, and why. */
export class ExplorerSqlError extends Error {
  override readonly name = 'ExplorerSqlError';
  constructor(
    readonly kind: SqlErrorKind,
    message: string,
    /** Character index in the editor's text, when DuckDB gave one. */
    readonly position: number | null,
    /** 1-based number of the failing statement. */
    readonly statement: number,
    /** DuckDB's exception type, such as Parser, Binder or Catalog. */
    readonly engineType: string | null = null,
  ) {
    super(message);
  }
}

const TOKEN_OPERATOR = 3;
const TOKEN_COMMENT = 5;

export interface Statement {
  readonly text: string;
  /** Character index of the statement in the whole text. */
  readonly start: number;
  /** How many `?` parameters it holds. */
  readonly parameters: number;
  /** The first two tokens, upper-cased: what kind of statement it is. */
  readonly head: readonly string[];
}

/** PRAGMAs that only read; any other one would change the connection or the engine. */
const READING_PRAGMAS = new Set([
  'TABLE_INFO',
  'SHOW',
  'SHOW_TABLES',
  'SHOW_TABLES_EXPANDED',
  'SHOW_DATABASES',
  'DATABASE_LIST',
  'DATABASE_SIZE',
  'STORAGE_INFO',
  'METADATA_INFO',
  'FUNCTIONS',
  'COLLATIONS',
  'VERSION',
  'PLATFORM',
  'USER_AGENT',
]);

/**
 * What the engine lets through but the explorer still refuses: INSTALL, which this build
 * accepts and ignores (LOAD is refused by the engine), and PRAGMAs that set something on the
 * connection without going through the locked configuration, such as enable_profiling.
 */
function refusedByKind(statement: Statement): SqlErrorKind | null {
  const [first = '', second = ''] = statement.head;
  if (first === 'INSTALL' || (first === 'FORCE' && second === 'INSTALL')) return 'refused_external';
  if (first === 'PRAGMA' && !READING_PRAGMAS.has(second)) return 'refused_config';
  return null;
}

/** Byte offsets from DuckDB (UTF-8) to string indices. */
export function byteToCharIndex(text: string, byteOffset: number): number {
  const bytes = new TextEncoder().encode(text);
  return new TextDecoder().decode(bytes.subarray(0, Math.max(0, byteOffset))).length;
}

/** Splits at the `;` tokens DuckDB's tokenizer finds, so semicolons in strings and comments stay. */
export async function splitStatements(driver: SandboxDriver, text: string): Promise<Statement[]> {
  const { offsets, types } = await driver.tokenize(text);
  // Token offsets only grow: one walk through the text turns them into string indices.
  let byte = 0;
  let char = 0;
  const toChar = (b: number): number => {
    while (byte < b && char < text.length) {
      const code = text.codePointAt(char) ?? 0;
      byte += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
      char += code > 0xffff ? 2 : 1;
    }
    return char;
  };
  const statements: Statement[] = [];
  let start = 0;
  let tokens = 0;
  let parameters = 0;
  let head: string[] = [];
  const close = (end: number) => {
    if (tokens > 0) {
      statements.push({ text: text.slice(start, end), start, parameters, head });
    }
    tokens = 0;
    parameters = 0;
    head = [];
  };
  offsets.forEach((offset, i) => {
    const at = toChar(offset);
    if (types[i] === TOKEN_OPERATOR && text[at] === ';') {
      close(at);
      start = at + 1;
      return;
    }
    if (types[i] === TOKEN_OPERATOR && text[at] === '?') parameters += 1;
    if (head.length < 2 && types[i] !== TOKEN_COMMENT) {
      const next = offsets[i + 1];
      const end = next === undefined ? text.length : toChar(next);
      head.push(/^[A-Za-z_]+/.exec(text.slice(at, end))?.[0].toUpperCase() ?? '');
    }
    tokens += 1;
  });
  close(text.length);
  return statements;
}

interface EngineErrorJson {
  readonly exception_type?: string;
  readonly exception_message?: string;
  readonly position?: string;
}

/** DuckDB's error (`errors_as_json`), as kind, message and position within the statement. */
export function parseEngineError(e: unknown): {
  kind: SqlErrorKind;
  message: string;
  position: number | null;
  type: string | null;
} {
  const text = e instanceof Error ? e.message : String(e);
  let parsed: EngineErrorJson | null = null;
  const brace = text.indexOf('{');
  if (brace >= 0) {
    try {
      parsed = JSON.parse(text.slice(brace)) as EngineErrorJson;
    } catch {
      parsed = null;
    }
  }
  const type = parsed?.exception_type ?? /^([A-Za-z ]+) Error:/.exec(text)?.[1] ?? null;
  const message = parsed?.exception_message ?? text.replace(/^[A-Za-z ]+ Error: /, '');
  const position = parsed?.position !== undefined ? Number(parsed.position) : null;
  let kind: SqlErrorKind = 'engine';
  if (type === 'Parser') kind = 'syntax';
  else if (type === 'TransactionContext' && /read-only/i.test(message)) kind = 'refused_write';
  else if (type === 'Permission') kind = 'refused_external';
  else if (/configuration has been locked/i.test(message)) kind = 'refused_config';
  else if (/multiple statements/i.test(message)) kind = 'refused_session';
  else if (type === 'Out of Memory') kind = 'out_of_memory';
  else if (type === 'INTERRUPT' || /query was cancel|interrupted/i.test(message))
    kind = 'cancelled';
  return {
    kind,
    message,
    position: position !== null && Number.isFinite(position) ? position : null,
    type,
  };
}

export interface ExplorerResult {
  /** The temporary table that holds the whole result, when the statement was a query. */
  readonly table: string | null;
  readonly columns: ColumnInfo[];
  readonly total: number;
  /** The first page, or the kept rows of a statement whose result could not be kept whole. */
  readonly rows: Row[];
  readonly complete: boolean;
  readonly statements: number;
  readonly elapsedMs: number;
}

/** Rows kept of a statement that is not a plain query (SHOW, DESCRIBE, PRAGMA, EXPLAIN). */
export const STREAM_LIMIT = 10_000;

export class Sandbox {
  private sequence = 0;
  private current: string | null = null;

  constructor(private readonly driver: SandboxDriver) {}

  /** Runs the editor's text: every statement in turn; the last one's result is kept for paging. */
  async run(text: string, given: readonly Param[], pageSize: number): Promise<ExplorerResult> {
    const started = performance.now();
    const statements = await splitStatements(this.driver, text);
    if (statements.length === 0) throw new ExplorerSqlError('empty', '', null, 0);
    const wanted = statements.reduce((n, s) => n + s.parameters, 0);
    // Parameters left from an indicator's SQL do not stop a statement that has no placeholder.
    const params = wanted === 0 ? [] : given;
    if (wanted !== params.length) {
      throw new ExplorerSqlError('parameters', `${wanted}:${params.length}`, null, 0);
    }
    await this.dropResult();
    let used = 0;
    let result: ExplorerResult | null = null;
    for (const [i, statement] of statements.entries()) {
      const own = params.slice(used, used + statement.parameters);
      used += statement.parameters;
      const last = i === statements.length - 1;
      result = await this.runStatement(statement, i + 1, own, last ? pageSize : 0);
    }
    if (!result) throw new ExplorerSqlError('empty', '', null, 0);
    return { ...result, statements: statements.length, elapsedMs: performance.now() - started };
  }

  async page(table: string, offset: number, limit: number): Promise<Row[]> {
    const { rows } = await this.driver.query(
      sql`SELECT * FROM temp.main.${rawIdent(table)} LIMIT ${limit} OFFSET ${offset}`,
    );
    return rows;
  }

  async allRows(table: string): Promise<Row[]> {
    return (await this.driver.query(sql`SELECT * FROM temp.main.${rawIdent(table)}`)).rows;
  }

  cancel(): Promise<boolean> {
    return this.driver.cancel();
  }

  private async runStatement(
    statement: Statement,
    number: number,
    params: readonly Param[],
    pageSize: number,
  ): Promise<ExplorerResult> {
    const fail = (e: unknown): never => {
      if (e instanceof ExplorerSqlError) throw e;
      const { kind, message, position, type } = parseEngineError(e);
      const at =
        position === null ? null : statement.start + byteToCharIndex(statement.text, position);
      throw new ExplorerSqlError(kind, message, at, number, type);
    };
    const refused = refusedByKind(statement);
    if (refused)
      throw new ExplorerSqlError(refused, statement.head.join(' '), statement.start, number);
    try {
      await this.driver.check(statement.text);
    } catch (e) {
      fail(e);
    }
    const before = await this.session();
    await this.driver.exec('BEGIN TRANSACTION READ ONLY');
    let result: ExplorerResult | null = null;
    try {
      const name = `pio_result_${++this.sequence}`;
      const wrapped = `CREATE TEMP TABLE ${quoteIdent(name)} AS ${statement.text}`;
      let query = pageSize > 0;
      if (query) {
        try {
          await this.driver.check(wrapped);
        } catch {
          query = false;
        }
      }
      if (query) {
        await this.driver.run(wrapped, params, 1);
        // A read-only transaction writes nothing but the temporary result, which is kept.
        await this.driver.exec('COMMIT');
        this.current = name;
        result = await this.describe(name, pageSize);
      } else {
        const out = await this.driver.run(statement.text, params, pageSize > 0 ? STREAM_LIMIT : 0);
        result = {
          table: null,
          columns: out.columns,
          total: out.rows.length,
          rows: out.rows,
          complete: out.complete,
          statements: 1,
          elapsedMs: 0,
        };
      }
    } catch (e) {
      fail(e);
    } finally {
      await this.driver.exec('ROLLBACK').catch(() => undefined);
      await this.restore(before, statement, number);
    }
    if (!result) throw new ExplorerSqlError('engine', '', null, number);
    return result;
  }

  private async describe(table: string, pageSize: number): Promise<ExplorerResult> {
    const { rows: cols } = await this.driver.query<{ column_name: string; data_type: string }>(
      sql`SELECT column_name, data_type FROM duckdb_columns()
          WHERE database_name = 'temp' AND table_name = ${table} ORDER BY column_index`,
    );
    const { rows: count } = await this.driver.query<{ n: number }>(
      sql`SELECT count(*) AS n FROM temp.main.${rawIdent(table)}`,
    );
    return {
      table,
      columns: cols.map((c) => ({ name: c.column_name, type: c.data_type })),
      total: count[0]?.n ?? 0,
      rows: await this.page(table, 0, pageSize),
      complete: true,
      statements: 1,
      elapsedMs: 0,
    };
  }

  private async session(): Promise<string> {
    const { rows } = await this.driver.query<{ s: string }>(
      sql`SELECT current_database() || '|' || current_schema() || '|' ||
                 current_setting('search_path') || '|' ||
                 (SELECT string_agg(database_name, ',' ORDER BY database_name)
                  FROM duckdb_databases() WHERE NOT internal) AS s`,
    );
    return rows[0]?.s ?? '';
  }

  /** Undoes what a transaction cannot: attached databases, USE and the search path. */
  private async restore(before: string, statement: Statement, number: number): Promise<void> {
    const after = await this.session();
    if (after === before) return;
    await this.driver.exec(`RESET search_path; ${USE_DATA_DATABASE}`);
    const { rows } = await this.driver.query<{ name: string }>(
      sql`SELECT database_name AS name FROM duckdb_databases()
          WHERE NOT internal AND database_name <> ${DATA_DATABASE}`,
    );
    for (const { name } of rows) await this.driver.exec(`DETACH ${quoteIdent(name)}`);
    throw new ExplorerSqlError('refused_session', '', statement.start, number);
  }

  private async dropResult(): Promise<void> {
    if (this.current === null) return;
    const name = this.current;
    this.current = null;
    await this.driver.exec(`DROP TABLE IF EXISTS temp.main.${quoteIdent(name)}`);
  }
}

/** A name this module chose itself (`pio_result_N`), quoted for the `sql` tag. */
function rawIdent(name: string): Sql {
  return raw(quoteIdent(name));
}
