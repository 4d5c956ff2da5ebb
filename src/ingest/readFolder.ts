import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { isTableName, type TableName } from '../model';
import type { DatasetFile } from './dataset';
import type { PortfolioInput } from './portfolio/set';

/**
 * Reads every `<table>.csv` of a folder written in the canonical form (the demo data in
 * `datasets/`), as it is: no other spelling is read. Users' folders go through
 * `readFolderFiles` and `readPortfolioFiles`.
 */
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

/** Every file of a folder (not its subfolders), as bytes, for `readPortfolioFiles`. */
export async function readFolderFiles(dir: string): Promise<PortfolioInput[]> {
  const inputs: PortfolioInput[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const bytes = await readFile(path.join(dir, entry.name));
    inputs.push({ fileName: entry.name, bytes: new Uint8Array(bytes) });
  }
  return inputs;
}
