import type { Engine } from '../../../engine/types';

/**
 * The schema of an import's working tables. They live in the app's compressed database (a
 * temporary table would be held uncompressed) and are named unqualified once the search path
 * reaches them; the catalog lists only `main`, so they never show as data.
 */
export const WORK_SCHEMA = '_import';

export async function enterWorkSchema(engine: Engine): Promise<void> {
  await engine.exec(
    `CREATE SCHEMA IF NOT EXISTS ${WORK_SCHEMA}; SET search_path = 'main,${WORK_SCHEMA}';`,
  );
}
