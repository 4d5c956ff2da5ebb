import { quoteField } from '../../lib/csv';
import type { ColumnDef, TableDef } from '../../model';
import { validateTableCsv } from '../canonical';
import type { ImportIssue } from '../issues';
import { readExport } from '../survey/read';
import type { Column, ParsedFile } from '../survey/types';
import { labelKey, parseNumber, parseTimestamp } from '../survey/values';
import { matchCode } from './codes';

/** The header row of a canonical table, as a template to fill in (UTF-8, comma). */
export function templateCsv(def: TableDef): string {
  return `${def.columns.map((c) => c.name).join(',')}\n`;
}

const TRUE = new Set(['true', 'ja', 'waar', 'yes', 'y', '1', 'x', 'j']);
const FALSE = new Set(['false', 'nee', 'neen', 'onwaar', 'no', 'n', '0']);

/** A header as the name of a model column: `Call ID`, `call-id` and `CALL_ID` are `call_id`. */
export function columnName(header: string): string {
  return labelKey(header).replaceAll(' ', '_');
}

/** What became of the written values of one column that were read as another key. */
interface Normalised {
  readonly column: string;
  readonly written: string;
  readonly key: string;
  readonly line: number;
  count: number;
}

/**
 * A cell written the way people and Belgian Excel write it, in the canonical form:
 * `341.250,00` as 341250, `05/03/2024` as 2024-03-05, `Ja` as true, `Oost-Vlaanderen` as
 * `oost_vlaanderen`. A cell that does not convert is left as written, so that validation names
 * it with its line.
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
      return col.enum ? (matchCode(col.enum, cell) ?? cell) : text;
  }
}

export interface CanonicalTable {
  /** Canonical CSV of the columns the file has, in the model's order. */
  readonly text: string;
  readonly rows: number;
  /** For each physical line of `text` (index 0 = line 1), the line of the file it came from. */
  readonly lineOf: readonly number[];
  /** Optional model columns the file does not have: loaded empty. */
  readonly absent: readonly string[];
}

function describeSeparator(separator: string | null): string {
  return separator === '\t' ? 'tab' : (separator ?? '');
}

const MOJIBAKE = /\uFFFD|Ã[\u0080-\u00BF]|Ã©|â€|Â /;
const OTHER_SEPARATORS = [',', ';', '\t', '|'] as const;

/**
 * When required columns are not found in the header, what went wrong as one message:
 * text garbled by a wrong encoding, or one wide column holding the names apart by a
 * separator the file was not read with.
 */
function headerDiagnosis(def: TableDef, file: ParsedFile, headerLine: number): ImportIssue | null {
  const headers = file.columns.map((c) => c.header);
  const at = { severity: 'error', file: file.fileName, line: headerLine, column: null } as const;
  if (headers.some((h) => MOJIBAKE.test(h))) {
    return { ...at, code: 'header_encoding', value: headers.join(file.separator ?? ' ') };
  }
  const names = new Set(def.columns.map((c) => c.name));
  for (const separator of OTHER_SEPARATORS) {
    if (separator === file.separator) continue;
    const parts = headers
      .filter((h) => h.includes(separator))
      .flatMap((h) => h.split(separator))
      .map(columnName);
    if (parts.filter((p) => names.has(p)).length >= 2) {
      return {
        ...at,
        code: 'header_separator',
        value: describeSeparator(separator),
        detail: describeSeparator(file.separator),
      };
    }
  }
  return null;
}

/**
 * A read file's columns, found by their names as people write them, as canonical CSV with
 * the warnings a person should see: columns the model does not know (left out) and values
 * read as another key (once per value, with their count). Errors of the header are returned
 * instead of a table.
 */
export function toCanonicalTable(
  def: TableDef,
  file: ParsedFile,
): { table: CanonicalTable | null; issues: ImportIssue[] } {
  const headerLine = file.headerLines[file.headerLines.length - 1] ?? 1;
  const issues: ImportIssue[] = [];
  const found = new Map<string, Column>();
  for (const column of file.columns) {
    const name = columnName(column.header);
    const def_ = def.columns.find((c) => c.name === name);
    if (def_ && !found.has(def_.name)) {
      found.set(def_.name, column);
    } else if (column.header.trim() !== '' || file.rows.some((r) => r.cells[column.index])) {
      issues.push({
        severity: 'warning',
        code: def_ ? 'duplicate_column' : 'unknown_column_ignored',
        file: file.fileName,
        line: headerLine,
        column: column.header || `#${String(column.index + 1)}`,
      });
    }
  }
  const missing = def.columns.filter((c) => c.required && !found.has(c.name));
  if (missing.length > 0) {
    const diagnosis = headerDiagnosis(def, file, headerLine);
    if (diagnosis) return { table: null, issues: [diagnosis] };
    return {
      table: null,
      issues: missing.map((c) => ({
        severity: 'error',
        code: 'missing_column',
        file: file.fileName,
        line: headerLine,
        column: c.name,
      })),
    };
  }

  const present = def.columns.filter((c) => found.has(c.name));
  const normalised = new Map<string, Normalised>();
  const lines = [present.map((c) => c.name).join(',')];
  const lineOf = [headerLine];
  for (const row of file.rows) {
    const cells = present.map((c) => {
      const written = row.cells[found.get(c.name)?.index ?? -1] ?? '';
      const value = canonicalCell(c, written, file.decimal);
      if (c.enum && value !== written.trim() && c.enum.includes(value)) {
        const key = `${c.name}\u0000${written.trim()}`;
        const seen = normalised.get(key);
        if (seen) seen.count++;
        else {
          normalised.set(key, {
            column: c.name,
            written: written.trim(),
            key: value,
            line: row.line,
            count: 1,
          });
        }
      }
      return quoteField(value, ',');
    });
    const record = cells.join(',');
    lines.push(record);
    const span = record.split('\n').length;
    for (let i = 0; i < span; i++) lineOf.push(row.line + i);
  }
  for (const c of present) {
    const of = [...normalised.values()].filter((n) => n.column === c.name);
    const first = of[0];
    if (!first) continue;
    issues.push({
      severity: 'warning',
      code: 'value_normalised',
      file: file.fileName,
      line: first.line,
      column: c.name,
      value: of.map((n) => `“${n.written}” → ${n.key} (${String(n.count)}×)`).join(', '),
    });
  }
  return {
    table: {
      text: `${lines.join('\n')}\n`,
      rows: file.rows.length,
      lineOf,
      absent: def.columns.filter((c) => !found.has(c.name)).map((c) => c.name),
    },
    issues,
  };
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
  | ({ readonly ok: true; readonly issues: readonly ImportIssue[] } & CanonicalTable)
  | { readonly ok: false; readonly issues: readonly ImportIssue[] };

/**
 * A portfolio table from a CSV or XLSX file, written as people write it (Belgian Excel
 * included), validated as a whole: header, types, allowed values, required cells and its
 * primary key. Foreign keys are checked when the table is loaded together with the others.
 * Warnings (a column left out, a value read as its key) come with the table.
 */
export async function readPortfolioFile(
  def: TableDef,
  bytes: Uint8Array,
  fileName: string,
): Promise<PortfolioFileResult> {
  const read = await readExport(bytes, fileName);
  if (!read.ok) return { ok: false, issues: read.issues };
  const { table, issues } = toCanonicalTable(def, read.file);
  const all = [...read.issues, ...issues];
  if (!table) return { ok: false, issues: all };
  const result = validateTableCsv(def, fileName, table.text);
  all.push(...locateIssues(result.issues, table.lineOf));
  if (all.some((i) => i.severity === 'error')) return { ok: false, issues: all };
  return { ok: true, issues: all, ...table };
}
