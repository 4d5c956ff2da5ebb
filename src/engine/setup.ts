import type { DuckDBConfig } from '@duckdb/duckdb-wasm';

/**
 * The npm build of DuckDB-WASM has no Parquet, JSON, ICU or Excel reader inside; a query that
 * needs one would fetch an extension from the internet. Switched off so such a query fails at
 * once and nothing ever leaves the page.
 */
export const OFFLINE_SETTINGS =
  'SET autoinstall_known_extensions = false; SET autoload_known_extensions = false;';

export const OPEN_CONFIG: DuckDBConfig = {
  query: { castBigIntToDouble: true, castDecimalToDouble: true },
};
