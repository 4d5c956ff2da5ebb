import { formatValue, type Figure, type Unit } from './stats';

export const SCENARIOS = ['start', 'filter', 'explorer', 'large', 'import'] as const;
export type Scenario = (typeof SCENARIOS)[number];

export interface Budget {
  /** The figure's id, or a pattern matching several (one per import size). */
  readonly figure: string | RegExp;
  readonly label: string;
  readonly statistic: 'median' | 'p95';
  /** The measured value must stay at or below this, or strictly below when `below`. */
  readonly limit: number;
  readonly unit: Unit;
  readonly below?: boolean;
  /** The scenarios that measure the figure. */
  readonly scenarios: readonly Scenario[];
}

/** The performance budgets (issue 7). Medians unless a p95 is named. */
export const BUDGETS: readonly Budget[] = [
  {
    figure: 'start.cold.first',
    label: 'cold start to first headline figure',
    statistic: 'median',
    limit: 1000,
    unit: 'ms',
    scenarios: ['start'],
  },
  {
    figure: 'start.cold.engine',
    label: 'cold start to engine ready',
    statistic: 'median',
    limit: 3000,
    unit: 'ms',
    scenarios: ['start'],
  },
  {
    figure: 'start.reload.first',
    label: 'reload to first headline figure',
    statistic: 'median',
    limit: 500,
    unit: 'ms',
    scenarios: ['start'],
  },
  {
    figure: 'filter.demo',
    label: 'filter change, all figures updated, demo data',
    statistic: 'p95',
    limit: 100,
    unit: 'ms',
    scenarios: ['filter'],
  },
  {
    figure: 'filter.large',
    label: 'filter change, all figures updated, 1,000,000 answer rows',
    statistic: 'p95',
    limit: 300,
    unit: 'ms',
    scenarios: ['large'],
  },
  {
    figure: 'import.200000.indicators',
    label: 'import 200,000 rows, drop to indicators updated',
    statistic: 'median',
    limit: 3000,
    unit: 'ms',
    scenarios: ['import'],
  },
  {
    figure: 'import.1000000.indicators',
    label: 'import 1,000,000 rows, drop to indicators updated',
    statistic: 'median',
    limit: 12_000,
    unit: 'ms',
    scenarios: ['import'],
  },
  {
    figure: 'import.1000000.memory',
    label: 'import 1,000,000 rows, peak renderer memory',
    statistic: 'median',
    limit: 1500,
    unit: 'MB',
    below: true,
    scenarios: ['import'],
  },
  {
    figure: /^import\.\d+\.longestTask$/,
    label: 'longest main-thread task during an import',
    statistic: 'median',
    limit: 200,
    unit: 'ms',
    scenarios: ['import'],
  },
  {
    figure: /^import\.\d+\.ratio$/,
    label: 'import time / PapaParse parse-only, same file',
    statistic: 'median',
    limit: 1,
    unit: 'x',
    scenarios: ['import'],
  },
  {
    figure: /^explorer\.\w+\.first$/,
    label: 'explorer, first page of a 1,000,000-row result',
    statistic: 'median',
    limit: 500,
    unit: 'ms',
    scenarios: ['explorer', 'large'],
  },
  {
    figure: 'size.initialJs',
    label: 'initial JavaScript (before the first headline figure), gzip',
    statistic: 'median',
    limit: 250,
    unit: 'kB',
    scenarios: ['start'],
  },
];

export type Verdict = 'pass' | 'FAIL' | 'not run' | 'error';

export interface CheckRow {
  readonly budget: string;
  readonly figure: string;
  readonly limit: string;
  readonly measured: string;
  readonly verdict: Verdict;
}

/**
 * Every budget against the figures measured. A budget whose scenario was not selected is
 * "not run"; one whose scenario failed is "error", and counts as missed.
 */
export function check(figures: readonly Figure[], failed: readonly Scenario[]): CheckRow[] {
  const rows: CheckRow[] = [];
  for (const b of BUDGETS) {
    const limit = `${b.statistic === 'p95' ? 'p95 ' : ''}${b.below ? '< ' : '≤ '}${formatValue(b.limit, b.unit)}`;
    const matching = figures.filter((f) =>
      typeof b.figure === 'string' ? f.id === b.figure : b.figure.test(f.id),
    );
    const id =
      typeof b.figure === 'string'
        ? b.figure
        : b.figure.source
            .replace(/^\^|\$$/g, '')
            .replace(/\\d\+|\\w\+/g, '*')
            .replace(/\\\./g, '.');
    if (matching.length === 0) {
      const error = b.scenarios.some((s) => failed.includes(s));
      rows.push({
        budget: b.label,
        figure: id,
        limit,
        measured: '–',
        verdict: error ? 'error' : 'not run',
      });
      continue;
    }
    for (const f of matching) {
      const value = b.statistic === 'p95' ? f.p95 : f.median;
      const ok = Number.isFinite(value) && (b.below ? value < b.limit : value <= b.limit);
      rows.push({
        budget: b.label,
        figure: f.name,
        limit,
        measured: `${b.statistic === 'p95' ? 'p95 ' : ''}${formatValue(value, f.unit)}`,
        verdict: Number.isFinite(value) ? (ok ? 'pass' : 'FAIL') : 'error',
      });
    }
  }
  return rows;
}
