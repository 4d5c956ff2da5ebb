import type { Filters } from './filters';
import { describeFilters, toCsv } from './report';
import type { IndicatorResult } from './types';

/** One line of the context an annex states ("Peildatum: 31/12/2021"). */
export interface AnnexContextItem {
  readonly label: string;
  readonly value: string;
}

function oneLine(text: string): string {
  return text.replace(/[\r\n]+/g, ' ');
}

/**
 * The evaluation report's annex as CSV: the context as `# label: value` lines, then exactly
 * what `npm run indicators -- --format csv` prints for the same filters. A byte-order mark
 * first, so that Excel reads it as UTF-8.
 */
export function annexCsv(
  results: readonly IndicatorResult[],
  context: readonly AnnexContextItem[],
): string {
  const header = context.map((i) => `# ${oneLine(i.label)}: ${oneLine(i.value)}\n`).join('');
  return `\uFEFF${header}${toCsv(results)}`;
}

/**
 * The annex as JSON: the context, then `filters` and `results` exactly as
 * `npm run indicators -- --format json` prints them for the same filters.
 */
export function annexJson(
  results: readonly IndicatorResult[],
  filters: Filters,
  context: readonly AnnexContextItem[],
): string {
  return `${JSON.stringify({ context, filters: describeFilters(filters), results }, null, 2)}\n`;
}
