export type Unit = 'ms' | 'kB' | 'MB' | 'x' | 'rows';

/** One measured figure: every sample kept, with the summary the table and the budgets use. */
export interface Figure {
  /** Stable key, used by the budgets and in the JSON. */
  readonly id: string;
  readonly name: string;
  readonly unit: Unit;
  readonly samples: readonly number[];
  readonly median: number;
  readonly p95: number;
  readonly min: number;
  readonly max: number;
  readonly note?: string;
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? NaN) : ((s[mid - 1] ?? NaN) + (s[mid] ?? NaN)) / 2;
}

/** Nearest-rank percentile: the smallest sample with at least p % of the samples at or below it. */
export function percentile(xs: readonly number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const rank = Math.max(1, Math.ceil((p / 100) * s.length));
  return s[rank - 1] ?? NaN;
}

export function figure(
  id: string,
  name: string,
  unit: Unit,
  samples: readonly number[],
  note?: string,
): Figure {
  const xs = samples.filter((x) => Number.isFinite(x));
  return {
    id,
    name,
    unit,
    samples: xs,
    median: median(xs),
    p95: percentile(xs, 95),
    min: xs.length ? Math.min(...xs) : NaN,
    max: xs.length ? Math.max(...xs) : NaN,
    ...(note === undefined ? {} : { note }),
  };
}

/**
 * A value in its unit, as people read it: seconds from one second up, kB as MB from 1,000 kB,
 * MB as GB from 1,000 MB (decimal units: 1 kB = 1,000 bytes).
 */
export function formatValue(value: number, unit: Unit): string {
  if (!Number.isFinite(value)) return '–';
  switch (unit) {
    case 'ms':
      return value >= 1000
        ? `${(value / 1000).toFixed(value >= 10_000 ? 1 : 2)} s`
        : `${value.toFixed(0)} ms`;
    case 'kB':
      return value >= 1000 ? `${(value / 1000).toFixed(1)} MB` : `${value.toFixed(0)} kB`;
    case 'MB':
      return value >= 1000 ? `${(value / 1000).toFixed(2)} GB` : `${value.toFixed(0)} MB`;
    case 'x':
      return `${value.toFixed(2)}×`;
    case 'rows':
      return value.toLocaleString('en');
  }
}
