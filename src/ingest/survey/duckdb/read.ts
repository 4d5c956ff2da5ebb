import type { Engine } from '../../../engine/types';
import { join, raw, sql, type Sql } from '../../../sql';
import { readCsvRows } from '../csvRead';
import { decodeText, decodeWindows1252 } from '../decode';
import { detectTable, type DetectedTable } from '../detect';
import { extensionOf } from '../read';
import type { Column, Encoding, ParsedFile, Separator, SheetRow } from '../types';
import { enterWorkSchema } from './schema';
import { scanCsv } from './scan';

/**
 * The export's data rows as DuckDB read them: `ord` (the record's place in the file: it orders
 * the rows, with gaps where records were no data), `line`, and the cells `c0`..`cN`.
 */
export const ROWS_TABLE = '_import_rows';
const FILE_NAME = '_import_export.csv';
const LINES_FILE = '_import_lines.csv';

/** Rows the proposal reads besides every value's first row (labels it would otherwise miss). */
const SAMPLE_FIRST_ROWS = 2000;
/** Sample rows turned into JavaScript per statement. */
const SAMPLE_PAGE = 1000;
/** Distinct values per column whose first row the proposal reads. */
const SAMPLE_DISTINCT = 2000;
/** Values counted per column for the preview's list, ties broken in the page's collation. */
const PREVIEW_VALUES = 200;
const HEAD_BYTES = 512 * 1024;
const MAX_HEAD_BYTES = 16 << 20;
/** The header search and the decimal guess read the first rows (detect.ts): the head holds them. */
const HEAD_ROWS = 1100;

/**
 * What JavaScript's String.prototype.trim removes (ECMA-262 WhiteSpace and LineTerminator),
 * for DuckDB's trim: cells are compared exactly as the JavaScript reader trims them.
 */
export const JS_WHITESPACE =
  '\t\n\u000b\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009' +
  '\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';

const WHITESPACE_CLASS =
  '[\\t\\n\\x0b\\f\\r \\x{a0}\\x{1680}\\x{2000}-\\x{200a}\\x{2028}\\x{2029}\\x{202f}\\x{205f}\\x{3000}\\x{feff}]';
/** A cell the JavaScript reader would change: whitespace at either end, or a carriage return. */
const NEEDS_CLEANING = `^${WHITESPACE_CLASS}|${WHITESPACE_CLASS}$|\\r`;

/** Marks a field DuckDB padded because the record was short; no export writes this character. */
const PADDED = '\u0001';

export interface StagedExport {
  /** The file as the proposal and the mapping read it; `rows` is a sample (see sampleRows). */
  readonly file: ParsedFile;
  readonly rowCount: number;
  /** Per column (by position), its most frequent non-empty values with their counts. */
  readonly counts: readonly ReadonlyMap<string, number>[];
}

/** `c3`: the staged column of a file column. */
export function cellColumn(column: Pick<Column, 'index'>): Sql {
  return raw(`c${String(column.index)}`);
}

/**
 * The first bytes of the file decoded, cut after the last whole line; longer until they hold
 * the rows the detection reads, or the whole file.
 */
async function readHead(
  blob: Blob,
): Promise<{ text: string; whole: boolean; encoding: Encoding } | null> {
  for (let size = HEAD_BYTES; ; size *= 2) {
    const whole = size >= blob.size;
    let bytes = new Uint8Array(await blob.slice(0, size).arrayBuffer());
    if (!whole) {
      const lastBreak = bytes.lastIndexOf(10);
      if (lastBreak < 0) return null;
      bytes = bytes.subarray(0, lastBreak + 1);
    }
    const decoded = decodeText(bytes);
    if (!decoded.ok || decoded.nul) return null;
    if (decoded.encoding === 'utf-16le' || decoded.encoding === 'utf-16be') return null;
    const enoughLines = decoded.text.split('\n', HEAD_ROWS + 1).length > HEAD_ROWS;
    if (whole || enoughLines) return { text: decoded.text, whole, encoding: decoded.encoding };
    if (size >= MAX_HEAD_BYTES) return null;
  }
}

/** The table's shape from the head, or null when the head alone cannot tell it safely. */
function detectHead(
  head: { text: string; whole: boolean },
  fileName: string,
): { table: DetectedTable; separator: Separator } | null {
  const csv = readCsvRows(head.text, fileName);
  const rows = head.whole ? csv.rows : csv.rows.slice(0, -1);
  const lastLine = head.whole ? Infinity : (csv.rows[csv.rows.length - 1]?.line ?? 0);
  if (csv.issues.some((i) => (i.line ?? 0) < lastLine)) return null;
  const detection = detectTable(rows, 'csv', csv.separator, fileName);
  if (!detection.ok) return null;
  return { table: detection.table, separator: csv.separator };
}

/** Windows-1252 bytes as UTF-8, a piece at a time (a single-byte encoding splits anywhere). */
async function toUtf8(blob: Blob): Promise<Blob> {
  const encoder = new TextEncoder();
  const parts: Uint8Array<ArrayBuffer>[] = [];
  for (let offset = 0; offset < blob.size; offset += 4 << 20) {
    const bytes = new Uint8Array(await blob.slice(offset, offset + (4 << 20)).arrayBuffer());
    parts.push(encoder.encode(decodeWindows1252(bytes)));
  }
  return new Blob(parts, { type: 'text/csv' });
}

/**
 * Reads a CSV export with DuckDB's own reader into ROWS_TABLE, its dialect given, not sniffed.
 * Returns null, having staged nothing, where the JavaScript reader must read the file instead:
 * a workbook, UTF-16, NUL bytes, a header the first rows do not settle, and anything the two
 * readers could take differently or that has a problem to report by line (a record of the
 * wrong length, a quote left open, bytes that are not UTF-8 in a file that began as UTF-8).
 */
export async function stageCsvExport(
  engine: Engine,
  blob: Blob,
  fileName: string,
  options: { pieceBytes?: number } = {},
): Promise<StagedExport | null> {
  if (!['.csv', '.txt', '.tsv', ''].includes(extensionOf(fileName)) || blob.size === 0) {
    return null;
  }
  const signature = new Uint8Array(await blob.slice(0, 8).arrayBuffer());
  if ((signature[0] === 0x50 && signature[1] === 0x4b) || signature[0] === 0xd0) return null;
  const head = await readHead(blob);
  if (!head) return null;
  const detected = detectHead(head, fileName);
  if (!detected) return null;
  const { table, separator } = detected;
  const utf8 = head.encoding === 'windows-1252' ? await toUtf8(blob) : blob;
  const scan = await scanCsv(utf8, separator, options.pieceBytes);
  if (!scan.clean || scan.hasNul || scan.lines.length === 0) return null;

  const width = table.headerWidth;
  const names = Array.from({ length: width }, (_, i) => `'c${String(i)}': 'VARCHAR'`);
  const headerLines = table.headerLines;
  const firstHeaderLine = headerLines[0] ?? 0;
  const lastHeaderLine = headerLines[headerLines.length - 1] ?? 0;
  const all = Array.from({ length: width }, (_, i) => raw(`c${String(i)}`));
  // trim() with a set of characters costs six times a regular expression that finds the few
  // cells needing it (0.24 s against 0.04 s a column of 200,000 cells).
  const cleaned = all.map(
    (c) =>
      sql`CASE WHEN regexp_matches(${c}, ${NEEDS_CLEANING})
          THEN trim(replace(replace(${c}, chr(13) || chr(10), chr(10)), chr(13), chr(10)), ${JS_WHITESPACE})
          ELSE ${c} END`,
  );
  const columns = table.columns.map(
    (c, i) => sql`${cleaned[i] ?? raw("''")} AS c${raw(String(c.index))}`,
  );
  const blank = join(
    table.columns.map((c) => sql`coalesce(c${raw(String(c.index))}, '') = ''`),
    ' AND ',
  );
  const padded = join(
    all.map((c) => sql`${c} IS NULL`),
    ' OR ',
  );
  await enterWorkSchema(engine);
  // Every record is kept at first, so that their count can be held against the scan's; the
  // rows that are no data (above the header, blank) are deleted once it agrees.
  const ends = [...scan.pieces.slice(1), { byte: utf8.size, record: scan.lines.length }];
  for (const [p, piece] of scan.pieces.entries()) {
    const end = ends[p] ?? { byte: utf8.size, record: scan.lines.length };
    const first = String(piece.record);
    const records = raw(
      `(SELECT row_number() OVER () - 1 + ${first} AS k, * FROM read_csv('${FILE_NAME}', ` +
        `header = false, all_varchar = true, auto_detect = false, ` +
        `delim = '${separator === '\t' ? '\\t' : separator}', quote = '"', escape = '"', ` +
        `columns = {${names.join(', ')}}, strict_mode = true, null_padding = true, ` +
        `nullstr = '${PADDED}', parallel = false))`,
    );
    let lineOf: Sql = raw(`k + ${String(scan.lines[0] ?? 1)}`);
    let linesFrom: Sql = sql``;
    const select = (): Sql =>
      sql`SELECT k AS ord, ${lineOf} AS line, ${join(columns, ', ')}, ${padded} AS padded
          FROM ${records}${linesFrom}`;
    try {
      await engine.registerBlob(FILE_NAME, utf8.slice(piece.byte, end.byte));
      if (!scan.oneLineEach) {
        const lines = scan.lines.subarray(piece.record, end.record);
        await engine.registerText(LINES_FILE, `${lines.join('\n')}\n`);
        lineOf = sql`l.line`;
        linesFrom = raw(
          ` JOIN (SELECT row_number() OVER () - 1 + ${first} AS lk, line FROM read_csv(` +
            `'${LINES_FILE}', header = false, columns = {'line': 'INTEGER'}, ` +
            `auto_detect = false, parallel = false)) l ON l.lk = k`,
        );
      }
      await engine.query(
        p === 0
          ? sql`CREATE OR REPLACE TABLE _import._import_rows AS ${select()}`
          : sql`INSERT INTO _import_rows ${select()}`,
      );
    } catch {
      await dropStaged(engine);
      return null;
    } finally {
      await engine.dropFile(FILE_NAME).catch(() => undefined);
      if (!scan.oneLineEach) await engine.dropFile(LINES_FILE).catch(() => undefined);
    }
  }
  const checked = await engine.query<{ n: number; short: number }>(
    sql`SELECT count(*)::INTEGER AS n,
               count(*) FILTER (line > ${firstHeaderLine} AND padded AND NOT (${blank}))::INTEGER
                 AS short
        FROM _import_rows`,
  );
  const counted = checked.rows[0];
  if (counted?.n !== scan.lines.length || counted.short > 0) {
    await dropStaged(engine);
    return null;
  }
  await engine.query(sql`DELETE FROM _import_rows WHERE line <= ${lastHeaderLine} OR (${blank})`);
  return described(engine, fileName, head.encoding, separator, table);
}

async function described(
  engine: Engine,
  fileName: string,
  encoding: Encoding,
  separator: Separator,
  table: DetectedTable,
): Promise<StagedExport | null> {
  const count = await engine.query<{ n: number }>(
    sql`SELECT count(*)::INTEGER AS n FROM _import_rows`,
  );
  const rowCount = count.rows[0]?.n ?? 0;
  if (rowCount === 0) {
    await dropStaged(engine);
    return null;
  }
  const file: ParsedFile = {
    fileName,
    format: 'csv',
    encoding,
    separator,
    tool: table.tool,
    decimal: table.decimal,
    headerLines: table.headerLines,
    columns: table.columns,
    rows: await sampleRows(engine, table.columns),
  };
  return { file, rowCount, counts: await valueCounts(engine, table.columns) };
}

/**
 * The rows the proposal reads: the first ones, and the first row of each of a column's first
 * values, so that a label used only late in a long file is proposed all the same.
 */
async function sampleRows(engine: Engine, columns: readonly Column[]): Promise<SheetRow[]> {
  const firsts = columns.map((c) => {
    const cell = cellColumn(c);
    return sql`SELECT ord FROM (
        SELECT min(ord) AS ord FROM _import_rows WHERE ${cell} <> '' GROUP BY ${cell}
        ORDER BY ord LIMIT ${raw(String(SAMPLE_DISTINCT))})`;
  });
  await engine.query(
    sql`CREATE OR REPLACE TABLE _import._import_sample AS
        SELECT ord, row_number() OVER (ORDER BY ord) - 1 AS i FROM (
          SELECT ord FROM _import_rows WHERE ord < ${raw(String(SAMPLE_FIRST_ROWS))}
          ${columns.length > 0 ? sql`UNION ${join(firsts, ' UNION ')}` : sql``})`,
  );
  const sample: SheetRow[] = [];
  try {
    // A page at a time: turning tens of thousands of rows of text into JavaScript at once held
    // the page's main thread for 160 ms (a CPU profile of a 200,000-row import).
    for (let start = 0; ; start += SAMPLE_PAGE) {
      const { rows } = await engine.query(
        sql`SELECT r.* FROM _import_rows r JOIN _import_sample s USING (ord)
            WHERE s.i >= ${start} AND s.i < ${start + SAMPLE_PAGE} ORDER BY s.i`,
      );
      for (const row of rows) {
        sample.push({
          line: Number(row.line),
          cells: columns.map((c) => {
            const cell = row[`c${String(c.index)}`];
            return typeof cell === 'string' ? cell : '';
          }),
        });
      }
      if (rows.length < SAMPLE_PAGE) break;
    }
  } finally {
    await engine.exec('DROP TABLE IF EXISTS _import_sample').catch(() => undefined);
  }
  return sample;
}

async function valueCounts(
  engine: Engine,
  columns: readonly Column[],
): Promise<Map<string, number>[]> {
  const counts = columns.map(() => new Map<string, number>());
  if (columns.length === 0) return counts;
  const parts = columns.map((c, i) => {
    const cell = cellColumn(c);
    return sql`(SELECT ${raw(String(i))} AS i, ${cell} AS v, count(*)::INTEGER AS n FROM _import_rows
        WHERE ${cell} <> '' GROUP BY ${cell} ORDER BY n DESC, v LIMIT ${raw(String(PREVIEW_VALUES))})`;
  });
  const { rows } = await engine.query<{ i: number; v: string; n: number }>(
    join(parts, ' UNION ALL '),
  );
  for (const row of rows) counts[row.i]?.set(row.v, row.n);
  return counts;
}

export async function dropStaged(engine: Engine): Promise<void> {
  await engine.exec(`DROP TABLE IF EXISTS ${ROWS_TABLE}`).catch(() => undefined);
}
