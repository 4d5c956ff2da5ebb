import { join, quoteIdent, raw, sql } from '../sql';
import type { Engine } from './types';

export interface TableSummary {
  readonly name: string;
  readonly rowCount: number;
  readonly columns: readonly { name: string; type: string }[];
}

/** Every table of the loaded data with its columns and row count; any engine that can query. */
export async function listTables(engine: Pick<Engine, 'query'>): Promise<TableSummary[]> {
  const { rows } = await engine.query<{ table_name: string }>(
    sql`SELECT table_name FROM duckdb_tables()
        WHERE database_name = current_database() AND schema_name = 'main' AND NOT temporary
        ORDER BY table_name`,
  );
  const { rows: cols } = await engine.query<{
    table_name: string;
    column_name: string;
    data_type: string;
  }>(
    sql`SELECT table_name, column_name, data_type FROM duckdb_columns()
        WHERE database_name = current_database() AND schema_name = 'main'
        ORDER BY table_name, column_index`,
  );
  const counts = new Map<string, number>();
  if (rows.length > 0) {
    const union = join(
      rows.map(
        ({ table_name }) =>
          sql`SELECT ${table_name} AS t, count(*) AS n FROM ${raw(quoteIdent(table_name))}`,
      ),
      ' UNION ALL ',
    );
    const { rows: countRows } = await engine.query<{ t: string; n: number }>(union);
    for (const { t, n } of countRows) counts.set(t, n);
  }
  const out: TableSummary[] = rows.map(({ table_name }) => ({
    name: table_name,
    rowCount: counts.get(table_name) ?? 0,
    columns: cols
      .filter((c) => c.table_name === table_name)
      .map((c) => ({ name: c.column_name, type: c.data_type })),
  }));
  return out;
}
