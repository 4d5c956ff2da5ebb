import { describe, expect, it } from 'vitest';
import {
  aaporRR1,
  meanIntervalFromSummary,
  npsInterval,
  npsScore,
  revealable,
  studentTQuantile,
  suppressCells,
  wilson,
  type Cell,
} from './stats';

// Reference values below were computed on this machine with Python 3.11 + scipy 1.17
// (scipy.stats.t.ppf, numpy.quantile) or from the closed-form formulas by hand, as noted.

/** mulberry32: a tiny seeded PRNG so the property checks are reproducible. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('wilson', () => {
  it('matches the textbook 95% interval for 8/10', () => {
    // centre = (0.8 + 1.9208/10) / 1.38415 = 0.71695; half = 1.41600 * sqrt(0.016 + 0.0096) = 0.22636
    const r = wilson(8, 10);
    expect(r.p).toBe(0.8);
    expect(r.n).toBe(10);
    expect(r.low).toBeCloseTo(0.4902, 4);
    expect(r.high).toBeCloseTo(0.9433, 4);
  });

  it('reproduces Newcombe (1998) Table II, score method, for 81/263', () => {
    // Newcombe, Stat Med 17:857-872: 0.2553 to 0.3662
    const r = wilson(81, 263);
    expect(r.low).toBeCloseTo(0.2553, 4);
    expect(r.high).toBeCloseTo(0.3662, 4);
  });

  it('pins the bound at 0 for no successes and at 1 for all successes', () => {
    // 0/10: high = z²/n / (1 + z²/n) = 0.38415 / 1.38415 = 0.27753
    const none = wilson(0, 10);
    expect(none.p).toBe(0);
    expect(none.low).toBe(0);
    expect(none.high).toBeCloseTo(0.2775, 4);
    // 10/10 mirrors it: low = 1 - 0.27753
    const all = wilson(10, 10);
    expect(all.p).toBe(1);
    expect(all.low).toBeCloseTo(0.7225, 4);
    expect(all.high).toBe(1);
  });

  it('returns nulls rather than NaN for n = 0', () => {
    expect(wilson(0, 0)).toEqual({ p: null, low: null, high: null, n: 0 });
    expect(wilson(3, 0, { populationN: 10 })).toEqual({ p: null, low: null, high: null, n: 0 });
  });

  it('uses the given z', () => {
    // z = 0 leaves only the point estimate
    expect(wilson(3, 10, { z: 0 })).toEqual({ p: 0.3, low: 0.3, high: 0.3, n: 10 });
    const narrow = wilson(8, 10, { z: 1.6448536269514722 });
    const wide = wilson(8, 10);
    expect(narrow.low).toBeGreaterThan(wide.low ?? 1);
    expect(narrow.high).toBeLessThan(wide.high ?? 0);
  });

  it('narrows with the finite population correction, computed through n_eff = n (N - 1) / (N - n)', () => {
    // 8/10 of N = 20: n_eff = 10 * 19 / 10 = 19 -> Wilson for p = 0.8, n = 19
    const r = wilson(8, 10, { populationN: 20 });
    expect(r.low).toBeCloseTo(0.577924, 6);
    expect(r.high).toBeCloseTo(0.921169, 6);
    // 81/263 of N = 400: n_eff = 263 * 399 / 137 = 765.96
    const big = wilson(81, 263, { populationN: 400 });
    expect(big.low).toBeCloseTo(0.276317, 6);
    expect(big.high).toBeCloseTo(0.341569, 6);
  });

  it('ignores a missing or infinite population', () => {
    expect(wilson(8, 10, { populationN: null })).toEqual(wilson(8, 10));
    expect(wilson(8, 10, { populationN: Number.POSITIVE_INFINITY })).toEqual(wilson(8, 10));
  });

  it('collapses to the point estimate once the sample is the whole population', () => {
    expect(wilson(8, 10, { populationN: 10 })).toEqual({ p: 0.8, low: 0.8, high: 0.8, n: 10 });
    expect(wilson(8, 10, { populationN: 9 })).toEqual({ p: 0.8, low: 0.8, high: 0.8, n: 10 });
  });

  it('keeps 0 <= low <= p <= high <= 1 and nests the FPC interval inside the plain one', () => {
    const rand = mulberry32(24);
    for (let i = 0; i < 2000; i += 1) {
      const n = 1 + Math.floor(rand() * 500);
      const x = Math.floor(rand() * (n + 1));
      const populationN = n + Math.floor(rand() * 1000);
      const plain = wilson(x, n);
      const fpc = wilson(x, n, { populationN });
      for (const r of [plain, fpc]) {
        const { p, low, high } = r;
        if (p === null || low === null || high === null) throw new Error('unexpected null');
        expect(low).toBeGreaterThanOrEqual(0);
        expect(low).toBeLessThanOrEqual(p);
        expect(high).toBeGreaterThanOrEqual(p);
        expect(high).toBeLessThanOrEqual(1);
      }
      expect(fpc.low ?? -1).toBeGreaterThanOrEqual((plain.low ?? 0) - 1e-12);
      expect(fpc.high ?? 2).toBeLessThanOrEqual((plain.high ?? 1) + 1e-12);
    }
  });
});

describe('NPS', () => {
  it('scores 50 promoters, 30 passives and 20 detractors at 30 ± 15.31', () => {
    // var = (0.5 + 0.2 - 0.3²) / 100 = 0.0061; se = 0.078102; z * se * 100 = 15.3078
    const r = npsInterval({ promoters: 50, passives: 30, detractors: 20 });
    expect(r.nps).toBeCloseTo(30, 10);
    expect(r.n).toBe(100);
    expect(r.low).toBeCloseTo(14.6922, 4);
    expect(r.high).toBeCloseTo(45.3078, 4);
    expect(npsScore({ promoters: 50, passives: 30, detractors: 20 })).toBeCloseTo(30, 10);
  });

  it('collapses the interval at 100 when everyone is a promoter, and at -100 for all detractors', () => {
    // var = (1 + 0 - 1²) / n = 0
    expect(npsInterval({ promoters: 12, passives: 0, detractors: 0 })).toMatchObject({
      nps: 100,
      low: 100,
      high: 100,
    });
    expect(npsInterval({ promoters: 0, passives: 0, detractors: 7 })).toMatchObject({
      nps: -100,
      low: -100,
      high: -100,
    });
    // all passives: score 0 with zero variance
    expect(npsInterval({ promoters: 0, passives: 5, detractors: 0 })).toMatchObject({
      nps: 0,
      low: 0,
      high: 0,
    });
  });

  it('clips a wide interval to [-100, 100]', () => {
    // 3/1/1: nps 40, var = (0.6 + 0.2 - 0.16) / 5 = 0.128, half = 1.96 * 0.35777 * 100 = 70.12
    const r = npsInterval({ promoters: 3, passives: 1, detractors: 1 });
    expect(r.nps).toBeCloseTo(40, 10);
    expect(r.low).toBeCloseTo(-30.1218, 4);
    expect(r.high).toBe(100);
  });

  it('returns nulls for no respondents', () => {
    expect(npsInterval({ promoters: 0, passives: 0, detractors: 0 })).toEqual({
      nps: null,
      low: null,
      high: null,
      n: 0,
      promoters: 0,
      passives: 0,
      detractors: 0,
    });
    expect(npsScore({ promoters: 0, passives: 0, detractors: 0 })).toBeNull();
  });

  it('narrows with the finite population correction and collapses at n = N', () => {
    // N = 200: var * (200 - 100) / 199 -> se = 0.055365; half = 10.8514
    const r = npsInterval({ promoters: 50, passives: 30, detractors: 20 }, { populationN: 200 });
    expect(r.low).toBeCloseTo(19.1486, 4);
    expect(r.high).toBeCloseTo(40.8514, 4);
    // N = 101: var * 1 / 100 -> half = 1.5308
    const almost = npsInterval(
      { promoters: 50, passives: 30, detractors: 20 },
      { populationN: 101 },
    );
    expect(almost.low).toBeCloseTo(28.4692, 4);
    const whole = npsInterval(
      { promoters: 50, passives: 30, detractors: 20 },
      { populationN: 100 },
    );
    expect(whole.low).toBeCloseTo(30, 10);
    expect(whole.high).toBeCloseTo(30, 10);
  });
});

describe('studentTQuantile', () => {
  it.each([
    // [df, printed table value, scipy.stats.t.ppf(0.975, df)]
    [1, 12.706, 12.706204736174694],
    [2, 4.303, 4.302652729749462],
    [5, 2.571, 2.5705818356363146],
    [10, 2.228, 2.228138851986274],
    [30, 2.042, 2.0422724563012378],
    [100, 1.984, 1.9839715185235518],
    [1000, 1.962, 1.9623390808264083],
  ])('gives t(0.975, %i) = %f', (df, table, precise) => {
    const t = studentTQuantile(0.975, df);
    expect(t).toBeCloseTo(table, 3);
    expect(t).toBeCloseTo(precise, 9);
  });

  it('is accurate in the far tails and symmetric', () => {
    // scipy: t.ppf(0.9995, 1), t.ppf(0.995, 3), t.ppf(0.95, 7), t.ppf(0.025, 4)
    expect(studentTQuantile(0.9995, 1)).toBeCloseTo(636.6192487687897, 6);
    expect(studentTQuantile(0.995, 3)).toBeCloseTo(5.840909309733355, 9);
    expect(studentTQuantile(0.95, 7)).toBeCloseTo(1.8945786050900062, 9);
    expect(studentTQuantile(0.025, 4)).toBeCloseTo(-2.7764451051977943, 9);
    expect(studentTQuantile(0.5, 9)).toBe(0);
  });

  it('returns null outside its domain', () => {
    expect(studentTQuantile(0, 5)).toBeNull();
    expect(studentTQuantile(1, 5)).toBeNull();
    expect(studentTQuantile(0.975, 0)).toBeNull();
    expect(studentTQuantile(Number.NaN, 5)).toBeNull();
  });
});

/** Mean and sample sd of the values, as the figures' SQL aggregates them, then the interval. */
function meanInterval(
  values: readonly number[],
  opts: Parameters<typeof meanIntervalFromSummary>[3] = {},
) {
  const xs = values.filter((v) => Number.isFinite(v));
  const n = xs.length;
  const mean = n > 0 ? xs.reduce((s, v) => s + v, 0) / n : null;
  const sd =
    mean !== null && n > 1
      ? Math.sqrt(xs.reduce((s, v) => s + (v - mean) ** 2, 0) / (n - 1))
      : null;
  return meanIntervalFromSummary(mean, sd, n, opts);
}

describe('meanIntervalFromSummary', () => {
  const values = [2, 4, 4, 4, 5, 5, 7, 9];

  it('gives a Student t interval with n - 1 degrees of freedom', () => {
    // mean 5, sd = sqrt(32 / 7) = 2.138090, se = 0.755929, t(0.975, 7) = 2.364624
    const r = meanInterval(values);
    expect(r.mean).toBe(5);
    expect(r.n).toBe(8);
    expect(r.sd).toBeCloseTo(2.138089935299395, 12);
    expect(r.low).toBeCloseTo(3.21251208176379, 9);
    expect(r.high).toBeCloseTo(6.787487918236209, 9);
  });

  it('uses the requested confidence level', () => {
    // t(0.95, 7) = 1.894579 -> 5 ± 1.432167
    const r = meanInterval(values, { level: 0.9 });
    expect(r.low).toBeCloseTo(3.5678331919051978, 9);
    expect(r.high).toBeCloseTo(6.432166808094802, 9);
  });

  it('applies 1 - n/N for a finite population and collapses at n = N', () => {
    // se * sqrt(1 - 8/20) -> 5 ± 1.384582
    const r = meanInterval(values, { populationN: 20 });
    expect(r.low).toBeCloseTo(3.6154178122248393, 9);
    expect(r.high).toBeCloseTo(6.384582187775161, 9);
    expect(meanInterval(values, { populationN: 8 })).toMatchObject({ low: 5, high: 5 });
  });

  it('gives null bounds below two values and nulls for none', () => {
    expect(meanInterval([])).toEqual({ mean: null, low: null, high: null, n: 0, sd: null });
    expect(meanInterval([7])).toEqual({ mean: 7, low: null, high: null, n: 1, sd: null });
    expect(meanInterval([Number.NaN, 3])).toEqual({
      mean: 3,
      low: null,
      high: null,
      n: 1,
      sd: null,
    });
  });

  it('collapses for identical values', () => {
    expect(meanInterval([3, 3, 3])).toEqual({ mean: 3, low: 3, high: 3, n: 3, sd: 0 });
  });
});

describe('aaporRR1', () => {
  it('divides completes by all eligible and unknown-eligibility cases', () => {
    // 120 / (120 + 10 + 15 + 40 + 15) = 120 / 200; the 25 ineligible cases are left out
    expect(
      aaporRR1({
        complete: 120,
        partial: 10,
        refusal: 15,
        noncontact: 40,
        ineligible: 25,
        unknown: 15,
      }),
    ).toBe(0.6);
    expect(
      aaporRR1({ complete: 3, partial: 0, refusal: 0, noncontact: 1, ineligible: 0, unknown: 0 }),
    ).toBe(0.75);
  });

  it('is null without eligible cases', () => {
    expect(
      aaporRR1({ complete: 0, partial: 0, refusal: 0, noncontact: 0, ineligible: 9, unknown: 0 }),
    ).toBeNull();
  });

  it('is null for impossible counts', () => {
    expect(
      aaporRR1({ complete: 5, partial: -1, refusal: 0, noncontact: 0, ineligible: 0, unknown: 0 }),
    ).toBeNull();
  });
});

describe('suppressCells', () => {
  const cellsOf = (...ns: number[]): Cell[] => ns.map((n, i) => ({ key: `c${i}`, n }));
  const hiddenKeys = (cells: ReturnType<typeof suppressCells>) =>
    cells.filter((c) => c.suppressed).map((c) => `${c.key}:${c.reason ?? ''}`);

  it('leaves a breakdown with no small cells alone', () => {
    const out = suppressCells(cellsOf(12, 5, 30));
    expect(out.every((c) => !c.suppressed && c.reason === null)).toBe(true);
    expect(out.map((c) => c.n)).toEqual([12, 5, 30]);
  });

  it('hides a single small cell and the next smallest cell beside a total', () => {
    const out = suppressCells(cellsOf(40, 3, 12, 9), { total: 64 });
    expect(hiddenKeys(out)).toEqual(['c1:primary', 'c3:secondary']);
    expect(revealable(out, 64)).toBe(false);
  });

  it('treats the cells’ sum as published when no total is passed', () => {
    expect(hiddenKeys(suppressCells(cellsOf(40, 3, 12, 9)))).toEqual([
      'c1:primary',
      'c3:secondary',
    ]);
  });

  it('does only primary suppression when no total is published', () => {
    expect(hiddenKeys(suppressCells(cellsOf(40, 3, 12, 9), { total: null }))).toEqual([
      'c1:primary',
    ]);
  });

  it('adds a cell when the small cells together stay below the threshold', () => {
    // 1 + 2 = 3 < 5 could be derived from the total, so the 8 goes too
    const out = suppressCells(cellsOf(1, 2, 8, 20), { total: 31 });
    expect(hiddenKeys(out)).toEqual(['c0:primary', 'c1:primary', 'c2:secondary']);
    // 2 + 4 = 6 >= 5: two hidden cells already protect each other
    expect(hiddenKeys(suppressCells(cellsOf(2, 4, 8, 20), { total: 34 }))).toEqual([
      'c0:primary',
      'c1:primary',
    ]);
  });

  it('shows zero cells, and hides them only when nothing else can cover a small cell', () => {
    expect(hiddenKeys(suppressCells(cellsOf(0, 2, 0, 7), { total: 9 }))).toEqual([
      'c1:primary',
      'c3:secondary',
    ]);
    // 3 beside two visible zeros would equal the total, so the whole breakdown goes
    const tiny = suppressCells(cellsOf(3, 0, 0), { total: 3 });
    expect(hiddenKeys(tiny)).toEqual(['c0:primary', 'c1:secondary', 'c2:secondary']);
    expect(revealable(tiny, 3)).toBe(false);
  });

  it('uses a configurable threshold but never one below 3', () => {
    expect(hiddenKeys(suppressCells(cellsOf(6, 20, 30), { threshold: 10, total: null }))).toEqual([
      'c0:primary',
    ]);
    // threshold 1 is raised to 3: the 2 is still hidden, the 3 is not
    expect(hiddenKeys(suppressCells(cellsOf(2, 3, 30), { threshold: 1, total: null }))).toEqual([
      'c0:primary',
    ]);
    expect(
      hiddenKeys(suppressCells(cellsOf(2, 3, 30), { threshold: Number.NaN, total: null })),
    ).toEqual(['c0:primary', 'c1:primary']);
  });

  it('handles an empty breakdown', () => {
    expect(suppressCells([], { total: 0 })).toEqual([]);
  });

  it('never lets a hidden value be recomputed from the total (seeded property check)', () => {
    const rand = mulberry32(2026);
    for (let run = 0; run < 2000; run += 1) {
      const k = 1 + Math.floor(rand() * 8);
      const ns = Array.from({ length: k }, () => {
        const r = rand();
        if (r < 0.2) return 0;
        if (r < 0.6) return 1 + Math.floor(rand() * 7);
        return Math.floor(rand() * 60);
      });
      const threshold = 1 + Math.floor(rand() * 9);
      const sum = ns.reduce((s, n) => s + n, 0);
      const total = rand() < 0.5 ? sum : sum + Math.floor(rand() * 10);
      const out = suppressCells(cellsOf(...ns), { threshold, total });
      const effective = Math.max(3, threshold);

      expect(revealable(out, total, threshold)).toBe(false);
      expect(revealable(suppressCells(cellsOf(...ns), { threshold }), sum, threshold)).toBe(false);
      for (const c of out) {
        const small = c.n > 0 && c.n < effective;
        expect(c.reason === 'primary').toBe(small);
        expect(c.suppressed).toBe(c.reason !== null);
      }
      // zeros are hidden only when the whole breakdown is below the threshold
      if (sum >= effective) {
        expect(out.some((c) => c.n === 0 && c.suppressed)).toBe(false);
      }
      expect(out.filter((c) => c.reason === 'secondary' && c.n > 0).length).toBeLessThanOrEqual(1);
    }
  });
});

describe('revealable', () => {
  const cell = (key: string, n: number, reason: 'primary' | 'secondary' | null) => ({
    key,
    n,
    suppressed: reason !== null,
    reason,
  });

  it('flags a lone hidden cell and a small hidden group, but not a protected one', () => {
    expect(revealable([cell('a', 3, 'primary'), cell('b', 20, null)], 23)).toBe(true);
    expect(
      revealable([cell('a', 1, 'primary'), cell('b', 2, 'primary'), cell('c', 20, null)], 23),
    ).toBe(true);
    expect(
      revealable([cell('a', 3, 'primary'), cell('b', 9, 'secondary'), cell('c', 20, null)], 32),
    ).toBe(false);
  });

  it('finds nothing to recompute without a total', () => {
    expect(revealable([cell('a', 3, 'primary'), cell('b', 20, null)], null)).toBe(false);
  });
});
