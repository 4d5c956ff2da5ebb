import { checkFilters, PRESETS, type FilterKey, type Filters, type ListFilterKey } from './filters';

/** A filter value, as written in a link or on the command line, that the filter does not know. */
export interface RejectedValue {
  readonly key: FilterKey;
  readonly value: string;
}

/**
 * The reference date as written: `latest` (null), a preset such as `evaluation2022`, or a date
 * `YYYY-MM-DD` that exists in the calendar.
 */
export function readAsOf(text: string): { asOf: string | null } | { rejected: RejectedValue } {
  if (Object.hasOwn(PRESETS, text)) return { asOf: PRESETS[text as keyof typeof PRESETS] };
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (date) {
    const [y, m, d] = [Number(date[1]), Number(date[2]), Number(date[3])];
    const day = new Date(Date.UTC(y, m - 1, d));
    if (day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d) {
      return { asOf: text };
    }
  }
  return { rejected: { key: 'asOf', value: text } };
}

/**
 * Adds the values of one list filter written as `v1,v2` (spaces around a value ignored) to
 * `filters`; the values the filter does not know (an unknown theme, a call year that is no
 * whole number) are left out and returned as rejected.
 */
export function readFilterValues(
  filters: Filters,
  key: ListFilterKey,
  text: string,
): { filters: Filters; rejected: RejectedValue[] } {
  const values = text
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== '');
  const rejected: RejectedValue[] = [];
  if (key === 'callYears') {
    const years: number[] = [];
    for (const v of values) {
      if (/^\d{4}$/.test(v)) years.push(Number(v));
      else rejected.push({ key, value: v });
    }
    return { filters: { ...filters, callYears: [...filters.callYears, ...years] }, rejected };
  }
  const known: string[] = [];
  for (const v of values) {
    const candidate: Filters = { ...filters, [key]: [v] };
    if (checkFilters(candidate).some((p) => p.key === key)) rejected.push({ key, value: v });
    else known.push(v);
  }
  return { filters: { ...filters, [key]: [...filters[key], ...known] }, rejected };
}
