import { quoteField } from '../lib/csv';
import type { ColumnDef, TableDef } from '../model';
import { validateTableCsv } from './canonical';
import type { ImportIssue } from './issues';
import { readExport } from './survey/read';
import type { ParsedFile } from './survey/types';
import { parseNumber, parseTimestamp } from './survey/values';

/** The header row of a canonical table, as a template to fill in (UTF-8, comma). */
export function templateCsv(def: TableDef): string {
  return `${def.columns.map((c) => c.name).join(',')}\n`;
}

const TRUE = new Set(['true', 'ja', 'waar', 'yes', 'y', '1', 'x']);
const FALSE = new Set(['false', 'nee', 'neen', 'onwaar', 'no', 'n', '0']);

/**
 * A cell written the way Belgian Excel writes it, in the canonical form: `341.250,00` as
 * 341250, `05/03/2024` as 2024-03-05, `Ja` as true. A cell that does not convert is left as
 * written, so that validation names it with its line.
 */
function canonicalCell(col: ColumnDef, text: string, decimal: ',' | '.'): string {
  const cell = text.trim();
  if (cell === '') return '';
  switch (col.type) {
    case 'INTEGER':
    case 'DOUBLE':
    case 'DECIMAL(14,2)': {
      const n = parseNumber(cell, decimal);
      return n === null ? cell : String(n);
    }
    case 'DATE': {
      const ts = parseTimestamp(cell, 'dmy');
      return ts === null ? cell : ts.slice(0, 10);
    }
    case 'TIMESTAMP':
      return parseTimestamp(cell, 'dmy') ?? cell;
    case 'BOOLEAN': {
      const key = cell.toLowerCase();
      if (TRUE.has(key)) return 'true';
      if (FALSE.has(key)) return 'false';
      return cell;
    }
    case 'VARCHAR':
      return text;
  }
}

export interface CanonicalTable {
  readonly text: string;
  readonly rows: number;
  /** For each physical line of `text` (index 0 = line 1), the line of the file it came from. */
  readonly lineOf: readonly number[];
}

/** A read file's columns, found by their canonical names, written as canonical CSV. */
export function toCanonicalTable(def: TableDef, file: ParsedFile): CanonicalTable {
  const byName = new Map(file.columns.map((c) => [c.header.trim().toLowerCase(), c.index]));
  const present = def.columns.filter((c) => byName.has(c.name.toLowerCase()));
  const header = present.map((c) => c.name);
  const lines = [header.join(',')];
  const lineOf = [file.headerLines[file.headerLines.length - 1] ?? 1];
  for (const row of file.rows) {
    const record = present
      .map((c) =>
        quoteField(
          canonicalCell(c, row.cells[byName.get(c.name.toLowerCase()) ?? -1] ?? '', file.decimal),
          ',',
        ),
      )
      .join(',');
    lines.push(record);
    const span = record.split('\n').length;
    for (let i = 0; i < span; i++) lineOf.push(row.line + i);
  }
  return { text: `${lines.join('\n')}\n`, rows: file.rows.length, lineOf };
}

/** Issues found in the canonical text, located in the file the user gave. */
export function locateIssues(
  issues: readonly ImportIssue[],
  lineOf: readonly number[],
): ImportIssue[] {
  const at = (line: number) => lineOf[line - 1] ?? line;
  return issues.map((i) => ({
    ...i,
    line: i.line === null ? null : at(i.line),
    detail:
      i.code === 'duplicate_key' && i.detail !== undefined && /^\d+$/.test(i.detail)
        ? String(at(Number(i.detail)))
        : i.detail,
  }));
}

export type PortfolioFileResult =
  | {
      readonly ok: true;
      readonly text: string;
      readonly rows: number;
      readonly lineOf: readonly number[];
    }
  | { readonly ok: false; readonly issues: readonly ImportIssue[] };

/**
 * A portfolio table from a CSV or XLSX file (Belgian Excel included), validated as a whole:
 * types, allowed values, required cells and its primary key. Foreign keys are checked when
 * the table is loaded together with the others.
 */
export async function readPortfolioFile(
  def: TableDef,
  bytes: Uint8Array,
  fileName: string,
): Promise<PortfolioFileResult> {
  const read = await readExport(bytes, fileName);
  if (!read.ok) return { ok: false, issues: read.issues };
  const table = toCanonicalTable(def, read.file);
  const result = validateTableCsv(def, fileName, table.text);
  const issues = locateIssues(result.issues, table.lineOf);
  if (issues.some((i) => i.severity === 'error')) return { ok: false, issues };
  return { ok: true, text: table.text, rows: table.rows, lineOf: table.lineOf };
}
