import type { ImportIssue } from '../issues';
import type { WaveFiles } from '../wave';
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
  readonly sample: readonly SheetRow[];
  /** Up to DISTINCT_LIMIT distinct non-empty values per column key, most frequent first. */
  readonly distinct: Readonly<Record<string, readonly string[]>>;
}

export const SAMPLE_ROWS = 8;
export const DISTINCT_LIMIT = 40;

export type WorkerRequest =
  | {
      readonly type: 'read';
      readonly id: number;
      readonly bytes: ArrayBuffer;
      readonly fileName: string;
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

export function previewOf(file: ParsedFile): FilePreview {
  const distinct: Record<string, string[]> = {};
  file.columns.forEach((c) => {
    const freq = new Map<string, number>();
    for (const row of file.rows) {
      const v = (row.cells[c.index] ?? '').trim();
      if (v !== '') freq.set(v, (freq.get(v) ?? 0) + 1);
    }
    distinct[c.key] = [...freq.entries()]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, DISTINCT_LIMIT)
      .map(([v]) => v);
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
    rowCount: file.rows.length,
    sample: file.rows.slice(0, SAMPLE_ROWS),
    distinct,
  };
}
