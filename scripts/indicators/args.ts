import { LIST_FILTER_KEYS, type Filters, type ListFilterKey } from '../../src/indicators/filters';
import { readAsOf, readFilterValues } from '../../src/indicators/filterText';

/** A command line the tool cannot run: printed as it is, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** `--as-of`: `evaluation2022`, `latest` or a date, read as a link reads it. */
export function parseAsOf(value: string): string | null {
  const read = readAsOf(value);
  if ('rejected' in read) {
    throw new UsageError(`--as-of takes YYYY-MM-DD, evaluation2022 or latest, not "${value}"`);
  }
  return read.asOf;
}

/** `--filter key=v1,v2` with a key of Filters (`callYears=2019,2020`, `themes=care`). */
export function applyFilterArg(filters: Filters, arg: string): Filters {
  const eq = arg.indexOf('=');
  const key = arg.slice(0, Math.max(eq, 0));
  if (eq < 1 || !(LIST_FILTER_KEYS as readonly string[]).includes(key)) {
    throw new UsageError(
      `--filter takes key=value with a key among ${LIST_FILTER_KEYS.join(', ')}, not "${arg}"`,
    );
  }
  const read = readFilterValues(filters, key as ListFilterKey, arg.slice(eq + 1));
  if (read.rejected.length > 0) {
    throw new UsageError(
      read.rejected.map((p) => `--filter ${p.key}: "${p.value}" is not a known value`).join('\n'),
    );
  }
  return read.filters;
}
