import { fileURLToPath } from 'node:url';
import { createNodeEngine, createNodeSandbox } from '../../engine/node';
import type { SandboxDriver } from '../../engine/sandbox';
import type { Engine } from '../../engine/types';
import { loadDataset, type DatasetReport } from '../dataset';
import { readDatasetFolder } from '../readFolder';

/** The demo data of datasets/, for tests that run on it. */
export const DATASETS = fileURLToPath(new URL('../../../datasets/', import.meta.url));

async function loaded(engine: Engine): Promise<DatasetReport> {
  const report = await loadDataset(engine, await readDatasetFolder(DATASETS));
  if (!report.ok) throw new Error(`demo data does not load: ${JSON.stringify(report.issues)}`);
  return report;
}

/** A Node engine (the browser's DuckDB build) with the demo data loaded; close it after. */
export async function demoEngine(): Promise<{ engine: Engine; report: DatasetReport }> {
  const engine = await createNodeEngine();
  return { engine, report: await loaded(engine) };
}

/** The explorer's engine with the demo data loaded, and its lock. */
export async function demoSandbox(): Promise<{
  engine: Engine;
  lock(): Promise<SandboxDriver>;
}> {
  const made = await createNodeSandbox();
  await loaded(made.engine);
  return made;
}
