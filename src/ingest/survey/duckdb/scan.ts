import type { Separator } from '../types';

/** Where each record of a CSV file starts, and whether DuckDB's reader splits it the same way. */
export interface CsvScan {
  /** The physical line each record starts on, for the records DuckDB yields (not empty lines). */
  readonly lines: Int32Array;
  /** Every record starts one line after the one before: a row's line is the first's plus its index. */
  readonly oneLineEach: boolean;
  /**
   * No quote that the two readers take differently: one after spaces at a field's start (DuckDB
   * drops the spaces and reads a quoted field, PapaParse keeps them and reads text), one closing a
   * field and followed by other text, or a quote never closed.
   */
  readonly clean: boolean;
  readonly hasNul: boolean;
  /**
   * Where the file may be cut into pieces read one at a time: record starts about PIECE_BYTES
   * apart, each with its byte offset and the number of records before it. The first is 0, 0.
   */
  readonly pieces: readonly { readonly byte: number; readonly record: number }[];
}

const LF = 10;
const CR = 13;
const QUOTE = 34;
const SPACE = 32;
const TAB = 9;
/** Small enough that scanning one takes a few milliseconds on the page's main thread. */
const CHUNK_BYTES = 2 << 20;
/**
 * DuckDB compresses a table's rows when their transaction commits: a whole export read in one
 * statement is held uncompressed first (800 MB of WASM memory for a 200 MB file, against 190 MB
 * in pieces of this size, measured in Node).
 */
const PIECE_BYTES = 16 << 20;

/**
 * Splits UTF-8 CSV bytes into records as RFC 4180 does (a quote opens a field only at its
 * start; `""` inside a quoted field is a quote), counting CRLF, LF and a lone CR as one line
 * break each, in chunks so a large file never sits in memory whole.
 */
export async function scanCsv(
  blob: Blob,
  separator: Separator,
  pieceBytes = PIECE_BYTES,
): Promise<CsvScan> {
  const sep = separator.charCodeAt(0);
  let lines = new Int32Array(Math.max(1024, Math.ceil(blob.size / 64)));
  let count = 0;
  let line = 1;
  let inQuotes = false;
  let quotePending = false;
  let crPending = false;
  let recordOpen = false;
  let fieldStart = true;
  let onlySpaces = true;
  let clean = true;
  let hasNul = false;
  let oneLineEach = true;
  const pieces = [{ byte: 0, record: 0 }];
  let pieceStart = 0;
  /* DuckDB takes a file's line break from its first line: a piece may start only with a record
     on one line, known once the next record starts on the line after. */
  let candidate: { byte: number; record: number; line: number } | null = null;

  const startRecord = (byte: number) => {
    if (candidate !== null) {
      if (line === candidate.line + 1) {
        pieces.push({ byte: candidate.byte, record: candidate.record });
        pieceStart = candidate.byte;
      }
      candidate = null;
    }
    if (byte - pieceStart >= pieceBytes) candidate = { byte, record: count, line };
    if (count === lines.length) {
      const grown = new Int32Array(lines.length * 2);
      grown.set(lines);
      lines = grown;
    }
    if (count > 0 && line !== (lines[count - 1] ?? 0) + 1) oneLineEach = false;
    lines[count++] = line;
  };

  let first = true;
  for (let offset = 0; offset < blob.size; offset += CHUNK_BYTES) {
    const bytes = new Uint8Array(await blob.slice(offset, offset + CHUNK_BYTES).arrayBuffer());
    let i = 0;
    if (first) {
      first = false;
      if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) i = 3;
    }
    for (; i < bytes.length; i++) {
      const b = bytes[i] as number;
      if (crPending) {
        crPending = false;
        if (b === LF) continue;
      }
      if (b === 0) hasNul = true;
      if (inQuotes) {
        if (quotePending) {
          quotePending = false;
          if (b === QUOTE) continue;
          inQuotes = false;
          if (b !== sep && b !== CR && b !== LF) clean = false;
        } else {
          if (b === QUOTE) quotePending = true;
          else if (b === LF) line++;
          else if (b === CR) {
            line++;
            crPending = true;
          }
          continue;
        }
      }
      if (b === LF || b === CR) {
        if (b === CR) crPending = true;
        line++;
        recordOpen = false;
        fieldStart = true;
        onlySpaces = true;
        continue;
      }
      if (!recordOpen) {
        startRecord(offset + i);
        recordOpen = true;
      }
      if (b === sep) {
        fieldStart = true;
        onlySpaces = true;
      } else if (b === QUOTE) {
        if (fieldStart) inQuotes = true;
        else if (onlySpaces) clean = false;
        fieldStart = false;
        onlySpaces = false;
      } else {
        fieldStart = false;
        if (b !== SPACE && b !== TAB) onlySpaces = false;
      }
    }
  }
  if (inQuotes && !quotePending) clean = false;
  return { lines: lines.subarray(0, count), oneLineEach, clean, hasNul, pieces };
}
