import Papa from 'papaparse';
import type { ImportIssue } from '../issues';
import type { Separator, SheetRow } from './types';

const SEPARATORS: readonly Separator[] = [',', ';', '\t'];
const SAMPLE_RECORDS = 20;
const SAMPLE_CHARS = 64 * 1024;

/** Excel's own hint on the first line of a CSV file, e.g. `sep=;`. */
const SEPARATOR_HINT = /^sep=(.)\r?(\n|$)/i;

function isSeparator(value: string): value is Separator {
  return (SEPARATORS as readonly string[]).includes(value);
}

/** How often each candidate separator stands outside quotes, per record, in the first records. */
function countSeparators(text: string): Map<Separator, number[]> {
  const counts = new Map<Separator, number[]>(SEPARATORS.map((s) => [s, []]));
  let current = new Map<string, number>();
  let inQuotes = false;
  let recordHasText = false;
  let records = 0;
  const endRecord = () => {
    if (recordHasText) {
      for (const separator of SEPARATORS) {
        counts.get(separator)?.push(current.get(separator) ?? 0);
      }
      records++;
    }
    current = new Map();
    recordHasText = false;
  };
  const end = Math.min(text.length, SAMPLE_CHARS);
  for (let i = 0; i < end && records < SAMPLE_RECORDS; i++) {
    const c = text.charAt(i);
    if (c === '"') {
      inQuotes = !inQuotes;
      recordHasText = true;
    } else if (inQuotes) {
      continue;
    } else if (c === '\n' || c === '\r') {
      endRecord();
    } else if (isSeparator(c)) {
      current.set(c, (current.get(c) ?? 0) + 1);
    } else if (c.trim() !== '') {
      recordHasText = true;
    }
  }
  if (records < SAMPLE_RECORDS) endRecord();
  return counts;
}

/**
 * The separator among `,` `;` and tab that splits the first records most consistently: the
 * one whose count in the first record (the header) recurs in the most records, then the one
 * splitting the header into the most fields. A file of one column comes out as `,`.
 */
export function detectSeparator(text: string): Separator {
  const hint = SEPARATOR_HINT.exec(text)?.[1];
  if (hint !== undefined && isSeparator(hint)) return hint;
  let best: { separator: Separator; agreeing: number; inHeader: number } = {
    separator: ',',
    agreeing: 0,
    inHeader: 0,
  };
  for (const [separator, perRecord] of countSeparators(text)) {
    const inHeader = perRecord[0] ?? 0;
    if (inHeader === 0) continue;
    const agreeing = perRecord.filter((n) => n === inHeader).length;
    if (agreeing > best.agreeing || (agreeing === best.agreeing && inHeader > best.inHeader)) {
      best = { separator, agreeing, inHeader };
    }
  }
  return best.separator;
}

/** Counts line breaks (CRLF, LF or a lone CR) in `text` between two offsets. */
function countLineBreaks(text: string, from: number, to: number): number {
  let breaks = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) breaks++;
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) breaks++;
  }
  return breaks;
}

export interface CsvRows {
  readonly separator: Separator;
  /** Rows with text, cells trimmed; entirely empty rows left out. */
  readonly rows: readonly SheetRow[];
  readonly issues: readonly ImportIssue[];
}

/**
 * Splits a decoded CSV text into rows, each with the physical line it starts on. Line numbers
 * come from PapaParse's own cursor rather than a separate quote scan, so that a stray quote
 * inside an unquoted cell (`12" screen`) cannot shift them.
 */
export function readCsvRows(text: string, fileName: string): CsvRows {
  const separator = detectSeparator(text);
  const hintLength = SEPARATOR_HINT.exec(text)?.[0].length ?? 0;
  const body = text.slice(hintLength);
  const rows: SheetRow[] = [];
  const issues: ImportIssue[] = [];
  let line = hintLength > 0 ? 2 : 1;
  let recordStart = 0;

  Papa.parse<string[]>(body, {
    delimiter: separator,
    skipEmptyLines: false,
    step: (result) => {
      const startLine = line;
      const recordEnd = result.meta.cursor;
      line += countLineBreaks(body, recordStart, recordEnd);
      recordStart = recordEnd;
      if (result.errors.some((e) => e.code === 'MissingQuotes')) {
        issues.push({
          severity: 'error',
          code: 'unclosed_quote',
          file: fileName,
          line: startLine,
          column: null,
        });
      }
      const cells = result.data.map((cell) =>
        (cell.includes('\r') ? cell.replace(/\r\n?/g, '\n') : cell).trim(),
      );
      if (cells.some((cell) => cell !== '')) rows.push({ line: startLine, cells });
    },
  });
  return { separator, rows, issues };
}

function filledLength(cells: readonly string[]): number {
  let length = cells.length;
  while (length > 0 && cells[length - 1] === '') length--;
  return length;
}

/**
 * Rows whose fields do not line up with the header. Empty fields beyond the header are not
 * counted (Excel writes them up to the widest row), so `found` is the field count up to the
 * last filled one when a row is too long.
 */
export function fieldCountIssues(
  rows: readonly SheetRow[],
  headerWidth: number,
  fileName: string,
): ImportIssue[] {
  const issues: ImportIssue[] = [];
  for (const row of rows) {
    const filled = filledLength(row.cells);
    const found = filled > headerWidth ? filled : Math.min(row.cells.length, headerWidth);
    if (found === headerWidth) continue;
    issues.push({
      severity: 'error',
      code: 'field_count',
      file: fileName,
      line: row.line,
      column: null,
      detail: `${found}/${headerWidth}`,
    });
  }
  return issues;
}
