import { sql } from '../sql';
import type { Engine } from './types';

export interface TableSummary {
  readonly name: string;
  readonly rowCount: number;
  readonly columns: readonly { name: string; type: string }[];
}

export async function listTables(engine: Engine): Promise<TableSummary[]> {
  const { rows } = await engine.query<{ table_name: string; estimated_size: number }>(
    sql`SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main' AND NOT temporary ORDER BY table_name`,
  );
  const { rows: cols } = await engine.query<{
    table_name: string;
    column_name: string;
    data_type: string;
  }>(
    sql`SELECT table_name, column_name, data_type FROM duckdb_columns()
        WHERE schema_name = 'main' ORDER BY table_name, column_index`,
  );
  const out: TableSummary[] = [];
  for (const { table_name } of rows) {
    const { rows: countRows } = await engine.query<{ n: number }>(
      sql`SELECT count(*) AS n FROM query_table(${table_name})`,
    );
    out.push({
      name: table_name,
      rowCount: countRows[0]?.n ?? 0,
      columns: cols
        .filter((c) => c.table_name === table_name)
        .map((c) => ({ name: c.column_name, type: c.data_type })),
    });
  }
  return out;
}
