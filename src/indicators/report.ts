import {
  checkFilters,
  LIST_FILTER_KEYS,
  NO_FILTERS,
  PRESETS,
  type Filters,
  type ListFilterKey,
} from './filters';
import type { IndicatorResult } from './types';

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** `evaluation2022`, `latest` or a date. */
export function parseAsOf(value: string): string | null {
  if (value in PRESETS) return PRESETS[value as keyof typeof PRESETS];
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    throw new UsageError(`--as-of takes YYYY-MM-DD, evaluation2022 or latest, not "${value}"`);
  }
  return value;
}

/** `key=v1,v2` with a key of Filters (`callYears=2019,2020`, `themes=care`). */
export function applyFilterArg(filters: Filters, arg: string): Filters {
  const eq = arg.indexOf('=');
  const key = arg.slice(0, Math.max(eq, 0));
  if (eq < 1 || !(LIST_FILTER_KEYS as readonly string[]).includes(key)) {
    throw new UsageError(
      `--filter takes key=value with a key among ${LIST_FILTER_KEYS.join(', ')}, not "${arg}"`,
    );
  }
  const values = arg
    .slice(eq + 1)
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== '');
  const k = key as ListFilterKey;
  const next: Filters =
    k === 'callYears'
      ? { ...filters, callYears: [...filters.callYears, ...values.map(Number)] }
      : { ...filters, [k]: [...filters[k], ...values] };
  const problems = checkFilters(next);
  if (problems.length > 0) {
    throw new UsageError(
      problems.map((p) => `--filter ${p.key}: "${p.value}" is not a known value`).join('\n'),
    );
  }
  return next;
}

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

const COLUMNS: readonly (keyof ResultRow)[] = [
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
  const lines = [COLUMNS.join(',')];
  for (const r of results) {
    const row = resultRow(r);
    lines.push(COLUMNS.map((c) => csvCell(row[c])).join(','));
  }
  return `${lines.join('\n')}\n`;
}

export function toTable(results: readonly IndicatorResult[]): string {
  const rows = results.map(resultRow).map((r) =>
    COLUMNS.map((c) => {
      const v = r[c];
      if (v === null) return '';
      if (typeof v === 'number') return String(Number(v.toPrecision(6)));
      return String(v);
    }),
  );
  const widths = COLUMNS.map((c, i) => Math.max(c.length, ...rows.map((r) => (r[i] ?? '').length)));
  const fmt = (cells: readonly string[]) =>
    cells
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return `${[fmt(COLUMNS), ...rows.map(fmt)].join('\n')}\n`;
}

export function describeFilters(filters: Filters): Record<string, string> {
  const out: Record<string, string> = { asOf: filters.asOf ?? 'latest' };
  for (const key of LIST_FILTER_KEYS) {
    if (filters[key].length > 0) out[key] = filters[key].join(',');
  }
  return out;
}

export { NO_FILTERS };
