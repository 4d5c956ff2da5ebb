import { toCsv, type CsvOptions } from './csv';

/** A cell as exports write it: numbers stay numbers, anything else becomes text. */
export type ExportValue = string | number | boolean | null;

export interface ExportColumn {
  /** The key of the column in each row. */
  readonly name: string;
  /** The header as readers see it. */
  readonly label: string;
}

export type ExportRow = Readonly<Record<string, unknown>>;

/** One line of what an export holds and under which conditions ("Peildatum: 31/12/2021"). */
export interface ContextItem {
  readonly label: string;
  readonly value: string;
}

export function exportValue(v: unknown): ExportValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'bigint') return Number(v);
  return JSON.stringify(v);
}

export function contextLine(item: ContextItem): string {
  return item.label === '' ? item.value : `${item.label}: ${item.value}`;
}

/**
 * CSV with the context as its first lines, label and value in two cells (so that a reader
 * finds the separator on the first line too), then the header (labels) and the rows.
 */
export function tableCsv(
  columns: readonly ExportColumn[],
  rows: readonly ExportRow[],
  context: readonly ContextItem[],
  dialect: CsvOptions['dialect'],
): string {
  return toCsv(
    columns.map((c) => c.name),
    rows.map((r) => Object.fromEntries(columns.map((c) => [c.name, exportValue(r[c.name])]))),
    {
      dialect,
      preamble: context.map((i) => [i.label, i.value]),
      header: columns.map((c) => c.label),
    },
  );
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface XlsxSheetNames {
  readonly data: string;
  readonly context: string;
}

/**
 * A workbook with the rows on its first sheet and the context on a second. Text goes into
 * shared-string cells, which a spreadsheet never evaluates, so text that looks like a formula
 * (`=SUM(A1)`) is kept exactly as written instead of being prefixed as in CSV. The writer is
 * loaded on demand, on the first export.
 */
export async function tableXlsx(
  columns: readonly ExportColumn[],
  rows: readonly ExportRow[],
  context: readonly ContextItem[],
  names: XlsxSheetNames,
): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  const bold = (value: string) => ({ value, type: String, fontWeight: 'bold' as const });
  const cell = (v: unknown) => {
    const value = exportValue(v);
    if (value === null) return null;
    if (typeof value === 'number') return { value, type: Number };
    if (typeof value === 'boolean') return { value, type: Boolean };
    return { value, type: String };
  };
  const data = [
    columns.map((c) => bold(c.label)),
    ...rows.map((r) => columns.map((c) => cell(r[c.name]))),
  ];
  const contextData = context.map((item) => [bold(item.label), cell(item.value)]);
  const width = (values: readonly string[]) =>
    Math.min(60, Math.max(8, ...values.map((v) => v.length + 2)));
  return writeXlsxFile([
    {
      data,
      sheet: names.data,
      stickyRowsCount: 1,
      columns: columns.map((c) => ({
        width: width([
          c.label,
          ...rows.slice(0, 200).map((r) => String(exportValue(r[c.name]) ?? '')),
        ]),
      })),
    },
    {
      data: contextData,
      sheet: names.context,
      columns: [
        { width: width(context.map((i) => i.label)) },
        { width: width(context.map((i) => i.value)) },
      ],
    },
  ]).toBlob();
}
