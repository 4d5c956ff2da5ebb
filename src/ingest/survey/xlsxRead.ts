import type { ImportIssue } from '../issues';
import type { SheetRow } from './types';

type CellValue = string | number | boolean | Date | null;

function twoDigits(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * Excel stores a date as a day count with the time as a fraction, so 09:30 may come back as
 * 09:29:59.999: round to the second before writing it out. Excel dates have no time zone;
 * read-excel-file returns them as UTC.
 */
export function formatExcelDate(date: Date): string {
  const rounded = new Date(Math.round(date.getTime() / 1000) * 1000);
  const day = `${rounded.getUTCFullYear()}-${twoDigits(rounded.getUTCMonth() + 1)}-${twoDigits(rounded.getUTCDate())}`;
  const h = rounded.getUTCHours();
  const m = rounded.getUTCMinutes();
  const s = rounded.getUTCSeconds();
  if (h === 0 && m === 0 && s === 0) return day;
  return `${day} ${twoDigits(h)}:${twoDigits(m)}:${twoDigits(s)}`;
}

function cellText(value: CellValue): string {
  if (value === null) return '';
  if (value instanceof Date) return formatExcelDate(value);
  if (typeof value === 'string') return value.replace(/\r\n?/g, '\n').trim();
  return String(value);
}

function exactArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  if (
    bytes.buffer instanceof ArrayBuffer &&
    bytes.byteOffset === 0 &&
    bytes.byteLength === bytes.buffer.byteLength
  ) {
    return bytes.buffer;
  }
  return bytes.slice().buffer;
}

export type XlsxRows =
  | { readonly ok: true; readonly rows: readonly SheetRow[] }
  | { readonly ok: false; readonly issues: readonly ImportIssue[] };

/**
 * The first sheet of an .xlsx workbook as rows of text, each with its sheet row number;
 * empty rows left out. read-excel-file is loaded only when a workbook arrives.
 */
export async function readXlsxRows(bytes: Uint8Array, fileName: string): Promise<XlsxRows> {
  let sheet: CellValue[][];
  try {
    const { readSheet } = await import('read-excel-file/universal');
    // The library's CellValue type names `typeof Date` where it returns Date instances.
    sheet = (await readSheet(exactArrayBuffer(bytes))) as unknown as CellValue[][];
  } catch (error) {
    return {
      ok: false,
      issues: [
        {
          severity: 'error',
          code: 'bad_workbook',
          file: fileName,
          line: null,
          column: null,
          detail: error instanceof Error ? error.message : String(error),
        },
      ],
    };
  }
  const rows: SheetRow[] = [];
  sheet.forEach((values, index) => {
    const cells = values.map(cellText);
    if (cells.some((cell) => cell !== '')) rows.push({ line: index + 1, cells });
  });
  return { ok: true, rows };
}
