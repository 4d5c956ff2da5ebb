import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeEngine } from '../engine/node';
import type { Engine } from '../engine/types';
import { loadDataset } from '../ingest/dataset';
import { readDatasetFolder } from '../ingest/readFolder';
import type { Sql } from '../sql';
import { NO_FILTERS, PRESETS, type Filters } from './filters';
import { INDICATORS } from './registry';
import { computeBatch, computeIndicator, newRunContext, type FigureRequest } from './run';
import type { BreakdownKey } from './types';

let engine: Engine;

beforeAll(async () => {
  engine = await createNodeEngine();
  const files = await readDatasetFolder(fileURLToPath(new URL('../../datasets/', import.meta.url)));
  const report = await loadDataset(engine, files);
  if (!report.ok) throw new Error(`demo data does not load: ${JSON.stringify(report.issues)}`);
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
