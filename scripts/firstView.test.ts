import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeEngine } from '../src/engine/node';
import type { Engine } from '../src/engine/types';
import { readDatasetFolder } from '../src/ingest/readFolder';
import { EMPTY_WORKSPACE, loadWorkspace, workspaceVersion } from '../src/ingest/workspace';
import { NO_FILTERS } from '../src/indicators/filters';
import { dataLabelsFromJson } from '../src/model';
import { indicatorById } from '../src/indicators/registry';
import { computeIndicator, newRunContext } from '../src/indicators/run';
import { createBatcher } from '../src/queries/batcher';
import { figureKey, OVERVIEW_FIGURES, type FirstView } from '../src/queries/overview';
import { computeFirstView } from './firstView';

let first: FirstView;
let engine: Engine;
let missing: readonly string[];

beforeAll(async () => {
  first = await computeFirstView('datasets');
  engine = await createNodeEngine();
  const { report } = await loadWorkspace(
    engine,
    await readDatasetFolder('datasets'),
    EMPTY_WORKSPACE,
  );
  missing = report.missing;
}, 120_000);
afterAll(async () => {
  await engine.close();
});

describe('figures computed ahead for the first view', () => {
  it('hold every overview figure with the breakdown its card shows, for the demo data with no filters', async () => {
    expect(Object.keys(first.figures).sort()).toEqual(
      OVERVIEW_FIGURES.map((f) => figureKey(f.id, f.breakdown)).sort(),
    );
    expect(first.filters).toEqual(NO_FILTERS);
    expect(first.version).toBe(
      workspaceVersion(await readDatasetFolder('datasets'), EMPTY_WORKSPACE),
    );
  });

  it('equal what the browser computes live, the way it computes them (batched)', async () => {
    const compute = createBatcher(() => Promise.resolve((q) => engine.query(q)));
    const signal = new AbortController().signal;
    const live = await Promise.all(
      OVERVIEW_FIGURES.map(({ id, breakdown }) => {
        const def = indicatorById(id);
        if (!def) throw new Error(`${id} is not defined`);
        return compute(
          { def, filters: NO_FILTERS, breakdown },
          { missingTables: missing, absentColumns: [] },
          signal,
        );
      }),
    );
    for (const [i, { id, breakdown }] of OVERVIEW_FIGURES.entries()) {
      expect(first.figures[figureKey(id, breakdown)], id).toEqual(live[i]);
    }
  });

  it('equal each figure computed on its own, as the command line and the annex compute it', async () => {
    const ctx = newRunContext((q) => engine.query(q));
    for (const { id, breakdown } of OVERVIEW_FIGURES) {
      const def = indicatorById(id);
      if (!def) throw new Error(`${id} is not defined`);
      const alone = await computeIndicator(def, NO_FILTERS, ctx, {
        breakdown,
        missingTables: missing,
      });
      expect(first.figures[figureKey(id, breakdown)], id).toEqual(alone);
    }
  });

  it('carry the names of the demo rounds and calls, so an early figure reads as the live one', () => {
    const labels = dataLabelsFromJson(first.labels);
    expect(labels?.rounds.get('SRV-2019-BUYER')).toEqual({
      name: 'Bevraging aankopende besturen 2019',
      audience: 'buyer',
      year: 2019,
      fieldworkEnd: '2019-06-07',
    });
    expect(labels?.rounds.size).toBe(6);
    expect([...(labels?.rounds.values() ?? [])].map((r) => r.fieldworkEnd)).toEqual(
      [...(labels?.rounds.values() ?? [])].map((r) => r.fieldworkEnd).sort(),
    );
    expect(labels?.calls.size).toBeGreaterThan(0);
  });

  it('survive the trip through JSON unchanged', () => {
    expect(JSON.parse(JSON.stringify(first))).toEqual(first);
  });
});
