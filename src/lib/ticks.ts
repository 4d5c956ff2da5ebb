/** An axis's extent and its ticks, at round steps (1, 2, 2.5 or 5 times a power of ten). */
export interface NiceScale {
  readonly min: number;
  readonly max: number;
  readonly step: number;
  readonly ticks: readonly number[];
}

const STEPS = [1, 2, 2.5, 5, 10];

/**
 * The smallest round scale that holds `low`..`high` (zero included, as bars start there) in
 * at most `count` steps: 0–60% in steps of 20% rather than 0,65 in steps of 0,13.
 */
export function niceScale(low: number, high: number, count = 5): NiceScale {
  const from = Math.min(0, low);
  // Nothing but zero: a unit scale, so that a 0,0% bar reads as zero, not as an empty axis.
  const to = Math.max(0, high) === from ? from + 1 : Math.max(0, high);
  const span = to - from;
  const raw = span / Math.max(1, count);
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = (STEPS.find((s) => s * magnitude >= raw - 1e-12) ?? 10) * magnitude;
  const min = Math.floor(from / step + 1e-9) * step;
  const max = Math.ceil(to / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let v = min; v <= max + step / 2; v += step) ticks.push(Number(v.toPrecision(12)));
  return { min: ticks[0] ?? min, max: ticks[ticks.length - 1] ?? max, step, ticks };
}

/** Decimals a tick needs to show its step exactly: 0 for 20, 1 for 2,5. */
export function stepDecimals(step: number): number {
  for (let d = 0; d < 6; d++) {
    if (Math.abs(Math.round(step * 10 ** d) - step * 10 ** d) < 1e-9) return d;
  }
  return 6;
}
