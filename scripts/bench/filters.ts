import type { Page } from 'playwright-core';
import { FILTER_VALUES } from '../../src/indicators/filters';
import { changeUrlAndWait } from './browser';

/** Call years of the demo programme (calls.csv), as the filter bar offers them. */
const CALL_YEARS = ['2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024'];

/**
 * Filter states a user steps through, each new to the page so that no figure comes from the
 * query cache: one value of one filter at a time, taking the filters in turn, then pairs.
 */
export function filterStates(count: number): string[] {
  const lists: string[][] = [
    ['asOf=evaluation2022'],
    ...Object.entries(FILTER_VALUES).map(([key, values]) => values.map((v) => `${key}=${v}`)),
    CALL_YEARS.map((y) => `callYears=${y}`),
  ];
  const singles: string[] = [];
  for (let i = 0; singles.length < lists.flat().length; i++) {
    for (const list of lists) {
      const s = list[i];
      if (s !== undefined) singles.push(s);
    }
  }
  const states = [...singles];
  for (let i = 0; states.length < count && i + 1 < singles.length; i++) {
    const a = singles[i] ?? '';
    const b = singles[i + 1] ?? '';
    if (a.split('=')[0] !== b.split('=')[0]) states.push(`${a}&${b}`);
  }
  return states.slice(0, count);
}

export interface FilterChange {
  readonly filters: string;
  /** From the URL change to the frame painting the last updated figure. */
  readonly ms: number;
  /** Figures whose text changed, of all figures; figures without a value ('–'). */
  readonly changed: number;
  readonly cards: number;
  readonly empty: number;
}

/**
 * Steps the open overview through `count` filter states. Each change is made the way the app's
 * filter bar makes it (pushState and popstate on the URL that holds the state) and timed in the
 * page until every headline figure is computed under the new filters.
 */
export async function filterChanges(
  page: Page,
  count: number,
  log: (line: string) => void,
): Promise<FilterChange[]> {
  const out: FilterChange[] = [];
  for (const filters of filterStates(count)) {
    const r = await page.evaluate(changeUrlAndWait, `?view=overview&${filters}`);
    out.push({ filters, ms: r.ms, changed: r.changed, cards: r.cards, empty: r.empty });
    log(
      `filter ${filters}: ${r.ms.toFixed(0)} ms (${String(r.changed)}/${String(r.cards)} changed, ${String(r.empty)} without value)`,
    );
  }
  return out;
}
