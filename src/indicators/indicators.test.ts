import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeEngine } from '../engine/node';
import type { Engine } from '../engine/types';
import { loadDataset } from '../ingest/dataset';
import { appendWave, removeWave, waveFiles } from '../ingest/wave';
import { TABLE_NAMES } from '../model';
import { NO_FILTERS, type Filters } from './filters';
import { INDICATORS, indicatorById } from './registry';
import { computeIndicator, newRunContext, type RunOptions } from './run';
import { fixtureFiles } from './testing/fixture';
import type { BreakdownRow, IndicatorResult, Interval } from './types';

// Every expected figure is counted by hand from src/indicators/testing/fixture.ts; the comment
// beside an assertion says which rows count and why. Intervals were computed apart from the code,
// by the formulas: Wilson centre ± half with z = 1.959964, the finite population correction as an
// effective sample size nEff = n / fpc with fpc = (N - n) / (N - 1); NPS ± z·√var·100.

const REF = '2021-12-31';

let engine: Engine;

async function loadFixture(): Promise<void> {
  const report = await loadDataset(engine, fixtureFiles());
  if (!report.ok) throw new Error(`fixture does not load: ${JSON.stringify(report.issues)}`);
}

beforeAll(async () => {
  engine = await createNodeEngine();
  await loadFixture();
});
afterAll(async () => {
  await engine.close();
});

/** Runs one indicator; without a breakdown unless one is asked for (`undefined`: its default). */
async function run(
  id: string,
  filters: Partial<Filters> = {},
  options: RunOptions = {},
): Promise<IndicatorResult> {
  const def = indicatorById(id);
  if (!def) throw new Error(`unknown indicator ${id}`);
  const ctx = newRunContext((q) => engine.query(q));
  return computeIndicator(def, { ...NO_FILTERS, ...filters }, ctx, {
    breakdown: null,
    ...options,
  });
}

interface Figures {
  readonly value: number | null;
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly n: number | null;
}

function expectFigures(actual: Figures, want: Figures): void {
  for (const k of ['value', 'numerator', 'denominator', 'n'] as const) {
    const w = want[k];
    if (w === null) expect(actual[k], k).toBeNull();
    else expect(actual[k], k).toBeCloseTo(w, 9);
  }
}

function expectCi(actual: { readonly ci: Interval | null }, low: number, high: number): void {
  expect(actual.ci).not.toBeNull();
  expect(actual.ci?.low).toBeCloseTo(low, 8);
  expect(actual.ci?.high).toBeCloseTo(high, 8);
}

function cell(r: IndicatorResult, key: string | null): BreakdownRow {
  const found = r.breakdown.find((b) => b.key === key);
  if (!found) throw new Error(`${r.id} has no breakdown row ${String(key)}`);
  return found;
}

/** [key, numerator, denominator] of every breakdown row, in the result's order. */
function counts(r: IndicatorResult): [string | null, number | null, number | null][] {
  return r.breakdown.map((b) => [b.key, b.numerator, b.denominator]);
}

describe('A. reach of the target group', () => {
  it('A1 applicant coverage counts distinct lead applicants over the latest population frame', async () => {
    // 13 applications by 11 distinct lead organisations (ORG-0001 and ORG-0002 apply twice).
    // Latest frame is ref_year 2022: 10+40+5+285+285+100+50+100+50+45 = 970.
    const r = await run('A1');
    expectFigures(r, { value: 11 / 970, numerator: 11, denominator: 970, n: 970 });
    expect(r.ci).toBeNull();
  });

  it('A1 under a reference date counts applications submitted by then over that year’s frame', async () => {
    // By 2020-12-31: APP-2020-001..007, leads ORG-0001, 0005, 0003, 0007, 0011, 0004, 0002 = 7.
    // Frame: latest ref_year not after 2020 is 2020: total 1000.
    const r = await run('A1', { asOf: '2020-12-31' });
    expectFigures(r, { value: 7 / 1000, numerator: 7, denominator: 1000, n: 1000 });
    // At REF every application is in (11) and the frame is still 2020's (no 2021 frame).
    expectFigures(await run('A1', { asOf: REF }), {
      value: 11 / 1000,
      numerator: 11,
      denominator: 1000,
      n: 1000,
    });
  });

  it('A1 breaks down by org type against each type’s own frame count', async () => {
    // One applicant per type except municipality (ORG-0001, ORG-0002); 2022 frame counts.
    const r = await run('A1', {}, { breakdown: 'org_type' });
    expect(counts(r)).toEqual([
      ['care', 1, 100],
      ['department', 1, 10],
      ['education', 1, 50],
      ['flemish_agency', 1, 40],
      ['hospital', 1, 50],
      ['intermunicipal', 1, 100],
      ['municipality', 2, 285],
      ['ocmw', 1, 285],
      ['other', 1, 45],
      ['province', 1, 5],
    ]);
    // By level: local = ORG-0001..0004 over 285+285+100.
    const byLevel = await run('A1', {}, { breakdown: 'gov_level' });
    expect(counts(byLevel)).toEqual([
      ['flemish', 2, 50],
      ['local', 4, 670],
      ['other', 4, 245],
      ['provincial', 1, 5],
    ]);
  });

  it('A1 call-type filter keeps only applicants to thematic calls, over the whole frame', async () => {
    // CALL-2020-THEM-1: APP-2020-006 (ORG-0004) and APP-2020-007 (ORG-0002).
    const r = await run('A1', { callTypes: ['thematic'] });
    expectFigures(r, { value: 2 / 970, numerator: 2, denominator: 970, n: 970 });
    expect(r.filtersNotApplied).toEqual([]);
  });

  it('A2 participant coverage counts lead and partner buyers of eligible projects', async () => {
    // Buyers of the 7 projects: ORG-0001 (twice), 0003, 0005, 0011, 0004, 0002, 0008, 0009,
    // 0006 = 9 distinct, over 970.
    expectFigures(await run('A2'), { value: 9 / 970, numerator: 9, denominator: 970, n: 970 });
    // At REF PIO-2021-003 (eligible 2022-01-20) is not a project yet: ORG-0006 drops; frame 1000.
    expectFigures(await run('A2', { asOf: REF }), {
      value: 8 / 1000,
      numerator: 8,
      denominator: 1000,
      n: 1000,
    });
  });

  it('A2 filters by procedure and by the buyer’s own org type', async () => {
    // pcp: PIO-2020-001 only, buyers ORG-0001 and ORG-0003.
    expectFigures(await run('A2', { procedures: ['pcp'] }), {
      value: 2 / 970,
      numerator: 2,
      denominator: 970,
      n: 970,
    });
    // municipality: ORG-0001 (lead) and ORG-0002 (partner of PIO-2020-004), over 285.
    expectFigures(await run('A2', { orgTypes: ['municipality'] }), {
      value: 2 / 285,
      numerator: 2,
      denominator: 285,
      n: 285,
    });
  });

  it('A3 local-government share counts every submitted application, pending ones included', async () => {
    // Local leads (ORG-0001..0004): APP-2020-001, -003, -006, -007, APP-2021-001, -004 = 6 of 13.
    expectFigures(await run('A3'), { value: 6 / 13, numerator: 6, denominator: 13, n: 13 });
    // By 2020-12-31: APP-2020-001..007, local 001, 003, 006, 007.
    expectFigures(await run('A3', { asOf: '2020-12-31' }), {
      value: 4 / 7,
      numerator: 4,
      denominator: 7,
      n: 7,
    });
  });

  it('A3 breaks down by call year and filters by theme', async () => {
    const r = await run('A3', {}, { breakdown: 'call_year' });
    // 2020: 4 local of APP-2020-001..007; 2021: APP-2021-001 and -004 of 6.
    expect(counts(r)).toEqual([
      ['2020', 4, 7],
      ['2021', 2, 6],
    ]);
    // digitalisation: APP-2020-001, APP-2021-001, APP-2021-004, all local.
    expectFigures(await run('A3', { themes: ['digitalisation'] }), {
      value: 1,
      numerator: 3,
      denominator: 3,
      n: 3,
    });
  });

  it('A3 reports an org-type filter as not applied and ignores it', async () => {
    const r = await run('A3', { orgTypes: ['municipality'], asOf: REF });
    expect(r.filtersNotApplied).toEqual(['orgTypes']);
    expectFigures(r, { value: 6 / 13, numerator: 6, denominator: 13, n: 13 });
  });

  it('A4 success rate leaves pending applications out of the denominator', async () => {
    // 12 decided (APP-2021-004 pending), eligible: APP-2020-001, -002, -005, -006,
    // APP-2021-001, -002, -005 = 7. Withdrawn APP-2020-004 and APP-2021-006 count as failures.
    expectFigures(await run('A4'), { value: 7 / 12, numerator: 7, denominator: 12, n: 12 });
  });

  it('A4 treats a decision taken after the reference date as pending', async () => {
    // APP-2021-005 decided 2022-01-20: out at REF with the pending one; 6 of 11.
    expectFigures(await run('A4', { asOf: REF }), {
      value: 6 / 11,
      numerator: 6,
      denominator: 11,
      n: 11,
    });
  });

  it('A4 breaks down per call deadline', async () => {
    expect(counts(await run('A4', {}, { breakdown: 'call' }))).toEqual([
      ['CALL-2020-OPEN-1', 3, 5],
      ['CALL-2020-THEM-1', 1, 2],
      ['CALL-2021-OPEN-1', 2, 3],
      ['CALL-2021-OPEN-2', 1, 2],
    ]);
    // At REF the second 2021 deadline has only the withdrawn APP-2021-006 decided.
    expect(counts(await run('A4', { asOf: REF }, { breakdown: 'call' }))).toEqual([
      ['CALL-2020-OPEN-1', 3, 5],
      ['CALL-2020-THEM-1', 1, 2],
      ['CALL-2021-OPEN-1', 2, 3],
      ['CALL-2021-OPEN-2', 0, 1],
    ]);
  });

  it('A4 filters by the applicant’s government level', async () => {
    // Local, decided: APP-2020-001 (el), -003 (inel), -006 (el), -007 (inel), APP-2021-001 (el).
    expectFigures(await run('A4', { govLevels: ['local'] }), {
      value: 3 / 5,
      numerator: 3,
      denominator: 5,
      n: 5,
    });
  });

  it('A5 repeat buyers: organisations in two or more projects over organisations in one or more', async () => {
    // ORG-0001 buys in PIO-2020-001 and PIO-2021-001; 9 buying organisations.
    expectFigures(await run('A5'), { value: 1 / 9, numerator: 1, denominator: 9, n: 9 });
    // At REF: ORG-0006 (PIO-2021-003) not yet a buyer.
    expectFigures(await run('A5', { asOf: REF }), {
      value: 1 / 8,
      numerator: 1,
      denominator: 8,
      n: 8,
    });
    // By 2021-03-31 PIO-2021-001 is not eligible yet: ORG-0001 has one project; buyers of
    // PIO-2020-001..004 are ORG-0001, 0003, 0005, 0011, 0004, 0002.
    expectFigures(await run('A5', { asOf: '2021-03-31' }), {
      value: 0,
      numerator: 0,
      denominator: 6,
      n: 6,
    });
  });

  it('A5 breaks down by the buyer’s org type', async () => {
    expect(counts(await run('A5', {}, { breakdown: 'org_type' }))).toEqual([
      ['care', 0, 1],
      ['department', 0, 1],
      ['flemish_agency', 0, 1],
      ['hospital', 0, 1],
      ['intermunicipal', 0, 1],
      ['municipality', 1, 2],
      ['ocmw', 0, 1],
      ['other', 0, 1],
    ]);
  });

  it('A6 awareness reach counts organisations, not companies, that attended an activity', async () => {
    // Organisations at ACT-0001..0005: 0001, 0003, 0006, 0007, 0010, 0002, 0009, 0005, 0004 = 9.
    expectFigures(await run('A6'), { value: 9 / 970, numerator: 9, denominator: 970, n: 970 });
    // At REF ACT-0005 (2022-02-10) is not held yet: ORG-0004 drops; 2020 frame.
    expectFigures(await run('A6', { asOf: REF }), {
      value: 8 / 1000,
      numerator: 8,
      denominator: 1000,
      n: 1000,
    });
  });

  it('A6 filters by government level, frame included', async () => {
    // Local: ORG-0001, 0002, 0003, 0004 over 285+285+100; at REF without ORG-0004 over 700.
    expectFigures(await run('A6', { govLevels: ['local'] }), {
      value: 4 / 670,
      numerator: 4,
      denominator: 670,
      n: 670,
    });
    expectFigures(await run('A6', { govLevels: ['local'], asOf: REF }), {
      value: 3 / 700,
      numerator: 3,
      denominator: 700,
      n: 700,
    });
  });

  it('A7 conversion counts applications within 12 months after an activity whose window has closed', async () => {
    // Windows must close by the last application (2021-10-20): ACT-0001..0003 qualify,
    // ACT-0004 (2021-03-18) and ACT-0005 do not. Attending organisations: ORG-0001, 0003, 0006,
    // 0007, 0010, 0002. Converted: ORG-0001 (2020-05-10), 0003 (2020-05-13), 0007 (2020-05-14),
    // 0002 (2020-12-14). ORG-0006 and ORG-0010 apply 13+ months later.
    const r = await run('A7');
    expectFigures(r, { value: 4 / 6, numerator: 4, denominator: 6, n: 6 });
    // REF gives the same windows: bound least(REF, 2021-10-20).
    expectFigures(await run('A7', { asOf: REF }), {
      value: 4 / 6,
      numerator: 4,
      denominator: 6,
      n: 6,
    });
  });

  it('A7 under an earlier reference date keeps only activities a full year before it', async () => {
    // asOf 2020-12-31: only ACT-0001 (2019-11-20); ORG-0001 and 0003 converted, 0006 not.
    expectFigures(await run('A7', { asOf: '2020-12-31' }), {
      value: 2 / 3,
      numerator: 2,
      denominator: 3,
      n: 3,
    });
  });

  it('A7 breaks down and filters by the attending organisation', async () => {
    expect(counts(await run('A7', {}, { breakdown: 'org_type' }))).toEqual([
      ['education', 0, 1],
      ['flemish_agency', 0, 1],
      ['municipality', 2, 2],
      ['ocmw', 1, 1],
      ['province', 1, 1],
    ]);
    // Local: ORG-0001, 0002, 0003 (ORG-0004 only attended in 2022).
    expectFigures(await run('A7', { govLevels: ['local'] }), {
      value: 1,
      numerator: 3,
      denominator: 3,
      n: 3,
    });
  });

  it('A8 counts organisations in EU PCP/PPI projects, leaving CSAs out', async () => {
    // EU-H2020-871001: ORG-0001 (PIO), 0006; EU-H2020-101001: 0005 (PIO), 0001; EU-HE-101101:
    // 0008, 0002. CSA EU-H2020-101002 (ORG-0010) is out. Distinct: 5, supported: 0001, 0005.
    const r = await run('A8');
    expectFigures(r, { value: 5, numerator: 5, denominator: null, n: 5 });
    // Contribution: 400k + 300k + 500k + 200k + 250k (+ the observer's empty one).
    expect(r.extras).toEqual({
      supported_orgs: 2,
      eu_contribution_eur: 1_650_000,
      eu_contribution_supported_eur: 900_000,
    });
  });

  it('A8 at the reference date leaves out EU projects started after it', async () => {
    // EU-HE-101101 starts 2022-10-01: ORG-0008 and 0002 drop.
    const r = await run('A8', { asOf: REF });
    expectFigures(r, { value: 3, numerator: 3, denominator: null, n: 3 });
    expect(r.extras).toEqual({
      supported_orgs: 2,
      eu_contribution_eur: 1_400_000,
      eu_contribution_supported_eur: 900_000,
    });
  });

  it('A8 breaks down by PIO support and filters by government level', async () => {
    const r = await run('A8', {}, { breakdown: 'pio_supported' });
    // Without support: ORG-0006, 0001, 0008, 0002 (300k + 200k + 250k); with: ORG-0001, 0005.
    expect(r.breakdown.map((b) => [b.key, b.value, b.extras.eu_contribution_eur])).toEqual([
      ['false', 4, 750_000],
      ['true', 2, 900_000],
    ]);
    // Local: ORG-0001 (400k PIO, 200k not) and ORG-0002 (no amount).
    const local = await run('A8', { govLevels: ['local'] });
    expectFigures(local, { value: 2, numerator: 2, denominator: null, n: 2 });
    expect(local.extras).toEqual({
      supported_orgs: 1,
      eu_contribution_eur: 600_000,
      eu_contribution_supported_eur: 400_000,
    });
  });
});

describe('B. opportunities for companies', () => {
  it('B9 counts distinct companies at any stage, research organisations excluded', async () => {
    // CMP-0001, 0002, 0003, 0004, 0005, 0007, 0008; CMP-0006 is a research organisation.
    expectFigures(await run('B9'), { value: 7, numerator: 7, denominator: null, n: 7 });
    // By 2020-12-31 only PIO-2020-001..003 have participations: CMP-0001, 0002, 0005, 0004.
    expectFigures(await run('B9', { asOf: '2020-12-31' }), {
      value: 4,
      numerator: 4,
      denominator: null,
      n: 4,
    });
  });

  it('B9 breaks down by year and by stage, and filters by company size', async () => {
    // 2020: 0001, 0002, 0005, 0004. 2021: 0002 (award), 0003, 0007, 0001, 0008, 0004, 0005.
    // 2022: 0005, 0001 (award TND-0004), 0004 (bid, award TND-0005), 0008 (PIO-2021-003).
    expect(counts(await run('B9', {}, { breakdown: 'year' }))).toEqual([
      ['2020', 4, null],
      ['2021', 7, null],
      ['2022', 4, null],
    ]);
    expect(counts(await run('B9', {}, { breakdown: 'stage' }))).toEqual([
      ['award', 6, null],
      ['bid', 7, null],
      ['consultation', 6, null],
    ]);
    // Large: CMP-0002, 0005.
    expectFigures(await run('B9', { companySizes: ['large'] }), {
      value: 2,
      numerator: 2,
      denominator: null,
      n: 2,
    });
  });

  it('B10 averages n_companies over market consultations held by the reference date', async () => {
    // n_companies 8, 12, 6, 5, 3, 6, 9: sum 49 over 7, median 6; no interval for a census.
    const r = await run('B10');
    expectFigures(r, { value: 7, numerator: 49, denominator: 7, n: 7 });
    expect(r.extras).toEqual({ median: 6 });
    expect(r.ci).toBeNull();
    // At REF MC-0007 (2022-04-05) drops: 40 over 6, median of 3,5,6,6,8,12 = 6.
    const atRef = await run('B10', { asOf: REF });
    expectFigures(atRef, { value: 40 / 6, numerator: 40, denominator: 6, n: 6 });
    expect(atRef.extras).toEqual({ median: 6 });
  });

  it('B10 breaks down by year and filters by call year', async () => {
    const r = await run('B10', {}, { breakdown: 'year' });
    // 2020: 8, 12, 6; 2021: 5, 3, 6; 2022: 9.
    expect(r.breakdown.map((b) => [b.key, b.n, b.extras.median])).toEqual([
      ['2020', 3, 8],
      ['2021', 3, 5],
      ['2022', 1, 9],
    ]);
    expect(cell(r, '2020').value).toBeCloseTo(26 / 3, 9);
    expect(cell(r, '2021').value).toBeCloseTo(14 / 3, 9);
    // Projects of 2021 calls: MC-0005 (3), MC-0006 (6), MC-0007 (9).
    expectFigures(await run('B10', { callYears: [2021] }), {
      value: 6,
      numerator: 18,
      denominator: 3,
      n: 3,
    });
  });

  it('B11 counts bids on awarded tenders only, with the single-bid share', async () => {
    // n_bids 3, 1, 2, 4, 2: mean 2.4, median 2, TND-0002 single-bid.
    const r = await run('B11');
    expectFigures(r, { value: 2.4, numerator: 12, denominator: 5, n: 5 });
    expect(r.extras).toEqual({ median: 2, single_bid_share: 0.2, single_bid_tenders: 1 });
  });

  it('B11 at the reference date leaves out a tender published but not yet awarded', async () => {
    // TND-0004 awarded 2022-01-25, TND-0005 published 2022: left TND-0001..0003 (3, 1, 2).
    const r = await run('B11', { asOf: REF });
    expectFigures(r, { value: 2, numerator: 6, denominator: 3, n: 3 });
    expect(r.extras.median).toBe(2);
    expect(r.extras.single_bid_share).toBeCloseTo(1 / 3, 9);
    expect(r.extras.single_bid_tenders).toBe(1);
  });

  it('B11 breaks down by procedure', async () => {
    const r = await run('B11', {}, { breakdown: 'procedure' });
    expect(r.breakdown.map((b) => [b.key, b.value, b.n, b.extras.single_bid_share])).toEqual([
      ['competitive_dialogue', 4, 1, 0],
      ['innovation_partnership', 2, 1, 0],
      ['negotiated', 2, 1, 0],
      ['pcp', 3, 1, 0],
      ['ppi', 1, 1, 1],
    ]);
  });

  it('B12 SME share counts distinct awarded companies, research organisations excluded', async () => {
    // Awarded: CMP-0001 (small), 0002 (large), 0003 (micro), 0007 (small), 0005 (large),
    // 0004 (medium); CMP-0006 (research) excluded. SMEs: 4 of 6.
    expectFigures(await run('B12'), { value: 4 / 6, numerator: 4, denominator: 6, n: 6 });
    // At REF the 2022 awards (CMP-0005, CMP-0004; CMP-0001 already had one) are not in.
    expectFigures(await run('B12', { asOf: REF }), {
      value: 3 / 4,
      numerator: 3,
      denominator: 4,
      n: 4,
    });
  });

  it('B12 breaks down by procedure and filters by region', async () => {
    expect(counts(await run('B12', {}, { breakdown: 'procedure' }))).toEqual([
      ['competitive_dialogue', 1, 2],
      ['innovation_partnership', 2, 2],
      ['negotiated', 1, 1],
      ['pcp', 1, 1],
      ['ppi', 0, 1],
    ]);
    // Flanders: CMP-0001, 0002, 0003; SMEs 0001 and 0003.
    expectFigures(await run('B12', { regions: ['flanders'] }), {
      value: 2 / 3,
      numerator: 2,
      denominator: 3,
      n: 3,
    });
  });

  it('B13 SME share of awarded value sums participation values of SMEs', async () => {
    // 0001: 300k + 80k, 0002: 650k, 0003: 200k, 0007: 90k, 0005: 400k, 0004: 240k = 1 960k
    // (CMP-0006's 80k excluded). SMEs 0001, 0003, 0007, 0004: 910k. n counts the 7 awards.
    expectFigures(await run('B13'), {
      value: 910_000 / 1_960_000,
      numerator: 910_000,
      denominator: 1_960_000,
      n: 7,
    });
    // At REF: 300k + 650k + 200k + 90k = 1 240k (4 awards); SMEs 590k.
    expectFigures(await run('B13', { asOf: REF }), {
      value: 590_000 / 1_240_000,
      numerator: 590_000,
      denominator: 1_240_000,
      n: 4,
    });
    // Large companies only: 650k + 400k (2 awards), none of it to SMEs.
    expectFigures(await run('B13', { companySizes: ['large'] }), {
      value: 0,
      numerator: 0,
      denominator: 1_050_000,
      n: 2,
    });
  });

  it('B14 start-up share judges a company’s age at its first award', async () => {
    // With a founding year: CMP-0001 (2020 - 2016 = 4, start-up), 0002, 0003 (2021 - 2018 = 3,
    // start-up), 0005, 0004. CMP-0007 has no founding year.
    expectFigures(await run('B14'), { value: 2 / 5, numerator: 2, denominator: 5, n: 5 });
    // At REF: CMP-0001, 0002, 0003.
    expectFigures(await run('B14', { asOf: REF }), {
      value: 2 / 3,
      numerator: 2,
      denominator: 3,
      n: 3,
    });
  });

  it('B14 within a breakdown takes the first award in each group', async () => {
    // CMP-0001 is 4 at its pcp award (2020) but 6 at its competitive-dialogue award (2022).
    expect(counts(await run('B14', {}, { breakdown: 'procedure' }))).toEqual([
      ['competitive_dialogue', 0, 2],
      ['innovation_partnership', 1, 1],
      ['negotiated', 0, 1],
      ['pcp', 1, 1],
      ['ppi', 0, 1],
    ]);
  });

  it('B15 geography: share of awarded value to Flanders, with the three regions in the breakdown', async () => {
    // Flanders: 0001 380k, 0002 650k, 0003 200k = 1 230k of 1 960k; n counts the 7 awards.
    expectFigures(await run('B15'), {
      value: 1_230_000 / 1_960_000,
      numerator: 1_230_000,
      denominator: 1_960_000,
      n: 7,
    });
    // Brussels 0004 240k + Wallonia 0007 90k = 330k; abroad 0005 400k.
    expect(counts(await run('B15', {}, { breakdown: 'region_group' }))).toEqual([
      ['abroad', 400_000, 1_960_000],
      ['flanders', 1_230_000, 1_960_000],
      ['rest_of_belgium', 330_000, 1_960_000],
    ]);
    // At REF: Flanders 300k + 650k + 200k of 1 240k (4 awards).
    expectFigures(await run('B15', { asOf: REF }), {
      value: 1_150_000 / 1_240_000,
      numerator: 1_150_000,
      denominator: 1_240_000,
      n: 4,
    });
  });

  it('B16 leverage divides awarded tender value by co-financing paid over the same projects', async () => {
    // Awarded 380k + 650k + 290k + 480k + 240k = 2 040k; paid 150k + 250k + 25k + 60k + 100k
    // + 40k (+ PIO-2021-003 empty) = 625k. n: the 7 projects both sums cover.
    expectFigures(await run('B16'), {
      value: 2_040_000 / 625_000,
      numerator: 2_040_000,
      denominator: 625_000,
      n: 7,
    });
    // pcp: PIO-2020-001 alone.
    expectFigures(await run('B16', { procedures: ['pcp'] }), {
      value: 380_000 / 150_000,
      numerator: 380_000,
      denominator: 150_000,
      n: 1,
    });
  });

  it('B16 breaks down by procedure, a group without payments giving no value', async () => {
    const r = await run('B16', {}, { breakdown: 'procedure' });
    // ppi: PIO-2020-002 (650k / 250k) and PIO-2020-003 (no tender / 25k).
    expect(counts(r)).toEqual([
      ['competitive_dialogue', 480_000, 100_000],
      ['innovation_partnership', 290_000, 60_000],
      ['negotiated', 240_000, 40_000],
      ['other', 0, null],
      ['pcp', 380_000, 150_000],
      ['ppi', 650_000, 275_000],
    ]);
    expect(cell(r, 'other').value).toBeNull();
  });

  it('B16 says not_datable under a reference date instead of a value', async () => {
    const r = await run('B16', { asOf: REF }, { breakdown: 'procedure' });
    expectFigures(r, { value: null, numerator: null, denominator: null, n: null });
    expect(r.notes).toEqual(['not_datable']);
    expect(r.breakdown).toEqual([]);
  });

  it('B17 follow-on sales count awarded companies with a follow-on signed after their first award', async () => {
    // Awarded companies: 6 (as B12). CMP-0001: 120k (2021-09-01) and 150k (2022-03-15);
    // CMP-0002: 200k (2022-06-01).
    const r = await run('B17');
    expectFigures(r, { value: 2 / 6, numerator: 2, denominator: 6, n: 6 });
    expect(r.extras).toEqual({ follow_on_value_eur: 470_000 });
    // At REF: 4 awarded; only CMP-0001's follow-on of 2021-09-01 is signed.
    const atRef = await run('B17', { asOf: REF });
    expectFigures(atRef, { value: 1 / 4, numerator: 1, denominator: 4, n: 4 });
    expect(atRef.extras).toEqual({ follow_on_value_eur: 120_000 });
    // Small companies: CMP-0001 (with follow-ons) and CMP-0007 (without).
    const small = await run('B17', { companySizes: ['small'] });
    expectFigures(small, { value: 1 / 2, numerator: 1, denominator: 2, n: 2 });
    expect(small.extras).toEqual({ follow_on_value_eur: 270_000 });
  });
});

describe('C. innovations realised', () => {
  it('C18 launch rate counts eligible projects with a published tender', async () => {
    // Tenders for PIO-2020-001, -002, -004, PIO-2021-001, -002; none for PIO-2020-003, PIO-2021-003.
    expectFigures(await run('C18'), { value: 5 / 7, numerator: 5, denominator: 7, n: 7 });
    // At REF: 6 projects; TND-0005 (2022-01-10) not yet published.
    expectFigures(await run('C18', { asOf: REF }), {
      value: 4 / 6,
      numerator: 4,
      denominator: 6,
      n: 6,
    });
  });

  it('C18 breaks down by call year and filters by call type', async () => {
    expect(counts(await run('C18', {}, { breakdown: 'call_year' }))).toEqual([
      ['2020', 3, 4],
      ['2021', 2, 3],
    ]);
    // Thematic: PIO-2020-004, with TND-0003.
    expectFigures(await run('C18', { callTypes: ['thematic'] }), {
      value: 1,
      numerator: 1,
      denominator: 1,
      n: 1,
    });
  });

  it('C19 headline counts projects whose highest milestone is validated or beyond, stopped ones not', async () => {
    // Highest: PIO-2020-001 scaled, -002 deployed, -003 market_consultation, -004 stopped,
    // PIO-2021-001 prototype, -002 contract_signed, -003 market_consultation.
    expectFigures(await run('C19'), { value: 2 / 7, numerator: 2, denominator: 7, n: 7 });
    expect(counts(await run('C19', {}, { breakdown: 'milestone' }))).toEqual([
      ['contract_signed', 1, 7],
      ['deployed', 1, 7],
      ['market_consultation', 2, 7],
      ['prototype', 1, 7],
      ['scaled', 1, 7],
      ['stopped', 1, 7],
    ]);
  });

  it('C19 at the reference date reads only milestones reached by then', async () => {
    // PIO-2020-001 deployed, -002 validated, -003 market_consultation, -004 stopped,
    // PIO-2021-001 tender_published, -002 market_consultation.
    expectFigures(await run('C19', { asOf: REF }), {
      value: 2 / 6,
      numerator: 2,
      denominator: 6,
      n: 6,
    });
    expect(counts(await run('C19', { asOf: REF }, { breakdown: 'milestone' }))).toEqual([
      ['deployed', 1, 6],
      ['market_consultation', 2, 6],
      ['stopped', 1, 6],
      ['tender_published', 1, 6],
      ['validated', 1, 6],
    ]);
  });

  it('C20 deployment rate counts completed projects only, completion dated by ended_on', async () => {
    // Completed: PIO-2020-001 (deployed), -002 (deployed 2022-03-31), -003 (not deployed).
    expectFigures(await run('C20'), { value: 2 / 3, numerator: 2, denominator: 3, n: 3 });
    // At REF PIO-2020-002 (ended 2022-03-31) is still ongoing; stopped PIO-2020-004 never counts.
    expectFigures(await run('C20', { asOf: REF }), {
      value: 1 / 2,
      numerator: 1,
      denominator: 2,
      n: 2,
    });
    // ppi: PIO-2020-002 and PIO-2020-003.
    expectFigures(await run('C20', { procedures: ['ppi'] }), {
      value: 1 / 2,
      numerator: 1,
      denominator: 2,
      n: 2,
    });
  });

  it('C21 TRL gain takes the median of last minus first TRL, a stop’s TRL included', async () => {
    // PIO-2020-001 9 - 2 = 7, -002 9 - 6 = 3, -003 5 - 5 = 0, -004 4 (stopped) - 3 = 1,
    // PIO-2021-001 6 - 4 = 2; PIO-2021-002 and -003 have one TRL. Gains 0,1,2,3,7.
    const r = await run('C21');
    expectFigures(r, { value: 2, numerator: null, denominator: 5, n: 5 });
    expect(r.extras.mean).toBeCloseTo(13 / 5, 9);
  });

  it('C21 at the reference date reads same-day milestones in progress order', async () => {
    // PIO-2020-001: validated (7) and deployed (8) both 2021-06-30, deployed is last: 8 - 2 = 6.
    // -002: 8 - 6 = 2, -003: 0, -004: 1; PIO-2021-001 has one TRL by then. Gains 0,1,2,6.
    const r = await run('C21', { asOf: REF });
    expectFigures(r, { value: 1.5, numerator: null, denominator: 4, n: 4 });
    expect(r.extras.mean).toBeCloseTo(9 / 4, 9);
    expectFigures(await run('C21', { asOf: REF, procedures: ['pcp'] }), {
      value: 6,
      numerator: null,
      denominator: 1,
      n: 1,
    });
  });

  it('C22 scaling counts deployed projects with a follow-on from another buyer', async () => {
    // Deployed: PIO-2020-001 (follow-on by ORG-0002, same_buyer false) and -002 (same buyer only).
    expectFigures(await run('C22'), { value: 1 / 2, numerator: 1, denominator: 2, n: 2 });
    // At REF: PIO-2020-001 deployed, its other-buyer follow-on (2022-03-15) not yet signed.
    expectFigures(await run('C22', { asOf: REF }), {
      value: 0,
      numerator: 0,
      denominator: 1,
      n: 1,
    });
  });

  it('C23 time to tender is the median of days from eligibility to first publication', async () => {
    // PIO-2020-001 06-15 -> 09-01: 78, -002 -> 10-15: 122, -004 02-01 -> 04-01: 59,
    // PIO-2021-001 06-20 -> 09-01: 73, -002 2021-06-20 -> 2022-01-10: 204.
    const r = await run('C23');
    expectFigures(r, { value: 78, numerator: null, denominator: 5, n: 5 });
    expect(r.extras.mean).toBeCloseTo(536 / 5, 9);
    // At REF without PIO-2021-002: 59, 73, 78, 122.
    const atRef = await run('C23', { asOf: REF });
    expectFigures(atRef, { value: 75.5, numerator: null, denominator: 4, n: 4 });
    expect(atRef.extras.mean).toBeCloseTo(83, 9);
    // 2021 calls: 73 and 204.
    expectFigures(await run('C23', { callYears: [2021] }), {
      value: 138.5,
      numerator: null,
      denominator: 2,
      n: 2,
    });
  });
});

describe('D. satisfaction', () => {
  it('D24 buyer satisfaction: latest wave, not-applicable out of the base, Wilson with FPC', async () => {
    // SRV-2022-BUYER SAT_OVERALL: 5, 4, 3, 4, 2, 5 and B22-07's "niet van toepassing" (out).
    // 4 of 6 answer 4-5. N = 10: fpc = (10-6)/9 = 0.4444, nEff = 13.5,
    // centre = (p + z²/2nEff)/(1 + z²/nEff) = 0.6297469, half = 0.2249210 -> [0.4048258, 0.8546679].
    const r = await run('D24');
    expectFigures(r, { value: 4 / 6, numerator: 4, denominator: 6, n: 6 });
    expectCi(r, 0.4048258454, 0.8546678942);
    // RR1 of the latest buyer wave: 6 complete / (6 + 1 partial + 1 refusal + 1 noncontact).
    expect(r.responseRates).toEqual([
      { surveyId: 'SRV-2022-BUYER', audience: 'buyer', rr1: 6 / 9, latest: true },
    ]);
  });

  it('D24 at the reference date reads the latest wave whose fieldwork ended by then', async () => {
    // SRV-2021-BUYER: 4, 5, 2, 4 (partial B21-04 counts), 3: 3 of 5. N = 9: fpc = 4/8,
    // nEff = 10, centre 0.5722467, half 0.2595730 -> [0.3126738, 0.8318197].
    const r = await run('D24', { asOf: REF });
    expectFigures(r, { value: 3 / 5, numerator: 3, denominator: 5, n: 5 });
    expectCi(r, 0.3126737697, 0.8318196703);
    expect(r.responseRates).toEqual([
      { surveyId: 'SRV-2021-BUYER', audience: 'buyer', rr1: 4 / 8, latest: true },
    ]);
  });

  it('D24 by wave shows every wave with its own FPC and response rate', async () => {
    const r = await run('D24', {}, { breakdown: undefined });
    expect(r.breakdownKey).toBe('survey');
    expect(r.suppressed).toBe(false);
    expectFigures(cell(r, 'SRV-2021-BUYER'), { value: 0.6, numerator: 3, denominator: 5, n: 5 });
    expectCi(cell(r, 'SRV-2021-BUYER'), 0.3126737697, 0.8318196703);
    expectFigures(cell(r, 'SRV-2022-BUYER'), { value: 4 / 6, numerator: 4, denominator: 6, n: 6 });
    expectCi(cell(r, 'SRV-2022-BUYER'), 0.4048258454, 0.8546678942);
    // SRV-2021-BUYER: 4 complete / (4 + partial + refusal + noncontact + unknown); ineligible out.
    expect(r.responseRates).toEqual([
      { surveyId: 'SRV-2021-BUYER', audience: 'buyer', rr1: 4 / 8, latest: false },
      { surveyId: 'SRV-2022-BUYER', audience: 'buyer', rr1: 6 / 9, latest: true },
    ]);
  });

  it('D24 under an org-type filter of 2 respondents is hidden whole, response rate still shown', async () => {
    // Municipality respondents in SRV-2022-BUYER: B22-01 (5), B22-06 (5) and B22-08 (refusal):
    // 2 answers, below 5, so the figure would show those two people's answers. The org-type
    // breakdown hides the municipality cell; this filter must not reveal it either.
    const r = await run('D24', { orgTypes: ['municipality'] });
    expectFigures(r, { value: null, numerator: null, denominator: null, n: null });
    expect(r.ci).toBeNull();
    expect(r.notes).toEqual(['suppressed_total']);
    expect(r.suppressed).toBe(true);
    expect(r.responseRates).toEqual([
      { surveyId: 'SRV-2022-BUYER', audience: 'buyer', rr1: 2 / 3, latest: true },
    ]);
  });

  it('D24 hides every cell of a breakdown whose cells are all below 5', async () => {
    // By org type: municipality 2, ocmw 1, department 1, other 1, intermunicipal 1.
    const r = await run('D24', {}, { breakdown: 'org_type' });
    expect(r.breakdown.map((b) => [b.key, b.suppressed, b.value, b.n])).toEqual([
      ['department', true, null, null],
      ['intermunicipal', true, null, null],
      ['municipality', true, null, null],
      ['ocmw', true, null, null],
      ['other', true, null, null],
    ]);
    expect(r.notes).toEqual(['suppressed']);
    expectFigures(r, { value: 4 / 6, numerator: 4, denominator: 6, n: 6 });
  });

  it('D25 company satisfaction reads the company wave, not-applicable NPS aside', async () => {
    // SRV-2021-COMPANY SAT_OVERALL: 5, 4, 4, 3 (partial), 2, 4, 5: 5 of 7. N = 8: fpc = 1/7,
    // nEff = 49, centre 0.6987076, half 0.1227964 -> [0.5759112, 0.8215041].
    const r = await run('D25');
    expectFigures(r, { value: 5 / 7, numerator: 5, denominator: 7, n: 7 });
    expectCi(r, 0.5759111649, 0.8215040554);
    // 6 complete of 8 (one partial, one refusal).
    expect(r.responseRates).toEqual([
      { surveyId: 'SRV-2021-COMPANY', audience: 'company', rr1: 0.75, latest: true },
    ]);
    // The wave ended 2021-09-30, before REF: the same figure then.
    expectFigures(await run('D25', { asOf: REF }), {
      value: 5 / 7,
      numerator: 5,
      denominator: 7,
      n: 7,
    });
  });

  it('D25 stage is the furthest participation before answering, by fieldwork end when undated', async () => {
    // award: C21-01..04 (5, 4, 4, 3); bid: C21-05 (awarded only in 2022); consultation: C21-07
    // and C21-06, which has no timestamp: by 2021-09-30 CMP-0004 had only consultations.
    // Threshold 3: bid (1) and consultation (2) hidden, together 3; award 3 of 4, no FPC in a
    // part of a wave: Wilson(3, 4) = [0.3006418, 0.9544127].
    for (const asOf of [null, REF]) {
      const r = await run('D25', { asOf }, { breakdown: 'stage', threshold: 3 });
      expect(r.breakdown.map((b) => [b.key, b.suppressed])).toEqual([
        ['award', false],
        ['bid', true],
        ['consultation', true],
      ]);
      expectFigures(cell(r, 'award'), { value: 0.75, numerator: 3, denominator: 4, n: 4 });
      expectCi(cell(r, 'award'), 0.3006418426, 0.9544127392);
    }
  });

  it('D25 small-cell suppression hides the cells below 5 and the cell that would give them away', async () => {
    // Default threshold 5: award 4, bid 1, consultation 2 all below it.
    const r = await run('D25', {}, { breakdown: undefined });
    expect(r.breakdownKey).toBe('stage');
    expect(r.breakdown.every((b) => b.suppressed && b.value === null && b.n === null)).toBe(true);
    expect(r.suppressed).toBe(true);
    expect(r.notes).toContain('suppressed');
  });

  it('D25 filtered by company region or procedure to fewer than 5 companies is hidden', async () => {
    // Flanders: C21-01, C21-02, C21-03 (3 answers); pcp (PIO-2020-001): C21-01, C21-05 (2).
    for (const filters of [{ regions: ['flanders'] }, { procedures: ['pcp'] }]) {
      const r = await run('D25', filters);
      expectFigures(r, { value: null, numerator: null, denominator: null, n: null });
      expect(r.notes).toEqual(['suppressed_total']);
    }
  });

  it('D26 NPS pools the latest wave of each audience', async () => {
    // Buyer 2022: 10, 9, 6, 8, 3, 9, 7 -> P3 Pa2 D2; company: 9, 8, 10, 4, 7 (C21-07 "weet
    // niet" out) -> P2 Pa2 D1; stakeholder: 10, 5, 9 -> P2 D1. Total P7 Pa4 D4, n 15, NPS 20.
    // Var = (pP + pD - (pP - pD)²)/n = (11/15 - 0.04)/15 = 0.0462222; half = z·√var·100 = 42.138;
    // no FPC across several waves.
    const r = await run('D26');
    expectFigures(r, { value: 20, numerator: 3, denominator: 15, n: 15 });
    expectCi(r, -22.137959522, 62.137959522);
    expect(r.extras).toEqual({ promoters: 7, passives: 4, detractors: 4 });
    expect(r.responseRates).toEqual([
      { surveyId: 'SRV-2021-COMPANY', audience: 'company', rr1: 0.75, latest: true },
      { surveyId: 'SRV-2021-STAKEHOLDER', audience: 'stakeholder', rr1: 2 / 5, latest: true },
      { surveyId: 'SRV-2022-BUYER', audience: 'buyer', rr1: 6 / 9, latest: true },
    ]);
  });

  it('D26 at the reference date takes the 2021 buyer wave', async () => {
    // Buyer 2021: 9, 10, 5, 7 -> P2 Pa1 D1; with company and stakeholder: P6 Pa3 D3, n 12, 25.
    // Var = (0.75 - 0.0625)/12 = 0.0572917; half = 46.9131.
    const r = await run('D26', { asOf: REF });
    expectFigures(r, { value: 25, numerator: 3, denominator: 12, n: 12 });
    expectCi(r, -21.9130662256, 71.9130662256);
  });

  it('D26 for one audience applies that wave’s FPC and rejects filters it cannot take', async () => {
    // Buyers: P3 Pa2 D2, n 7, NPS 14.2857; var = (5/7 - (1/7)²)/7 · (10-7)/9 = 0.0330418.
    const r = await run('D26', { audiences: ['buyer'], themes: ['care'] });
    expectFigures(r, { value: 100 / 7, numerator: 1, denominator: 7, n: 7 });
    expectCi(r, -21.3413356226, 49.912764194);
    expect(r.filtersNotApplied).toEqual(['themes']);
  });

  it('D26 by audience hides the small stakeholder cell and the next smallest so the total does not reveal it', async () => {
    // buyer 7, company 5, stakeholder 3: stakeholder is hidden (3 < 5); alone it would be
    // 15 - 7 - 5, so company (the smallest other) is hidden too. Buyer: NPS 100/7, no FPC in a
    // breakdown by audience: var = 0.0991254 -> [-47.4221463, 75.9935749].
    const r = await run('D26', {}, { breakdown: undefined });
    expect(r.breakdownKey).toBe('audience');
    expect(r.breakdown.map((b) => [b.key, b.suppressed])).toEqual([
      ['buyer', false],
      ['company', true],
      ['stakeholder', true],
    ]);
    expectFigures(cell(r, 'buyer'), { value: 100 / 7, numerator: 1, denominator: 7, n: 7 });
    expectCi(cell(r, 'buyer'), -47.4221462792, 75.9935748506);
    expect(cell(r, 'company').extras).toEqual({
      promoters: null,
      passives: null,
      detractors: null,
    });
    expect(r.notes).toEqual(['suppressed']);
  });

  it('D26 by wave does not let the latest waves’ total give a hidden wave away', async () => {
    // Waves: 2021 buyer 4, company 5, stakeholder 3, 2022 buyer 7. The headline (15) covers the
    // latest waves only (company, stakeholder, 2022 buyer): hiding stakeholder and 2021 buyer
    // would leave stakeholder = 15 - 5 - 7, so company is hidden as well.
    const r = await run('D26', {}, { breakdown: 'survey' });
    expect(r.breakdown.map((b) => [b.key, b.suppressed])).toEqual([
      ['SRV-2021-BUYER', true],
      ['SRV-2021-COMPANY', true],
      ['SRV-2021-STAKEHOLDER', true],
      ['SRV-2022-BUYER', false],
    ]);
    expectFigures(cell(r, 'SRV-2022-BUYER'), {
      value: 100 / 7,
      numerator: 1,
      denominator: 7,
      n: 7,
    });
    // With the wave's own FPC this time: as for buyers alone.
    expectCi(cell(r, 'SRV-2022-BUYER'), -21.3413356226, 49.912764194);
    expect(r.responseRates.map((x) => x.surveyId)).toEqual([
      'SRV-2021-BUYER',
      'SRV-2021-COMPANY',
      'SRV-2021-STAKEHOLDER',
      'SRV-2022-BUYER',
    ]);
  });

  it('D27 additionality counts not_done, later and smaller among buyers with an answer', async () => {
    // SRV-2022-BUYER: not_done, later, same, smaller, (B22-05 "weet niet" out), later: 4 of 5.
    // N = 10: fpc = 5/9, nEff = 9, centre 0.7102565, half 0.2364680 -> [0.4737885, 0.9467245].
    const r = await run('D27');
    expectFigures(r, { value: 0.8, numerator: 4, denominator: 5, n: 5 });
    expectCi(r, 0.4737885042, 0.9467244667);
    // At REF, SRV-2021-BUYER: later, same, not_done, same (4 answers); buyers of projects in
    // the 2020 open call: B22-01..04 (4 answers). Under 5: hidden whole.
    const atRef = await run('D27', { asOf: REF });
    expectFigures(atRef, { value: null, numerator: null, denominator: null, n: null });
    expect(atRef.notes).toEqual(['suppressed_total']);
    const open2020 = await run('D27', { callYears: [2020], callTypes: ['open'] });
    expect(open2020.notes).toEqual(['suppressed_total']);
  });

  it('D27 by answer hides every answer given by fewer than 5 buyers', async () => {
    // Base 5: later 2, not_done 1, same 1, smaller 1. Each cell's n is its own count, all
    // below 5, so every cell is hidden and nothing about a single buyer shows.
    const r = await run('D27', {}, { breakdown: undefined });
    expect(r.breakdownKey).toBe('answer');
    expect(r.breakdown.map((b) => [b.key, b.suppressed, b.value, b.n])).toEqual([
      ['later', true, null, null],
      ['not_done', true, null, null],
      ['same', true, null, null],
      ['smaller', true, null, null],
    ]);
    expect(r.suppressed).toBe(true);
    expect(r.notes).toContain('suppressed');
  });

  it('D28 response rate RR1 leaves ineligible cases out of the base', async () => {
    // Latest waves: 2022 buyer (6 c, 1 p, 1 r, 1 nc, 1 inel), company (6 c, 1 p, 1 r),
    // stakeholder (2 c, 1 p, 1 r, 1 nc, 1 inel): 14 complete of 9 + 8 + 5 = 22.
    const r = await run('D28');
    expectFigures(r, { value: 14 / 22, numerator: 14, denominator: 22, n: 22 });
    expect(r.extras).toEqual({
      complete: 14,
      partial: 3,
      refusal: 3,
      noncontact: 2,
      unknown: 0,
      ineligible: 2,
    });
    // At REF: 2021 buyer (4 of 8) instead: 12 of 21.
    expectFigures(await run('D28', { asOf: REF }), {
      value: 12 / 21,
      numerator: 12,
      denominator: 21,
      n: 21,
    });
    expectFigures(await run('D28', { audiences: ['company'] }), {
      value: 0.75,
      numerator: 6,
      denominator: 8,
      n: 8,
    });
  });

  it('D28 by wave gives every wave’s dispositions', async () => {
    const r = await run('D28', {}, { breakdown: undefined });
    expect(counts(r)).toEqual([
      ['SRV-2021-BUYER', 4, 8],
      ['SRV-2021-COMPANY', 6, 8],
      ['SRV-2021-STAKEHOLDER', 2, 5],
      ['SRV-2022-BUYER', 6, 9],
    ]);
    expect(cell(r, 'SRV-2021-BUYER').extras).toEqual({
      complete: 4,
      partial: 1,
      refusal: 1,
      noncontact: 1,
      unknown: 1,
      ineligible: 1,
    });
    // Response rates are not small cells: nothing is hidden.
    expect(r.suppressed).toBe(false);
  });

  /** A buyer wave of 2023 as a survey tool exports it: only those who opened the survey. */
  async function importedWave(populationN: number | null): Promise<void> {
    const id = 'SRV-2023-BUYER';
    const respondent = (rid: string, disposition: string) => ({
      survey_id: id,
      respondent_id: rid,
      disposition,
      project_id: null,
      org_id: null,
      company_id: null,
      submitted_at: null,
    });
    await appendWave(
      engine,
      id,
      waveFiles({
        survey: {
          survey_id: id,
          name: 'Bevraging aankopende besturen 2023',
          audience: 'buyer',
          fieldwork_start: '2023-05-01',
          fieldwork_end: '2023-05-31',
          population_n: populationN,
        },
        questions: [],
        respondents: [
          respondent('1', 'complete'),
          respondent('2', 'complete'),
          respondent('3', 'complete'),
          respondent('4', 'refusal'),
        ],
        answers: [],
      }),
    );
  }

  it('D28 leaves out a wave whose number invited is unknown, and names it', async () => {
    await importedWave(null);
    try {
      // The latest buyer wave is now the 2023 import (3 complete, 1 break-off, nobody else
      // listed): its rate would be 3 of 4. Pooled over company (6 of 8) and stakeholder
      // (2 of 5) only: 8 of 13.
      const r = await run('D28');
      expectFigures(r, { value: 8 / 13, numerator: 8, denominator: 13, n: 13 });
      expect(r.notes).toContain('response_rate_unknown');
      expect(r.responseRates.find((x) => x.surveyId === 'SRV-2023-BUYER')?.rr1).toBeNull();
      const byWave = await run('D28', {}, { breakdown: 'survey' });
      expect(cell(byWave, 'SRV-2023-BUYER').value).toBeNull();
      expect(cell(byWave, 'SRV-2022-BUYER').value).toBeCloseTo(6 / 9, 9);
      // The figures beside it say so too.
      const d24 = await run('D24');
      expect(d24.notes).toContain('response_rate_unknown');
    } finally {
      await removeWave(engine, 'SRV-2023-BUYER');
    }
  });

  it('D28 counts the invited cases a wave does not list as unknown', async () => {
    await importedWave(10);
    try {
      // 3 complete of 10 invited (4 listed, 6 more unknown); with company 6 of 8 and
      // stakeholder 2 of 5: 11 of 23.
      const r = await run('D28');
      expectFigures(r, { value: 11 / 23, numerator: 11, denominator: 23, n: 23 });
      expect(r.notes).not.toContain('response_rate_unknown');
      expect(r.responseRates.find((x) => x.surveyId === 'SRV-2023-BUYER')?.rr1).toBeCloseTo(0.3, 9);
      // Under an organisation filter the part of the 10 it selects is not known.
      const filtered = await run('D24', { orgTypes: ['municipality'] });
      expect(filtered.responseRates.find((x) => x.surveyId === 'SRV-2023-BUYER')).toBeUndefined();
    } finally {
      await removeWave(engine, 'SRV-2023-BUYER');
    }
  });
});

describe('OD. plan objectives', () => {
  it('OD1 portfolio diversity: non-digitalisation share, themes and thematic-call projects', async () => {
    // Themes: digitalisation (PIO-2020-001, PIO-2021-001), mobility, water, circular_economy,
    // care, energy_transition: 5 of 7 outside digitalisation, 6 themes, 1 from a thematic call.
    const r = await run('OD1');
    expectFigures(r, { value: 5 / 7, numerator: 5, denominator: 7, n: 7 });
    expect(r.extras).toEqual({ themes: 6, thematic_call_projects: 1 });
    // At REF without PIO-2021-003 (energy_transition).
    const atRef = await run('OD1', { asOf: REF });
    expectFigures(atRef, { value: 4 / 6, numerator: 4, denominator: 6, n: 6 });
    expect(atRef.extras).toEqual({ themes: 5, thematic_call_projects: 1 });
    expect(counts(await run('OD1', {}, { breakdown: 'call_year' }))).toEqual([
      ['2020', 3, 4],
      ['2021', 2, 3],
    ]);
  });

  it('OD2 knowledge platform sums the latest year with data by the reference date', async () => {
    // 2022: 2000 + 2500 page views, 900 + 1000 visitors, 100 + 130 downloads, 2 months;
    // n is the months the sum covers.
    const r = await run('OD2');
    expectFigures(r, { value: 4500, numerator: 4500, denominator: null, n: 2 });
    expect(r.extras).toEqual({ unique_visitors: 1900, downloads: 230, months: 2 });
    // At REF: 2021, 1000 + 1200 + 800 + 1600.
    const atRef = await run('OD2', { asOf: REF });
    expectFigures(atRef, { value: 4600, numerator: 4600, denominator: null, n: 4 });
    expect(atRef.extras).toEqual({ unique_visitors: 1800, downloads: 220, months: 4 });
    expect(counts(await run('OD2', {}, { breakdown: 'year' }))).toEqual([
      ['2021', 4600, null],
      ['2022', 4500, null],
    ]);
  });

  it('OD3 awareness counts activities, persons and organisations reached', async () => {
    // 5 activities; persons 5 + 3 + 6 + 3 + 3 = 20; 9 organisations, 3 companies.
    const r = await run('OD3');
    expectFigures(r, { value: 5, numerator: 5, denominator: null, n: 5 });
    expect(r.extras).toEqual({ attendees: 20, organisations_reached: 9, companies_reached: 3 });
    // At REF without ACT-0005 (ORG-0004 2, CMP-0003 1).
    const atRef = await run('OD3', { asOf: REF });
    expectFigures(atRef, { value: 4, numerator: 4, denominator: null, n: 4 });
    expect(atRef.extras).toEqual({ attendees: 17, organisations_reached: 8, companies_reached: 2 });
    const byYear = await run('OD3', {}, { breakdown: 'year' });
    expect(byYear.breakdown.map((b) => [b.key, b.value, b.extras.attendees])).toEqual([
      ['2019', 1, 5],
      ['2020', 2, 9],
      ['2021', 1, 3],
      ['2022', 1, 3],
    ]);
  });

  it('OD4 counts EU PCP/PPI projects with PIO-supported participation and reports org filters as not applied', async () => {
    // EU-H2020-871001 and -101001 have a supported participant; EU-HE-101101 none; CSA out.
    const r = await run('OD4', { orgTypes: ['municipality'] });
    expectFigures(r, { value: 2, numerator: 2, denominator: 3, n: 2 });
    expect(r.extras).toEqual({ eu_contribution_supported_eur: 900_000 });
    expect(r.filtersNotApplied).toEqual(['orgTypes']);
    // At REF EU-HE-101101 has not started.
    expectFigures(await run('OD4', { asOf: REF }), {
      value: 2,
      numerator: 2,
      denominator: 2,
      n: 2,
    });
  });
});

describe('empty tables', () => {
  beforeAll(async () => {
    const report = await loadDataset(engine, new Map());
    expect(report.ok).toBe(true);
  });
  afterAll(loadFixture);

  it('every indicator says no_data, and missing_tables when its tables were not loaded', async () => {
    const ctx = newRunContext((q) => engine.query(q));
    for (const def of INDICATORS) {
      const r = await computeIndicator(def, NO_FILTERS, ctx, { missingTables: TABLE_NAMES });
      expect(r.value, def.id).toBeNull();
      expect(r.notes, def.id).toEqual(['missing_tables', 'no_data']);
      expect(r.suppressed, def.id).toBe(false);
    }
  });
});
