import { pathToFileURL } from 'node:url';
import { createNodeEngine } from '../src/engine/node';
import { readDatasetFolder } from '../src/ingest/readFolder';
import { EMPTY_WORKSPACE, loadWorkspace, workspaceVersion } from '../src/ingest/workspace';
import { readDataLabels } from '../src/indicators/dataLabels';
import { NO_FILTERS } from '../src/indicators/filters';
import { indicatorById } from '../src/indicators/registry';
import { computeBatch, newRunContext, type FigureRequest } from '../src/indicators/run';
import { dataLabelsToJson } from '../src/model';
import { figureKey, OVERVIEW_FIGURES, type FirstView } from '../src/queries/overview';

/**
 * The overview's figures on the demo data with no filters, computed by the same indicator code
 * and the same DuckDB-WASM build as the browser, so that a first visit shows them before the
 * engine has started. The build writes them beside index.html (see vite.config.ts).
 */
export async function computeFirstView(dir: string): Promise<FirstView> {
  const files = await readDatasetFolder(dir);
  const engine = await createNodeEngine();
  try {
    const { report } = await loadWorkspace(engine, files, EMPTY_WORKSPACE);
    if (!report.ok)
      throw new Error(`the demo data does not load: ${report.issues.length} problems`);
    const requests: FigureRequest[] = OVERVIEW_FIGURES.map(({ id, breakdown }) => {
      const def = indicatorById(id);
      if (!def) throw new Error(`the overview shows ${id}, which is not defined`);
      return { def, filters: NO_FILTERS, breakdown };
    });
    const labels = await readDataLabels((q) => engine.query(q));
    const results = await Promise.all(
      computeBatch(
        requests,
        newRunContext((q) => engine.query(q)),
        {
          missingTables: report.missing,
        },
      ),
    );
    return {
      format: 'pio-first-view',
      version: workspaceVersion(files, EMPTY_WORKSPACE),
      filters: NO_FILTERS,
      figures: Object.fromEntries(
        results.map((r) => [figureKey(r.id, r.breakdownKey), r] as const),
      ),
      labels: dataLabelsToJson(labels),
    };
  } finally {
    await engine.close();
  }
}

// `tsx scripts/firstView.ts DIR` prints them: the build runs it so (see vite.config.ts).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.stdout.write(JSON.stringify(await computeFirstView(process.argv[2] ?? 'datasets')));
}
