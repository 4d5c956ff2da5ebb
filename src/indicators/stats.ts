/** Two-sided 95% normal quantile, Φ⁻¹(0.975). */
export const Z95 = 1.959963984540054;

export interface IntervalOptions {
  /** Normal quantile of the interval; 95% two-sided by default. */
  z?: number;
  /** Size of the surveyed population; when known, the finite population correction applies. */
  populationN?: number | null;
}

export interface ProportionInterval {
  p: number | null;
  low: number | null;
  high: number | null;
  n: number;
}

export interface NpsCounts {
  promoters: number;
  passives: number;
  detractors: number;
}

export interface NpsResult extends NpsCounts {
  /** Points from -100 to 100. */
  nps: number | null;
  low: number | null;
  high: number | null;
  n: number;
}

export interface MeanIntervalOptions {
  /** Two-sided confidence level, 0.95 by default. */
  level?: number;
  populationN?: number | null;
}

export interface MeanInterval {
  mean: number | null;
  low: number | null;
  high: number | null;
  n: number;
  /** Sample standard deviation (n - 1 denominator); null for n < 2. */
  sd: number | null;
}

export interface DispositionCounts {
  complete: number;
  partial: number;
  refusal: number;
  noncontact: number;
  ineligible: number;
  unknown: number;
}

export interface Cell {
  key: string;
  n: number;
}

export type SuppressionReason = 'primary' | 'secondary';

export interface SuppressedCell extends Cell {
  suppressed: boolean;
  reason: SuppressionReason | null;
}

export interface SuppressionOptions {
  /** Cells with 0 < n < threshold are hidden; 5 by default, never below 3. */
  threshold?: number;
  /**
   * The total published with (or elsewhere beside) the breakdown. Left out: the cells' sum is
   * taken to be published, since the dashboard shows n beside every figure. `null`: no total is
   * published anywhere, so nothing can be recomputed by subtraction.
   */
  total?: number | null;
}

export const DEFAULT_SUPPRESSION_THRESHOLD = 5;
export const MIN_SUPPRESSION_THRESHOLD = 3;

function count(x: number): number {
  return Number.isFinite(x) && x > 0 ? x : 0;
}

function normalZ(z: number | undefined): number {
  return z !== undefined && Number.isFinite(z) ? Math.abs(z) : Z95;
}

function hasPopulation(populationN: number | null | undefined): populationN is number {
  return populationN !== null && populationN !== undefined && Number.isFinite(populationN);
}

/**
 * Variance factor (N - n)/(N - 1) for a proportion under simple random sampling without
 * replacement (Cochran 1977, Sampling Techniques, thm 3.2); 1 without a known population, 0 once
 * the sample covers it.
 */
function proportionFpc(n: number, populationN: number | null | undefined): number {
  if (!hasPopulation(populationN)) return 1;
  if (n >= populationN) return 0;
  return (populationN - n) / (populationN - 1);
}

export function wilson(
  successes: number,
  n: number,
  opts: IntervalOptions = {},
): ProportionInterval {
  if (!Number.isFinite(n) || n <= 0 || !Number.isFinite(successes)) {
    return { p: null, low: null, high: null, n: count(n) };
  }
  const x = Math.min(Math.max(successes, 0), n);
  const p = x / n;
  const z = normalZ(opts.z);
  const fpc = proportionFpc(n, opts.populationN);
  if (fpc === 0 || z === 0) return { p, low: p, high: p, n };
  // FPC via the effective sample size n / deff with deff = fpc (Kish 1965; Korn & Graubard 1998).
  const nEff = n / fpc;
  const z2 = z * z;
  const denominator = 1 + z2 / nEff;
  const centre = (p + z2 / (2 * nEff)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / nEff + z2 / (4 * nEff * nEff));
  const low = x === 0 ? 0 : Math.min(p, Math.max(0, centre - half));
  const high = x === n ? 1 : Math.max(p, Math.min(1, centre + half));
  return { p, low, high, n };
}

/** Share of promoters minus share of detractors, in points; null without respondents. */
export function npsScore(counts: NpsCounts): number | null {
  return npsInterval(counts).nps;
}

export function npsInterval(counts: NpsCounts, opts: IntervalOptions = {}): NpsResult {
  const promoters = count(counts.promoters);
  const passives = count(counts.passives);
  const detractors = count(counts.detractors);
  const n = promoters + passives + detractors;
  if (n === 0) {
    return { nps: null, low: null, high: null, n, promoters, passives, detractors };
  }
  const pP = promoters / n;
  const pD = detractors / n;
  const nps = (pP - pD) * 100;
  // Variance of the mean of a score that is +1, 0 or -1 per respondent.
  const variance = (Math.max(0, pP + pD - (pP - pD) ** 2) / n) * proportionFpc(n, opts.populationN);
  const half = normalZ(opts.z) * Math.sqrt(variance) * 100;
  const low = Math.min(nps, Math.max(-100, nps - half));
  const high = Math.max(nps, Math.min(100, nps + half));
  return { nps, low, high, n, promoters, passives, detractors };
}

/** A Student t-interval of a mean from its sample sd and n, aggregated in SQL. */
export function meanIntervalFromSummary(
  mean: number | null,
  sd: number | null,
  n: number,
  opts: MeanIntervalOptions = {},
): MeanInterval {
  if (mean === null || !Number.isFinite(mean) || n === 0) {
    return { mean: null, low: null, high: null, n, sd: null };
  }
  if (n < 2 || sd === null || !Number.isFinite(sd))
    return { mean, low: null, high: null, n, sd: null };
  const level = opts.level ?? 0.95;
  const t = level > 0 && level < 1 ? studentTQuantile((1 + level) / 2, n - 1) : null;
  if (t === null) return { mean, low: null, high: null, n, sd };
  // For a mean the sample variance estimates S², so the correction is 1 - n/N (Cochran 1977, 2.6).
  const fpc = hasPopulation(opts.populationN)
    ? Math.max(0, 1 - n / Math.max(n, opts.populationN))
    : 1;
  const half = t * (sd / Math.sqrt(n)) * Math.sqrt(fpc);
  return { mean, low: mean - half, high: mean + half, n, sd };
}

/** AAPOR Response Rate 1; ineligible cases are left out of the base. */
export function aaporRR1(counts: DispositionCounts): number | null {
  const { complete, partial, refusal, noncontact, unknown } = counts;
  const parts = [complete, partial, refusal, noncontact, unknown];
  if (parts.some((v) => !Number.isFinite(v) || v < 0)) return null;
  const denominator = complete + partial + refusal + noncontact + unknown;
  return denominator > 0 ? complete / denominator : null;
}

function suppressionThreshold(threshold: number | undefined): number {
  const t =
    threshold !== undefined && Number.isFinite(threshold)
      ? threshold
      : DEFAULT_SUPPRESSION_THRESHOLD;
  return Math.max(MIN_SUPPRESSION_THRESHOLD, t);
}

/**
 * Primary suppression hides 0 < n < threshold. Zero cells are shown: an empty cell describes no
 * person. Where a total is published, one hidden cell could be recomputed by subtraction, and so
 * could a hidden group summing below the threshold, so the smallest non-zero visible cells are
 * hidden too until at least two cells with a combined n >= threshold are hidden. Only when no
 * non-zero cell is left (the whole breakdown is below the threshold) are zero cells hidden, since
 * a visible zero beside a small total would give the hidden cell away.
 */
export function suppressCells(
  cells: readonly Cell[],
  opts: SuppressionOptions = {},
): SuppressedCell[] {
  const threshold = suppressionThreshold(opts.threshold);
  const out: SuppressedCell[] = cells.map(({ key, n }) => {
    const primary = n > 0 && n < threshold;
    return { key, n, suppressed: primary, reason: primary ? 'primary' : null };
  });
  if (opts.total === null) return out;
  const hidden = out.filter((c) => c.suppressed);
  if (hidden.length === 0) return out;
  let hiddenCount = hidden.length;
  let hiddenSum = hidden.reduce((s, c) => s + count(c.n), 0);
  const weight = (c: SuppressedCell): number => (c.n > 0 ? c.n : Number.POSITIVE_INFINITY);
  const candidates = out
    .filter((c) => !c.suppressed)
    .sort((a, b) => (weight(a) === weight(b) ? 0 : weight(a) < weight(b) ? -1 : 1));
  for (const cell of candidates) {
    if (hiddenCount >= 2 && hiddenSum >= threshold) break;
    cell.suppressed = true;
    cell.reason = 'secondary';
    hiddenCount += 1;
    hiddenSum += count(cell.n);
  }
  return out;
}

/**
 * Whether a hidden value can be recomputed from the published total and the visible cells: a
 * single hidden cell, or hidden cells whose derivable sum is below the threshold. A breakdown
 * hidden entirely adds nothing to the total, so it does not count.
 */
export function revealable(
  cells: readonly SuppressedCell[],
  total: number | null,
  threshold: number = DEFAULT_SUPPRESSION_THRESHOLD,
): boolean {
  if (total === null) return false;
  const hidden = cells.filter((c) => c.suppressed);
  if (hidden.length === 0 || hidden.length === cells.length) return false;
  if (hidden.length === 1) return true;
  return hidden.reduce((s, c) => s + count(c.n), 0) < suppressionThreshold(threshold);
}

// Lanczos approximation, g = 7, n = 9 (Numerical Recipes 3rd ed., 6.1), about 15 digits.
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
  -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
  1.5056327351493116e-7,
];

function logGamma(x: number): number {
  if (x < 0.5) return logGamma(x + 1) - Math.log(x);
  const y = x - 1;
  let sum = LANCZOS[0] ?? 1;
  for (let i = 1; i < LANCZOS.length; i += 1) sum += (LANCZOS[i] ?? 0) / (y + i);
  const t = y + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (y + 0.5) * Math.log(t) - t + Math.log(sum);
}

// Modified Lentz evaluation of the incomplete beta continued fraction (Numerical Recipes 6.4).
function betaContinuedFraction(x: number, a: number, b: number): number {
  const tiny = 1e-300;
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 10000; m += 1) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-15) break;
  }
  return h;
}

/** Regularized incomplete beta function I_x(a, b). */
function regularizedBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(
    a * Math.log(x) + b * Math.log1p(-x) - (logGamma(a) + logGamma(b) - logGamma(a + b)),
  );
  if (x < (a + 1) / (a + b + 2)) return (front * betaContinuedFraction(x, a, b)) / a;
  return 1 - (front * betaContinuedFraction(1 - x, b, a)) / b;
}

/** P(T > t) for t >= 0 under Student's t with df degrees of freedom. */
function studentTUpperTail(t: number, df: number): number {
  return 0.5 * regularizedBeta(df / (df + t * t), df / 2, 0.5);
}

/**
 * Quantile of Student's t: the upper tail, written through the regularized incomplete beta
 * function, is inverted by bisection to full double precision.
 */
export function studentTQuantile(p: number, df: number): number | null {
  if (!(p > 0 && p < 1) || !(df > 0) || !Number.isFinite(df)) return null;
  if (p === 0.5) return 0;
  if (p < 0.5) {
    const upper = studentTQuantile(1 - p, df);
    return upper === null ? null : -upper;
  }
  const tail = 1 - p;
  let lo = 0;
  let hi = 1;
  while (studentTUpperTail(hi, df) > tail && hi < 1e300) {
    lo = hi;
    hi *= 2;
  }
  for (let i = 0; i < 2000; i += 1) {
    const mid = (lo + hi) / 2;
    if (mid <= lo || mid >= hi) break;
    if (studentTUpperTail(mid, df) > tail) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}
