import type { ImportIssue } from '../issues';
import type { WaveFiles } from '../wave';
import type { ColumnProposal } from './propose';
import type {
  ApplyResult,
  Column,
  Encoding,
  Mapping,
  ParsedFile,
  Separator,
  SheetRow,
  Tool,
  WaveInfo,
} from './types';

/** What the preview shows of a file read in the import worker (the rows stay there). */
export interface FilePreview {
  readonly fileName: string;
  readonly format: ParsedFile['format'];
  readonly encoding: Encoding | null;
  readonly separator: Separator | null;
  readonly tool: Tool;
  readonly decimal: ',' | '.';
  readonly headerLines: readonly number[];
  readonly columns: readonly Column[];
  readonly rowCount: number;
  /** Which reader read the file: DuckDB's own CSV reader, or the JavaScript one (a workbook). */
  readonly reader: 'duckdb' | 'javascript';
  readonly sample: readonly SheetRow[];
  /** Up to DISTINCT_LIMIT distinct non-empty values per column key, most frequent first. */
  readonly distinct: Readonly<Record<string, readonly string[]>>;
  /**
   * Per column key the proposal made for it: why, and how sure. Carried with the preview, which
   * the mapping editor is given, rather than beside it.
   */
  readonly reasons: Readonly<Record<string, ColumnProposal>>;
}

export const SAMPLE_ROWS = 8;
export const DISTINCT_LIMIT = 40;
/**
 * Values counted per column. A column with more (ids, times, free text) is not one whose labels
 * are mapped: its list holds the most frequent among the first values seen.
 */
export const DISTINCT_SCAN = 2000;

export type WorkerRequest =
  | {
      readonly type: 'read';
      readonly id: number;
      /** Read by the worker itself: a large file's bytes never land on the page's main thread. */
      readonly file: File;
    }
  | {
      readonly type: 'apply';
      readonly id: number;
      readonly mapping: Mapping;
      readonly wave: WaveInfo;
      readonly knownProjects: readonly string[];
      readonly existingSurveys: readonly string[];
      readonly replaces: string | null;
    };

export type ReadResponse =
  | { readonly ok: false; readonly issues: readonly ImportIssue[] }
  | {
      readonly ok: true;
      readonly preview: FilePreview;
      readonly proposed: Mapping;
      readonly issues: readonly ImportIssue[];
    };

/** ApplyResult as it crosses from the worker: the wave as canonical files, not rows. */
export type ApplyResponse =
  | (Omit<Extract<ApplyResult, { ok: true }>, 'wave'> & {
      readonly surveyId: string;
      readonly files: WaveFiles;
    })
  | Extract<ApplyResult, { ok: false }>;

export type WorkerResponse =
  | { readonly type: 'progress'; readonly id: number; readonly phase: ImportPhase }
  | { readonly type: 'read'; readonly id: number; readonly result: ReadResponse }
  | { readonly type: 'applied'; readonly id: number; readonly result: ApplyResponse }
  | { readonly type: 'failed'; readonly id: number; readonly message: string };

export type ImportPhase = 'decoding' | 'parsing' | 'mapping' | 'writing';

const collator = new Intl.Collator();

/** Most frequent first, then in the collation order; at most DISTINCT_LIMIT. */
function mostFrequent(freq: ReadonlyMap<string, number>): string[] {
  const before = (a: [string, number], b: [string, number]) =>
    b[1] - a[1] || collator.compare(a[0], b[0]);
  // A selection rather than a sort: a column of ids has as many values as the file has rows.
  const top: [string, number][] = [];
  for (const entry of freq) {
    const last = top[top.length - 1];
    if (top.length === DISTINCT_LIMIT && last && before(entry, last) >= 0) continue;
    let i = top.length;
    while (i > 0 && before(entry, top[i - 1] as [string, number]) < 0) i--;
    top.splice(i, 0, entry);
    if (top.length > DISTINCT_LIMIT) top.pop();
  }
  return top.map(([v]) => v);
}

export function previewOf(
  file: ParsedFile,
  reasons: Readonly<Record<string, ColumnProposal>> = {},
): FilePreview {
  const counts = file.columns.map(() => new Map<string, number>());
  for (const row of file.rows) {
    file.columns.forEach((c, i) => {
      const v = row.cells[c.index] ?? '';
      if (v === '') return;
      const freq = counts[i] as Map<string, number>;
      const n = freq.get(v);
      if (n !== undefined) freq.set(v, n + 1);
      else if (freq.size < DISTINCT_SCAN) freq.set(v, 1);
    });
  }
  return { ...previewFromCounts(file, file.rows.length, counts, reasons), reader: 'javascript' };
}

/**
 * The preview of a file whose values were counted elsewhere (by DuckDB, for a file it read):
 * `counts` holds each column's values, by position; `file.rows` begins with the first rows.
 */
export function previewFromCounts(
  file: ParsedFile,
  rowCount: number,
  counts: readonly ReadonlyMap<string, number>[],
  reasons: Readonly<Record<string, ColumnProposal>> = {},
): FilePreview {
  const distinct: Record<string, string[]> = {};
  file.columns.forEach((c, i) => {
    distinct[c.key] = mostFrequent(counts[i] ?? new Map<string, number>());
  });
  return {
    fileName: file.fileName,
    format: file.format,
    encoding: file.encoding,
    separator: file.separator,
    tool: file.tool,
    decimal: file.decimal,
    headerLines: file.headerLines,
    columns: file.columns,
    rowCount,
    reader: 'duckdb',
    sample: file.rows.slice(0, SAMPLE_ROWS),
    distinct,
    reasons,
  };
}
