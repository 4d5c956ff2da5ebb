export type CsvValue = string | number | boolean | null | undefined;

export interface CsvOptions {
  /** `;` with decimal comma opens cleanly in Belgian Excel; `,` with decimal point elsewhere. */
  readonly dialect: 'semicolon' | 'comma';
  /** Lines written above the header (filters, reference date, origin): one cell, or several. */
  readonly preamble?: readonly (string | readonly string[])[];
  /** Header cells when they differ from the column keys (labels); one per column. */
  readonly header?: readonly string[];
}

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell that a spreadsheet would read as a formula gets a leading apostrophe (OWASP,
 * "CSV Injection"): Excel and LibreOffice then show the text as written. Numbers stay numbers.
 */
export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function cell(value: CsvValue, options: CsvOptions): string {
  if (value === null || value === undefined) return '';
  let text: string;
  if (typeof value === 'number') {
    text = Number.isFinite(value) ? String(value) : '';
    if (options.dialect === 'semicolon') text = text.replace('.', ',');
  } else if (typeof value === 'boolean') {
    text = value ? 'true' : 'false';
  } else {
    text = neutralise(value);
  }
  return quoteField(text, options.dialect === 'semicolon' ? ';' : ',');
}

/** A field as RFC 4180 writes it: quoted when it holds the separator, a quote, a line break
 * or leading or trailing spaces (which readers would otherwise trim). */
const NEEDS_QUOTES = { ',': /^\s|\s$|[",\r\n]/, ';': /^\s|\s$|[";\r\n]/ } as const;

export function quoteField(text: string, separator: ',' | ';'): string {
  return NEEDS_QUOTES[separator].test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** CSV text with a byte-order mark, so that Excel reads it as UTF-8; CRLF line ends (RFC 4180). */
export function toCsv(
  columns: readonly string[],
  rows: readonly Readonly<Record<string, CsvValue>>[],
  options: CsvOptions,
): string {
  const separator = options.dialect === 'semicolon' ? ';' : ',';
  const lines = [
    ...(options.preamble ?? []).map((line) =>
      typeof line === 'string'
        ? cell(line, options)
        : line.map((c) => cell(c, options)).join(separator),
    ),
    columns.map((c, i) => cell(options.header?.[i] ?? c, options)).join(separator),
    ...rows.map((row) => columns.map((c) => cell(row[c], options)).join(separator)),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
