import type { ImportIssue, IssueCode } from '../issues';
import { fieldCountIssues, readCsvRows } from './csvRead';
import {
  MAX_IMPORT_BYTES,
  decodeText,
  describeSize,
  hasOle2Signature,
  hasZipSignature,
} from './decode';
import { detectTable } from './detect';
import type { ReadResult } from './types';
import { readXlsxRows } from './xlsxRead';

const TEXT_EXTENSIONS = new Set(['.csv', '.txt', '.tsv']);
const WORKBOOK_EXTENSIONS = new Set(['.xlsx', '.xlsm']);

export interface ReadOptions {
  /** Defaults to MAX_IMPORT_BYTES; tests pass a small one. */
  readonly maxBytes?: number;
}

/** The extension in lower case with its dot (`.csv`), or '' when the name has none. */
export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot <= 0 ? '' : fileName.slice(dot).toLowerCase();
}

function issue(
  code: IssueCode,
  file: string,
  extra: Pick<ImportIssue, 'value' | 'detail'> = {},
): ImportIssue {
  return { severity: 'error', code, file, line: null, column: null, ...extra };
}

/**
 * The 'too_large' issue for a file of `size` bytes, or null when it fits. Exported so that a
 * caller holding a File can refuse it before reading its bytes.
 */
export function sizeIssue(
  fileName: string,
  size: number,
  maxBytes = MAX_IMPORT_BYTES,
): ImportIssue | null {
  if (size <= maxBytes) return null;
  return issue('too_large', fileName, {
    value: describeSize(size),
    detail: describeSize(maxBytes, 'nearest'),
  });
}

type Format = 'csv' | 'xlsx';

/**
 * The format by the file's first bytes where they tell, by its extension where they do not.
 * A workbook is a ZIP (.xlsx) or an OLE2 file (.xls, and also a password-protected .xlsx).
 */
function formatOf(bytes: Uint8Array, fileName: string): Format | ImportIssue {
  const extension = extensionOf(fileName);
  const unsupported = issue('unsupported_format', fileName, { detail: extension || fileName });
  if (hasZipSignature(bytes) || hasOle2Signature(bytes)) {
    if (TEXT_EXTENSIONS.has(extension)) return issue('workbook_as_csv', fileName);
    if (WORKBOOK_EXTENSIONS.has(extension)) return 'xlsx';
    return extension === '' && hasZipSignature(bytes) ? 'xlsx' : unsupported;
  }
  if (WORKBOOK_EXTENSIONS.has(extension)) return 'xlsx';
  return TEXT_EXTENSIONS.has(extension) || extension === '' ? 'csv' : unsupported;
}

function readCsv(bytes: Uint8Array, fileName: string): ReadResult {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { ok: false, issues: [issue(decoded.code, fileName)] };
  const csv = readCsvRows(decoded.text, fileName);
  const detection = detectTable(csv.rows, 'csv', csv.separator, fileName);
  if (!detection.ok) return { ok: false, issues: [...csv.issues, ...detection.issues] };
  const { table } = detection;
  const unclosedLines = new Set(csv.issues.map((i) => i.line));
  const firstHeaderLine = table.headerLines[0] ?? 0;
  const misshapen = fieldCountIssues(
    csv.rows.filter((row) => row.line > firstHeaderLine && !unclosedLines.has(row.line)),
    table.headerWidth,
    fileName,
  );
  const issues = [...csv.issues, ...misshapen].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    issues: decoded.nul
      ? [
          {
            severity: 'warning',
            code: 'nul_replaced',
            file: fileName,
            line: decoded.nul.line,
            column: null,
            detail: String(decoded.nul.count),
          },
        ]
      : [],
    file: {
      fileName,
      format: 'csv',
      encoding: decoded.encoding,
      separator: csv.separator,
      tool: table.tool,
      decimal: table.decimal,
      headerLines: table.headerLines,
      columns: table.columns,
      rows: table.rows,
    },
  };
}

async function readXlsx(bytes: Uint8Array, fileName: string): Promise<ReadResult> {
  const xlsx = await readXlsxRows(bytes, fileName);
  if (!xlsx.ok) return { ok: false, issues: xlsx.issues };
  const detection = detectTable(xlsx.rows, 'xlsx', null, fileName);
  if (!detection.ok) return detection;
  const { table } = detection;
  return {
    ok: true,
    issues: [],
    file: {
      fileName,
      format: 'xlsx',
      encoding: null,
      separator: null,
      tool: table.tool,
      decimal: table.decimal,
      headerLines: table.headerLines,
      columns: table.columns,
      rows: table.rows,
    },
  };
}

/**
 * Reads a survey export (CSV or XLSX) from its bytes into rows and columns, recognising the
 * tool that wrote it. Every problem found is listed, each with its line where it has one.
 */
export async function readExport(
  bytes: Uint8Array,
  fileName: string,
  options: ReadOptions = {},
): Promise<ReadResult> {
  const tooLarge = sizeIssue(fileName, bytes.length, options.maxBytes);
  if (tooLarge) return { ok: false, issues: [tooLarge] };
  if (bytes.length === 0) return { ok: false, issues: [issue('empty_file', fileName)] };
  const format = formatOf(bytes, fileName);
  if (typeof format !== 'string') return { ok: false, issues: [format] };
  return format === 'csv' ? readCsv(bytes, fileName) : readXlsx(bytes, fileName);
}
