import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { isTableName, type TableName } from '../model';
import type { DatasetFile } from './dataset';

/** Reads every `<table>.csv` of a folder whose name is a canonical table. */
export async function readDatasetFolder(dir: string): Promise<Map<TableName, DatasetFile>> {
  const files = new Map<TableName, DatasetFile>();
  for (const entry of (await readdir(dir)).sort()) {
    if (!entry.endsWith('.csv')) continue;
    const name = entry.slice(0, -4);
    if (!isTableName(name)) continue;
    files.set(name, { file: entry, text: await readFile(path.join(dir, entry), 'utf8') });
  }
  return files;
}
