import { compileRecords, type RecordScope } from './compile';
import type { Filters } from './filters';
import type { Sql } from '../sql';
import type { BreakdownKey, IndicatorDef, IndicatorResult, RecordEntity } from './types';

export type RecordsRefusal = 'suppressed' | 'not_datable' | 'unknown_cell';

export class RecordsRefusedError extends Error {
  override readonly name = 'RecordsRefusedError';
  constructor(readonly reason: RecordsRefusal) {
    super(`records refused: ${reason}`);
  }
}

export type RecordsQuery = (q: Sql) => Promise<{
  readonly columns: readonly { readonly name: string }[];
  readonly rows: readonly Record<string, unknown>[];
}>;

export interface RecordSet {
  readonly entity: RecordEntity;
  readonly equals: IndicatorDef['records']['equals'];
  /** The figure's measure the number of rows equals, as the result states it. */
  readonly expected: number | null;
  readonly columns: readonly string[];
  readonly rows: readonly Record<string, unknown>[];
}

/**
 * The records behind a computed figure (the whole figure, or one of its breakdown cells).
 * Refused for a suppressed cell and for an undatable figure under a reference date: the
 * result passed in is the one on screen, so its suppression decides.
 */
export async function fetchRecords(
  def: IndicatorDef,
  filters: Filters,
  result: IndicatorResult,
  scope: RecordScope,
  query: RecordsQuery,
): Promise<RecordSet> {
  if (result.notes.includes('not_datable')) throw new RecordsRefusedError('not_datable');
  if (result.notes.includes('suppressed_total')) throw new RecordsRefusedError('suppressed');
  const breakdown: BreakdownKey | null = scope.cell ? result.breakdownKey : null;
  let figures: Pick<IndicatorResult, 'numerator' | 'denominator' | 'n'> = result;
  if (scope.cell) {
    const row = result.breakdown.find((r) => r.key === scope.key);
    if (!row) throw new RecordsRefusedError('unknown_cell');
    if (row.suppressed) throw new RecordsRefusedError('suppressed');
    figures = row;
  }
  const { rows, columns } = await query(compileRecords(def, filters, breakdown, scope));
  const { equals, entity } = def.records;
  return {
    entity,
    equals,
    expected: figures[equals],
    columns: columns.map((c) => c.name),
    rows,
  };
}
