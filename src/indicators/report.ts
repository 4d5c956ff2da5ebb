import { LIST_FILTER_KEYS, type Filters } from './filters';
import type { IndicatorResult } from './types';

export interface ResultRow {
  readonly id: string;
  readonly value: number | null;
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly n: number | null;
  readonly ci_low: number | null;
  readonly ci_high: number | null;
  readonly suppressed: boolean;
  readonly notes: string;
  readonly filters_not_applied: string;
  readonly absent_columns: string;
  readonly error: string;
}

/** The flat record of a result that the CLI and the app's annex export both print. */
export function resultRow(r: IndicatorResult): ResultRow {
  return {
    id: r.id,
    value: r.value,
    numerator: r.numerator,
    denominator: r.denominator,
    n: r.n,
    ci_low: r.ci?.low ?? null,
    ci_high: r.ci?.high ?? null,
    suppressed: r.suppressed,
    notes: r.notes.join(' '),
    filters_not_applied: r.filtersNotApplied.join(' '),
    absent_columns: (r.absentColumns ?? []).join(' '),
    error: r.error ?? '',
  };
}

/** The columns of a result row, in the order the CLI and the annex write them. */
export const RESULT_COLUMNS: readonly (keyof ResultRow)[] = [
  'id',
  'value',
  'numerator',
  'denominator',
  'n',
  'ci_low',
  'ci_high',
  'suppressed',
  'notes',
  'filters_not_applied',
  'absent_columns',
  'error',
];

function csvCell(v: string | number | boolean | null): string {
  if (v === null) return '';
  const s = typeof v === 'number' ? String(Number(v.toPrecision(12))) : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export function toCsv(results: readonly IndicatorResult[]): string {
  const lines = [RESULT_COLUMNS.join(',')];
  for (const r of results) {
    const row = resultRow(r);
    lines.push(RESULT_COLUMNS.map((c) => csvCell(row[c])).join(','));
  }
  return `${lines.join('\n')}\n`;
}

export function describeFilters(filters: Filters): Record<string, string> {
  const out: Record<string, string> = { asOf: filters.asOf ?? 'latest' };
  for (const key of LIST_FILTER_KEYS) {
    if (filters[key].length > 0) out[key] = filters[key].join(',');
  }
  return out;
}
