import type { Column, ParsedFile, Tool } from '../types';

export interface ParsedSpec {
  readonly tool?: Tool;
  readonly fileName?: string;
  /** A header, or a header with the question text a second header row gives (Qualtrics). */
  readonly columns: readonly (string | { readonly header: string; readonly text: string })[];
  readonly rows: readonly (readonly string[])[];
  readonly decimal?: ',' | '.';
  /** How many header rows the file has (Qualtrics: 3); data rows follow on the next lines. */
  readonly headerRows?: number;
}

/** A ParsedFile written by hand, as the reader would hand it over. */
export function parsed(spec: ParsedSpec): ParsedFile {
  const headerRows = spec.headerRows ?? 1;
  const seen = new Map<string, number>();
  const columns: Column[] = spec.columns.map((c, index) => {
    const header = typeof c === 'string' ? c : c.header;
    const n = (seen.get(header) ?? 0) + 1;
    seen.set(header, n);
    return {
      index,
      header,
      key: n === 1 ? header : `${header}#${String(n)}`,
      text: typeof c === 'string' ? null : c.text,
    };
  });
  return {
    fileName: spec.fileName ?? 'export.csv',
    format: 'csv',
    encoding: 'utf-8',
    separator: ',',
    tool: spec.tool ?? 'csv',
    decimal: spec.decimal ?? '.',
    headerLines: Array.from({ length: headerRows }, (_, i) => i + 1),
    columns,
    rows: spec.rows.map((cells, i) => ({
      line: headerRows + 1 + i,
      cells: columns.map((_, j) => cells[j] ?? ''),
    })),
  };
}
