import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../engine/types';
import { demoEngine } from '../ingest/testing/demoEngine';
import { sql } from '../sql';
import { compile, valueSql } from './compile';
import { NO_FILTERS, PRESETS, type Filters } from './filters';
import { INDICATORS } from './registry';
import { computeIndicator, newRunContext } from './run';

let engine: Engine;

beforeAll(async () => {
  ({ engine } = await demoEngine());
}, 120_000);
afterAll(async () => {
  await engine.close();
});

const FILTER_SETS: readonly (readonly [string, Filters])[] = [
  ['no filters', NO_FILTERS],
  ['evaluation 2022, care', { ...NO_FILTERS, asOf: PRESETS.evaluation2022, themes: ['care'] }],
];

describe('the value column a reader of an indicator statement sees', () => {
  it.each(FILTER_SETS)('equals the figure the dashboard computes, %s', async (_, filters) => {
    const ctx = newRunContext((q) => engine.query(q));
    let compared = 0;
    for (const def of INDICATORS) {
      const figure = await computeIndicator(def, filters, ctx, { breakdown: null });
      if (figure.suppressed || figure.notes.includes('not_datable')) continue;
      const { rows } = await engine.query(
        sql`SELECT ${valueSql(def)} AS value FROM (${compile(def, filters, null)}) AS figure`,
      );
      const value = rows[0]?.value;
      if (figure.value === null) expect(value ?? null, def.id).toBeNull();
      else expect(Number(value), def.id).toBeCloseTo(figure.value, 9);
      compared++;
    }
    expect(compared).toBeGreaterThan(INDICATORS.length / 2);
  });
});
