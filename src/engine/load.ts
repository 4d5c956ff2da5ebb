import { quoteIdent } from '../sql';
import type { Engine } from './types';

export interface ColumnSpec {
  readonly name: string;
  readonly type: string;
}

export interface LoadOptions {
  /**
   * The file was written by the app with exactly these columns in this order, empty for NULL
   * and no padding: DuckDB reads it typed at once, about twice as fast as reading text and
   * casting it (0.8 s against 1.9 s for a wave of 1.4 million answers).
   */
  readonly canonical?: boolean;
  /**
   * The columns the file has, when not all: the others are loaded empty (NULL), so that a
   * file leaving out an optional column still gives the table its every column.
   */
  readonly present?: readonly string[];
}

/** A column's name and type as read_csv's `columns` struct entry; both come from the schema. */
function columnEntry(c: ColumnSpec): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(c.name) || !/^[A-Z][A-Z0-9(), ]*$/.test(c.type)) {
    throw new Error(`not a schema column: ${c.name} ${c.type}`);
  }
  return `'${c.name}': '${c.type}'`;
}

/**
 * Loads an already validated CSV text into a typed table, replacing any table of that name.
 * A `canonical` file is read typed, by column order. Any other is read as all-VARCHAR and cast
 * column by column, so its column order does not matter and columns outside the spec are left
 * out.
 */
export async function loadCsvTable(
  engine: Engine,
  table: string,
  columns: readonly ColumnSpec[],
  content: string | Blob,
  options: LoadOptions = {},
): Promise<void> {
  const file = `load_${table}.csv`;
  if (typeof content === 'string') await engine.registerText(file, content);
  else await engine.registerBlob(file, content);
  try {
    const csv = `delim = ',', quote = '"', escape = '"', strict_mode = true`;
    if (options.canonical) {
      await engine.exec(
        `CREATE OR REPLACE TABLE ${quoteIdent(table)} AS SELECT * FROM read_csv('${file}', ` +
          `header = true, columns = {${columns.map(columnEntry).join(', ')}}, ${csv})`,
      );
      return;
    }
    const present = options.present ? new Set(options.present) : null;
    const select = columns
      .map((c) => {
        const col = quoteIdent(c.name);
        if (present && !present.has(c.name)) return `CAST(NULL AS ${c.type}) AS ${col}`;
        return `CAST(NULLIF(TRIM(${col}), '') AS ${c.type}) AS ${col}`;
      })
      .join(', ');
    await engine.exec(
      `CREATE OR REPLACE TABLE ${quoteIdent(table)} AS SELECT ${select} FROM read_csv('${file}', ` +
        `header = true, all_varchar = true, ${csv})`,
    );
  } finally {
    await engine.dropFile(file);
  }
}

/** Creates an empty table with the given columns, replacing any table of that name. */
export async function createEmptyTable(
  engine: Engine,
  table: string,
  columns: readonly ColumnSpec[],
): Promise<void> {
  const cols = columns.map((c) => `${quoteIdent(c.name)} ${c.type}`).join(', ');
  await engine.exec(`CREATE OR REPLACE TABLE ${quoteIdent(table)} (${cols})`);
}
