import { TABLE_NAMES, tableDef, type TableName } from '../../src/model/index.ts';
import { buildWorld } from './build.ts';
import { checkDomain } from './checks.ts';
import { toCsv } from './csv.ts';
import { emit } from './emit.ts';
import type { World } from './world.ts';
import { validateDataset } from './validate.ts';

export interface Rendered {
  readonly world: World;
  /** CSV text per canonical table. */
  readonly csv: ReadonlyMap<TableName, string>;
  readonly counts: ReadonlyMap<TableName, number>;
}

/** Builds, checks and formats the whole demo data set; throws if any rule is broken. */
export function renderDataset(seed: number): Rendered {
  const world = buildWorld(seed);
  checkDomain(world);
  const data = emit(world);
  validateDataset(data);
  const csv = new Map<TableName, string>();
  const counts = new Map<TableName, number>();
  for (const name of TABLE_NAMES) {
    csv.set(name, toCsv(tableDef(name), data[name]));
    counts.set(name, data[name].length);
  }
  return { world, csv, counts };
}
