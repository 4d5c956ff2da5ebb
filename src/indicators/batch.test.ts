import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../engine/types';
import { demoEngine } from '../ingest/testing/demoEngine';
import type { Sql } from '../sql';
import { INLINE_ANSWERS_FROM } from './base';
import { NO_FILTERS, PRESETS, type Filters } from './filters';
import { INDICATORS } from './registry';
import {
  computeAll,
  computeBatch,
  computeIndicator,
  newRunContext,
  type FigureRequest,
  type RunContext,
} from './run';
import type { BreakdownKey } from './types';

let engine: Engine;

beforeAll(async () => {
  ({ engine } = await demoEngine());
});
afterAll(async () => {
  await engine.close();
});

const FILTER_SETS: readonly (readonly [string, Filters])[] = [
  ['no filters', NO_FILTERS],
  [
    'evaluation 2022, care and mobility',
    { ...NO_FILTERS, asOf: PRESETS.evaluation2022, themes: ['care', 'mobility'] },
  ],
  [
    'municipal buyers, small Flemish companies, buyer survey',
    {
      ...NO_FILTERS,
      orgTypes: ['municipality'],
      companySizes: ['small'],
      regions: ['flanders'],
      audiences: ['buyer'],
    },
  ],
];

/** Every indicator with no breakdown, its default one, and every other it allows. */
function everyFigure(filters: Filters): FigureRequest[] {
  return INDICATORS.flatMap((def) => [
    { def, filters, breakdown: null },
    { def, filters },
    ...(Object.keys(def.breakdowns) as BreakdownKey[]).map((breakdown) => ({
      def,
      filters,
      breakdown,
    })),
  ]);
}

describe('figures computed in a batch', () => {
  for (const [name, filters] of FILTER_SETS) {
    it(`equal the figures computed one by one (${name})`, { timeout: 240_000 }, async () => {
      const requests = everyFigure(filters);
      const statements: Sql[] = [];
      const batched = await Promise.all(
        computeBatch(
          requests,
          newRunContext((q) => {
            statements.push(q);
            return engine.query(q);
          }),
        ),
      );
      const single = newRunContext((q) => engine.query(q));
      for (const [i, r] of requests.entries()) {
        const one = await computeIndicator(r.def, r.filters, single, { breakdown: r.breakdown });
        expect(batched[i], `${r.def.id} by ${String(r.breakdown)}`).toEqual(one);
      }
      // One statement per distinct set of filters the indicators can take, rates included.
      expect(statements.length).toBeLessThanOrEqual(
        new Set(INDICATORS.map((d) => d.filters.join())).size,
      );
    });
  }

  it(
    'gives the same figures when the answers are read afresh at each reference, as on large data',
    { timeout: 240_000 },
    async () => {
      const filters = FILTER_SETS[1]?.[1] ?? NO_FILTERS;
      const statements: string[] = [];
      const inline: RunContext = {
        ...newRunContext((q) => {
          statements.push(q.text);
          return engine.query(q);
        }),
        shape: () => Promise.resolve({ inlineAnswers: true }),
      };
      const read = await Promise.all(computeBatch(everyFigure(filters), inline));
      const kept = await Promise.all(
        computeBatch(
          everyFigure(filters),
          newRunContext((q) => engine.query(q)),
        ),
      );
      expect(read).toEqual(kept);
      expect(statements.some((s) => s.includes('ans AS NOT MATERIALIZED ('))).toBe(true);
    },
  );

  it('reads the answers afresh from INLINE_ANSWERS_FROM answer rows on', async () => {
    const asked: Sql[] = [];
    const shapeFor = (rows: number) =>
      newRunContext((q) => {
        asked.push(q);
        return Promise.resolve({
          columns: [],
          rows: [{ big: rows >= Number(q.params[0]) }],
        });
      }).shape();
    expect(await shapeFor(INLINE_ANSWERS_FROM)).toEqual({ inlineAnswers: true });
    expect(await shapeFor(INLINE_ANSWERS_FROM - 1)).toEqual({ inlineAnswers: false });
    expect(asked.every((q) => q.text.includes('FROM answers'))).toBe(true);
    // Without an answers table the statements are planned as on small data.
    expect(await newRunContext(() => Promise.reject(new Error('no answers'))).shape()).toEqual({});
  });

  it('computes a figure whose batch fails on its own, and gives a bad request its own error', async () => {
    const def = INDICATORS.find((d) => 'call_year' in d.breakdowns && !('survey' in d.breakdowns));
    if (!def) throw new Error('an indicator by call year and not by survey wave');
    let failed = false;
    const ctx = newRunContext((q) => {
      if (!failed && q.text.includes('UNION ALL BY NAME')) {
        failed = true;
        return Promise.reject(new Error('batch refused'));
      }
      return engine.query(q);
    });
    const [good, bad] = await Promise.allSettled(
      computeBatch(
        [
          { def, filters: NO_FILTERS, breakdown: 'call_year' },
          { def, filters: NO_FILTERS, breakdown: 'survey' },
        ],
        ctx,
      ),
    );
    expect(failed).toBe(true);
    expect(good).toEqual({
      status: 'fulfilled',
      value: await computeIndicator(
        def,
        NO_FILTERS,
        newRunContext((q) => engine.query(q)),
        {
          breakdown: 'call_year',
        },
      ),
    });
    expect(bad?.status).toBe('rejected');
  });
});

describe('one failing indicator', () => {
  // The EU tables stand for any statement the engine refuses: A8 and OD4 read them.
  const failing = (q: Sql) =>
    /\beu_participations\b/.test(q.text)
      ? Promise.reject(new Error('Binder Error: a column is missing'))
      : engine.query(q);

  it('never takes the others down when each is computed alone (command line, annex)', async () => {
    const healthy = await computeAll(NO_FILTERS, (q) => engine.query(q));
    const results = await computeAll(NO_FILTERS, failing);
    const failed = results.filter((r) => r.error !== undefined);
    expect(failed.map((r) => [r.id, r.notes, r.value, r.error])).toEqual([
      ['A8', ['error'], null, 'Binder Error: a column is missing'],
      ['OD4', ['error'], null, 'Binder Error: a column is missing'],
    ]);
    expect(results.filter((r) => r.error === undefined)).toEqual(
      healthy.filter((r) => !['A8', 'OD4'].includes(r.id)),
    );
  });

  it('never takes the others down when they are computed in one batch (dashboard)', async () => {
    const requests = INDICATORS.map((def) => ({ def, filters: NO_FILTERS }));
    const results = await Promise.all(computeBatch(requests, newRunContext(failing)));
    expect(results.filter((r) => r.error !== undefined).map((r) => r.id)).toEqual(['A8', 'OD4']);
    expect(results.filter((r) => r.value === null && r.error === undefined)).toEqual([]);
  });
});

describe('one suppression rule in the headline and the breakdown', () => {
  it('shows the latest wave by wave as the headline shows it, the older small ones hidden', async () => {
    // Demo data, care-sector projects: the 2023 buyer round has 10 answers, the older ones
    // fewer than 5 each. The headline (the latest round) could never recompute an older one.
    const def = INDICATORS.find((d) => d.id === 'D24');
    if (!def) throw new Error('D24 is not defined');
    const ctx = newRunContext((q) => engine.query(q));
    const r = await computeIndicator(def, { ...NO_FILTERS, themes: ['care'] }, ctx, {
      breakdown: 'survey',
    });
    expect([r.numerator, r.n]).toEqual([8, 10]);
    const latest = r.breakdown.find((b) => b.key === 'SRV-2023-BUYER');
    expect(latest && [latest.suppressed, latest.numerator, latest.n]).toEqual([false, 8, 10]);
    expect(r.breakdown.filter((b) => b.key !== 'SRV-2023-BUYER').every((b) => b.suppressed)).toBe(
      true,
    );
  });
});
