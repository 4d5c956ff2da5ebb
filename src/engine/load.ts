import { quoteIdent } from '../sql';
import type { Engine } from './types';

export interface ColumnSpec {
  readonly name: string;
  readonly type: string;
}

/**
 * Loads an already validated CSV text into a typed table, replacing any table of that name.
 * The text is read as all-VARCHAR and cast column by column, so the column order of the file
 * does not matter and columns outside the spec are left out.
 */
export async function loadCsvTable(
  engine: Engine,
  table: string,
  columns: readonly ColumnSpec[],
  content: string | Uint8Array | Blob,
): Promise<void> {
  const file = `load_${table}.csv`;
  if (typeof content === 'string') await engine.registerText(file, content);
  else if (content instanceof Blob) await engine.registerBlob(file, content);
  // The engine takes a buffer over: a copy keeps the caller's bytes intact.
  else await engine.registerBytes(file, content.slice());
  try {
    const select = columns
      .map((c) => {
        const col = quoteIdent(c.name);
        return `CAST(NULLIF(TRIM(${col}), '') AS ${c.type}) AS ${col}`;
      })
      .join(', ');
    await engine.exec(
      `CREATE OR REPLACE TABLE ${quoteIdent(table)} AS SELECT ${select} FROM read_csv('${file}', ` +
        `header = true, all_varchar = true, delim = ',', quote = '"', escape = '"', ` +
        `strict_mode = true)`,
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
