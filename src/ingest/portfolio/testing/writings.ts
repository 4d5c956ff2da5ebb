import Papa from 'papaparse';
import { TABLES, VALUE_LABELS, type ColumnDef, type TableName } from '../../../model';
import type { DatasetFile } from '../../dataset';
import { encodeText, workbookXlsx, type XlsxCell } from '../../survey/testing/exports';
import type { PortfolioInput } from '../set';

/**
 * The same canonical tables written the way other hands write them, for differential tests:
 * each writing must give the very same indicators as the canonical files.
 */
type Rows = readonly Record<string, string>[];

function rowsOf(text: string): Rows {
  return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
}

function tables(files: ReadonlyMap<TableName, DatasetFile>) {
  return TABLES.flatMap((def) => {
    const file = files.get(def.name);
    return file ? [{ def, rows: rowsOf(file.text) }] : [];
  });
}

/** `341250.5` as Belgian Excel shows a number with two decimals: `341.250,50`. */
function belgianMoney(value: string): string {
  const [whole = '0', fraction = ''] = Number(value).toFixed(2).split('.');
  const negative = whole.startsWith('-');
  const digits = negative ? whole.slice(1) : whole;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${negative ? '-' : ''}${grouped},${fraction}`;
}

function belgianDate(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d ?? ''}/${m ?? ''}/${y ?? ''}`;
}

function belgianCell(col: ColumnDef, value: string, row: number): string {
  if (value === '') return '';
  if (col.enum) return VALUE_LABELS[value]?.nl ?? value;
  switch (col.type) {
    case 'DATE':
      return belgianDate(value);
    case 'TIMESTAMP':
      // Excel's own display of a date-time cell: no seconds.
      return value.length > 10
        ? `${belgianDate(value)} ${value.slice(11, 16)}`
        : belgianDate(value);
    case 'DECIMAL(14,2)':
      return belgianMoney(value);
    case 'DOUBLE':
      return value.replace('.', ',');
    case 'BOOLEAN':
      // Dutch Excel writes WAAR/ONWAAR; hand-kept lists say ja/nee.
      return row % 2 === 0
        ? value === 'true'
          ? 'WAAR'
          : 'ONWAAR'
        : value === 'true'
          ? 'ja'
          : 'nee';
    default:
      return value;
  }
}

function quoted(value: string, separator: string): string {
  return /["\r\n]/.test(value) || value.includes(separator)
    ? `"${value.replaceAll('"', '""')}"`
    : value;
}

/** Saved from Excel with Belgian settings: `;`, Windows-1252, CRLF, Dutch names of the codes. */
export function belgianExcel(files: ReadonlyMap<TableName, DatasetFile>): PortfolioInput[] {
  return tables(files).map(({ def, rows }) => {
    const lines = [def.columns.map((c) => c.name).join(';')];
    rows.forEach((row, i) => {
      lines.push(
        def.columns.map((c) => quoted(belgianCell(c, row[c.name] ?? '', i), ';')).join(';'),
      );
    });
    return {
      fileName: `${def.name}.csv`,
      bytes: encodeText(`${lines.join('\r\n')}\r\n`, 'windows-1252'),
    };
  });
}

/**
 * Comma-separated UTF-8 with a BOM, headers in capitals with spaces, codes as the English UI
 * names them (`East Flanders`, `Negotiated procedure`).
 */
export function displayForms(files: ReadonlyMap<TableName, DatasetFile>): PortfolioInput[] {
  return tables(files).map(({ def, rows }) => {
    const header = def.columns.map((c) => c.name.replaceAll('_', ' ').toUpperCase());
    const lines = [header.join(',')];
    for (const row of rows) {
      lines.push(
        def.columns
          .map((c) => {
            const v = row[c.name] ?? '';
            return quoted(c.enum && v !== '' ? (VALUE_LABELS[v]?.en ?? v) : v, ',');
          })
          .join(','),
      );
    }
    return {
      fileName: `${def.name}.csv`,
      bytes: encodeText(`${lines.join('\n')}\n`, 'utf-8-bom'),
    };
  });
}

function xlsxCell(col: ColumnDef, value: string): XlsxCell {
  if (value === '') return null;
  switch (col.type) {
    case 'DATE':
    case 'TIMESTAMP':
      return new Date(`${value.replace(' ', 'T')}Z`);
    case 'INTEGER':
    case 'DOUBLE':
    case 'DECIMAL(14,2)':
      return Number(value);
    case 'BOOLEAN':
      return value === 'true';
    default:
      return value;
  }
}

/** One workbook per table: dates as date cells, numbers as numbers, booleans as booleans. */
export async function workbooks(
  files: ReadonlyMap<TableName, DatasetFile>,
): Promise<PortfolioInput[]> {
  return Promise.all(
    tables(files).map(async ({ def, rows }) => ({
      fileName: `${def.name}.xlsx`,
      bytes: await workbookXlsx([
        def.columns.map((c) => c.name),
        ...rows.map((row) => def.columns.map((c) => xlsxCell(c, row[c.name] ?? ''))),
      ]),
    })),
  );
}

/** The canonical files themselves, as bytes. */
export function canonical(files: ReadonlyMap<TableName, DatasetFile>): PortfolioInput[] {
  return [...files.values()].map((f) => ({
    fileName: f.file,
    bytes: encodeText(f.text, 'utf-8'),
  }));
}
