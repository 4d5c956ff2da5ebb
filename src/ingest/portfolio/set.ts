import { TABLES, tableDef, type TableName } from '../../model';
import type { DatasetFile } from '../dataset';
import type { ImportIssue } from '../issues';
import { extensionOf } from '../survey/read';
import { columnName, locateIssues, readPortfolioFile, type CanonicalTable } from './read';

/** A file of a portfolio folder or a multi-file drop: its name and its bytes. */
export interface PortfolioInput {
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

/** One canonical table read from the user's file. */
export interface PortfolioTable extends CanonicalTable {
  readonly table: TableName;
  readonly fileName: string;
}

export type PortfolioRead =
  | {
      readonly ok: true;
      readonly tables: readonly PortfolioTable[];
      /** Warnings only. */
      readonly issues: readonly ImportIssue[];
    }
  | { readonly ok: false; readonly issues: readonly ImportIssue[] };

const TABLE_EXTENSIONS = new Set(['.csv', '.txt', '.tsv', '.xlsx', '.xlsm']);

/**
 * The canonical table a file is named after (`calls.csv`, `Calls.xlsx`, `project-buyers.csv`),
 * null for another name, undefined for a file that is no table at all (a README, a hidden
 * file), which is passed over without a word.
 */
export function tableOfFileName(fileName: string): TableName | null | undefined {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const extension = extensionOf(base);
  if (base.startsWith('.') || !TABLE_EXTENSIONS.has(extension)) return undefined;
  const stem = columnName(base.slice(0, base.length - extension.length));
  return TABLES.find((t) => t.name === stem)?.name ?? null;
}

/**
 * Reads a whole portfolio: every file named after a canonical table, each written as people
 * write it (CSV with `,` `;` or tab, UTF-8 or Windows-1252, Belgian numbers and dates, XLSX),
 * as canonical tables. Problems of every file are listed together; the foreign keys across
 * the tables are checked when they are loaded (`loadDataset`).
 */
export async function readPortfolioFiles(
  inputs: readonly PortfolioInput[],
): Promise<PortfolioRead> {
  const issues: ImportIssue[] = [];
  const byTable = new Map<TableName, PortfolioInput>();
  for (const input of [...inputs].sort((a, b) => a.fileName.localeCompare(b.fileName))) {
    const table = tableOfFileName(input.fileName);
    if (table === undefined) continue;
    if (table === null) {
      issues.push({
        severity: 'warning',
        code: 'unknown_file',
        file: input.fileName,
        line: null,
        column: null,
      });
      continue;
    }
    const first = byTable.get(table);
    if (first) {
      issues.push({
        severity: 'error',
        code: 'duplicate_table',
        file: input.fileName,
        line: null,
        column: null,
        value: table,
        detail: first.fileName,
      });
      continue;
    }
    byTable.set(table, input);
  }
  const tables: PortfolioTable[] = [];
  for (const def of TABLES) {
    const input = byTable.get(def.name);
    if (!input) continue;
    const read = await readPortfolioFile(tableDef(def.name), input.bytes, input.fileName);
    issues.push(...read.issues);
    if (read.ok) {
      tables.push({
        table: def.name,
        fileName: input.fileName,
        text: read.text,
        rows: read.rows,
        lineOf: read.lineOf,
        absent: read.absent,
      });
    }
  }
  if (byTable.size === 0) {
    issues.push({
      severity: 'error',
      code: 'no_tables',
      file: inputs.map((i) => i.fileName).join(', '),
      line: null,
      column: null,
    });
  }
  if (issues.some((i) => i.severity === 'error')) return { ok: false, issues };
  return { ok: true, tables, issues };
}

/** The tables as the files `loadDataset` takes. */
export function datasetFiles(tables: readonly PortfolioTable[]): Map<TableName, DatasetFile> {
  return new Map(tables.map((t) => [t.table, { file: t.fileName, text: t.text }]));
}

/**
 * Issues `loadDataset` found in the canonical texts (foreign keys across tables), located in
 * the files the user gave.
 */
export function locateInFiles(
  issues: readonly ImportIssue[],
  tables: readonly PortfolioTable[],
): ImportIssue[] {
  const lineOf = new Map(tables.map((t) => [t.fileName, t.lineOf]));
  return issues.map((i) => {
    const lines = lineOf.get(i.file);
    return lines ? (locateIssues([i], lines)[0] ?? i) : i;
  });
}
