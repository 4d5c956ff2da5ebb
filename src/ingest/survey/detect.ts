import type { ImportIssue } from '../issues';
import type { Column, Separator, SheetRow, Tool } from './types';

/** How far down a sheet the header is looked for (EUSurvey writes a preamble above it). */
const HEADER_SEARCH_ROWS = 30;
const DECIMAL_SAMPLE_ROWS = 1000;

interface ToolSignature {
  readonly tool: Tool;
  readonly names: readonly string[];
  /** How many of `names` a header must hold. */
  readonly atLeast: number;
  readonly firstHeader?: readonly string[];
}

/**
 * Header names each tool writes. LimeSurvey's full-text headings for its metadata are listed
 * in English and Dutch; Microsoft Forms likewise in its English and Dutch interface.
 */
const SIGNATURES: readonly ToolSignature[] = [
  {
    tool: 'qualtrics',
    names: [
      'StartDate',
      'EndDate',
      'Status',
      'IPAddress',
      'Progress',
      'Duration (in seconds)',
      'Finished',
      'RecordedDate',
      'ResponseId',
      'ResponseID',
      'DistributionChannel',
      'UserLanguage',
    ],
    atLeast: 3,
  },
  {
    tool: 'limesurvey',
    names: [
      'id',
      'submitdate',
      'lastpage',
      'startlanguage',
      'seed',
      'startdate',
      'datestamp',
      'Response ID',
      'Date submitted',
      'Last page',
      'Start language',
      'Date started',
      'Date last action',
      'Antwoord ID',
      'Datum verstuurd',
      'Laatste pagina',
      'Starttaal',
      'Startdatum',
      'Datum laatste actie',
    ],
    atLeast: 3,
  },
  {
    tool: 'msforms',
    names: [
      'Start time',
      'Completion time',
      'Email',
      'Name',
      'Last modified time',
      'Begintijd',
      'Tijd van voltooien',
      'Tijdstip van voltooien',
      'Voltooiingstijd',
      'Eindtijd',
      'E-mail',
      'Naam',
      'Tijd van laatste wijziging',
      'Laatst gewijzigd',
    ],
    atLeast: 2,
    firstHeader: ['ID'],
  },
  {
    tool: 'eusurvey',
    names: [
      'Contribution ID',
      'User name',
      'Created',
      'Creation date',
      'Updated',
      'Last update',
      'Languages',
      'Invitation number',
    ],
    atLeast: 2,
  },
  { tool: 'googleforms', names: [], atLeast: 0, firstHeader: ['Timestamp', 'Tijdstempel'] },
];

function filledCount(cells: readonly string[]): number {
  return cells.filter((cell) => cell !== '').length;
}

function filledLength(cells: readonly string[]): number {
  let length = cells.length;
  while (length > 0 && cells[length - 1] === '') length--;
  return length;
}

/**
 * The first row that is wide: at least half as many filled cells as the widest of the first
 * rows. Preamble rows (a title, an export date) hold one or two cells and are passed over.
 */
function findHeaderIndex(rows: readonly SheetRow[]): number {
  const first = rows.slice(0, HEADER_SEARCH_ROWS);
  const widest = Math.max(0, ...first.map((row) => filledCount(row.cells)));
  const wideEnough = Math.max(1, Math.ceil(widest / 2));
  return first.findIndex((row) => filledCount(row.cells) >= wideEnough);
}

const LETTER = /\p{L}/u;

/** A header names things: most of its filled cells hold a letter, unlike a row of numbers. */
function looksLikeHeader(cells: readonly string[]): boolean {
  const filled = cells.filter((cell) => cell !== '');
  const named = filled.filter((cell) => LETTER.test(cell)).length;
  return filled.length > 0 && named * 2 >= filled.length;
}

export function detectTool(
  header: readonly string[],
  format: 'csv' | 'xlsx',
  separator: Separator | null,
  decimal: ',' | '.',
): Tool {
  // LimeSurvey's "question code & question text" heading writes `submitdate. Date submitted`.
  const present = new Set(
    header.flatMap((cell) =>
      [cell, /^(\w+)\.\s/.exec(cell)?.[1] ?? cell].map((c) => c.toLowerCase()),
    ),
  );
  for (const signature of SIGNATURES) {
    const matches = signature.names.filter((name) => present.has(name.toLowerCase())).length;
    const firstMatches =
      signature.firstHeader === undefined ||
      signature.firstHeader.some((name) => name.toLowerCase() === header[0]?.toLowerCase());
    if (firstMatches && matches >= signature.atLeast) return signature.tool;
  }
  if (format === 'csv' && (separator === ';' || decimal === ',')) return 'excel_be';
  return 'csv';
}

/** `3,5`, `341.250,00`: a decimal comma. `1,250` alone could be either and is not counted. */
const DECIMAL_COMMA = /^[+-]?(\d+|\d{1,3}(\.\d{3})+),\d+$/;
const DECIMAL_POINT = /^[+-]?(\d+|\d{1,3}(,\d{3})+)\.\d+$/;
const AMBIGUOUS_THOUSANDS = /^[+-]?\d{1,3}([.,]\d{3})+$/;

/** The decimal separator the numbers in the data rows use; '.' when they do not tell. */
export function detectDecimal(rows: readonly SheetRow[]): ',' | '.' {
  let comma = 0;
  let point = 0;
  for (const row of rows.slice(0, DECIMAL_SAMPLE_ROWS)) {
    for (const cell of row.cells) {
      if (AMBIGUOUS_THOUSANDS.test(cell)) continue;
      if (DECIMAL_COMMA.test(cell)) comma++;
      else if (DECIMAL_POINT.test(cell)) point++;
    }
  }
  return comma > point ? ',' : '.';
}

/** Header names made unique by position: the n-th repeat (n >= 2) of `Q` becomes `Q#n`. */
export function columnKeys(headers: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return headers.map((header) => {
    const n = (seen.get(header) ?? 0) + 1;
    seen.set(header, n);
    return n === 1 ? header : `${header}#${n}`;
  });
}

function isImportIdRow(cells: readonly string[]): boolean {
  const filled = cells.filter((cell) => cell !== '');
  const ids = filled.filter((cell) => cell.startsWith('{"ImportId":')).length;
  return filled.length > 0 && ids * 2 >= filled.length;
}

const QUALTRICS_RESPONSE_ID = /^R_\w+$/;
const STARTS_WITH_DIGIT = /^\d/;

/** A Qualtrics response, told from a header row by its response id or its dates. */
function isQualtricsResponse(header: readonly string[], cells: readonly string[]): boolean {
  const cellUnder = (name: string) => {
    const index = header.findIndex((h) => h.toLowerCase() === name.toLowerCase());
    return index < 0 ? '' : (cells[index] ?? '');
  };
  return (
    QUALTRICS_RESPONSE_ID.test(cellUnder('ResponseId')) ||
    STARTS_WITH_DIGIT.test(cellUnder('StartDate')) ||
    STARTS_WITH_DIGIT.test(cellUnder('RecordedDate'))
  );
}

interface QualtricsHeader {
  /** Header rows after the first: 0, 1 (texts, or ImportIds alone) or 2 (texts, ImportIds). */
  readonly extraRows: number;
  readonly texts: readonly string[] | null;
}

/**
 * The Qualtrics header: export tags, then question texts, then the ImportId JSON row, which
 * older exports leave out.
 */
function qualtricsHeader(rows: readonly SheetRow[], headerIndex: number): QualtricsHeader {
  const header = rows[headerIndex]?.cells ?? [];
  const second = rows[headerIndex + 1]?.cells;
  const third = rows[headerIndex + 2]?.cells;
  if (second === undefined || isQualtricsResponse(header, second)) {
    return { extraRows: 0, texts: null };
  }
  if (isImportIdRow(second)) return { extraRows: 1, texts: null };
  return { extraRows: third !== undefined && isImportIdRow(third) ? 2 : 1, texts: second };
}

/**
 * What Qualtrics writes on the row under its export tags for its own columns: the legacy
 * exporter's field names (its first row holds only `V1`..`Vn` there), and the newer exports'
 * display names in English and in the Dutch interface. Three of them make a Qualtrics header.
 */
const QUALTRICS_TEXTS = new Set(
  [
    'ResponseID',
    'ResponseSet',
    'ExternalDataReference',
    'EmailAddress',
    'IPAddress',
    'StartDate',
    'EndDate',
    'Finished',
    'Start Date',
    'End Date',
    'Response Type',
    'IP Address',
    'Progress',
    'Duration (in seconds)',
    'Recorded Date',
    'Response ID',
    'Begindatum',
    'Einddatum',
    'Antwoordtype',
    'IP-adres',
    'Voortgang',
    'Duur (in seconden)',
    'Voltooid',
    'Opnamedatum',
    'Antwoord-ID',
  ].map((name) => name.toLowerCase()),
);

function isQualtricsTextRow(cells: readonly string[] | undefined): boolean {
  return (cells ?? []).filter((cell) => QUALTRICS_TEXTS.has(cell.toLowerCase())).length >= 3;
}

/**
 * A Qualtrics export whose first row alone does not tell: the legacy exporter's `V1..Vn`, or
 * export tags renamed by the survey author, with the field names on the row under them.
 */
function isQualtricsByTextRow(rows: readonly SheetRow[], headerIndex: number): boolean {
  const header = rows[headerIndex]?.cells ?? [];
  return isQualtricsTextRow(rows[headerIndex + 1]?.cells) && !isQualtricsTextRow(header);
}

export interface DetectedTable {
  readonly tool: Tool;
  readonly decimal: ',' | '.';
  readonly headerLines: readonly number[];
  /** Cells up to the last filled one in the (first) header row. */
  readonly headerWidth: number;
  readonly columns: readonly Column[];
  readonly rows: readonly SheetRow[];
}

export type Detection =
  | { readonly ok: true; readonly table: DetectedTable }
  | { readonly ok: false; readonly issues: readonly ImportIssue[] };

/**
 * Finds the header row(s) and the tool that wrote the file, names the columns, and shapes the
 * data rows to exactly one cell per column. `rows` are the rows with text, in file order.
 */
export function detectTable(
  rows: readonly SheetRow[],
  format: 'csv' | 'xlsx',
  separator: Separator | null,
  fileName: string,
): Detection {
  const fail = (code: 'empty_file' | 'no_header' | 'no_data_rows'): Detection => ({
    ok: false,
    issues: [{ severity: 'error', code, file: fileName, line: null, column: null }],
  });
  if (rows.length === 0) return fail('empty_file');
  const headerIndex = findHeaderIndex(rows);
  const headerRow = rows[headerIndex];
  if (headerRow === undefined || !looksLikeHeader(headerRow.cells)) return fail('no_header');

  const header = headerRow.cells;
  const decimal = detectDecimal(rows.slice(headerIndex + 1));
  const byHeader = detectTool(header, format, separator, decimal);
  const tool =
    (byHeader === 'csv' || byHeader === 'excel_be') && isQualtricsByTextRow(rows, headerIndex)
      ? 'qualtrics'
      : byHeader;
  const { extraRows, texts } =
    tool === 'qualtrics' ? qualtricsHeader(rows, headerIndex) : { extraRows: 0, texts: null };
  const headerRows = rows.slice(headerIndex, headerIndex + 1 + extraRows);
  const dataRows = rows.slice(headerIndex + 1 + extraRows);
  if (dataRows.length === 0) return fail('no_data_rows');

  let width = 0;
  for (const row of [...headerRows, ...dataRows]) width = Math.max(width, filledLength(row.cells));
  const headers = Array.from({ length: width }, (_, i) => header[i] ?? '');
  const keys = columnKeys(headers);
  const columns = headers.map((text, index): Column => ({
    index,
    header: text,
    key: keys[index] ?? text,
    text: texts?.[index] || null,
  }));
  return {
    ok: true,
    table: {
      tool,
      decimal,
      headerLines: headerRows.map((row) => row.line),
      headerWidth: filledLength(header),
      columns,
      rows: dataRows.map((row) => ({
        line: row.line,
        cells: Array.from({ length: width }, (_, i) => row.cells[i] ?? ''),
      })),
    },
  };
}
