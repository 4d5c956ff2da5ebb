import type { Engine } from '../engine/types';
import { isTableName, type TableName } from '../model';
import { fingerprint } from '../lib/fingerprint';
import { loadDataset, type DatasetFile, type DatasetReport } from './dataset';
import type { Encoding, Mapping, Separator, Tool } from './survey/types';
import { appendWave, csvBlob, removeWave, WAVE_TABLES, type WaveFiles } from './wave';

/** An accepted survey export: its mapping and the canonical rows it became. */
export interface SurveyImport {
  readonly surveyId: string;
  readonly fileName: string;
  readonly tool: Tool;
  readonly encoding: Encoding | null;
  readonly separator: Separator | null;
  /** ISO timestamp. */
  readonly importedAt: string;
  readonly responses: number;
  readonly mapping: Mapping;
  readonly files: WaveFiles;
}

/** A portfolio table replaced from a file, as canonical CSV. */
export interface TableReplacement {
  readonly table: TableName;
  readonly fileName: string;
  readonly importedAt: string;
  readonly rows: number;
  readonly text: string;
}

/**
 * What the user's data stands on: the illustrative demo data (to look around, or to try an
 * import beside it), or nothing at all (a workspace of their own).
 */
export type WorkspaceBase = 'demo' | 'empty';

/**
 * Everything the user brought, and what of the demo data they keep. Imports and mappings,
 * not the raw files: a raw export holds columns (names, e-mail addresses) that were never
 * mapped.
 */
export interface Workspace {
  readonly format: 'pio-workspace';
  readonly version: 2;
  readonly base: WorkspaceBase;
  /** Survey rounds of the base tables (the demo's, or a loaded portfolio's) removed since. */
  readonly removedSurveys: readonly string[];
  readonly tables: readonly TableReplacement[];
  readonly imports: readonly SurveyImport[];
}

/** The demo data alone, as on a first visit. */
export const EMPTY_WORKSPACE: Workspace = {
  format: 'pio-workspace',
  version: 2,
  base: 'demo',
  removedSurveys: [],
  tables: [],
  imports: [],
};

/** A workspace of the user's own: no demo data at all. */
export const OWN_WORKSPACE: Workspace = { ...EMPTY_WORKSPACE, base: 'empty' };

/** The demo data and nothing else. */
export function isEmptyWorkspace(ws: Workspace): boolean {
  return (
    ws.base === 'demo' &&
    ws.tables.length === 0 &&
    ws.imports.length === 0 &&
    ws.removedSurveys.length === 0
  );
}

/** The base tables: the demo files (or none), each replaced where the workspace replaces it. */
export function baseFiles(
  demo: ReadonlyMap<TableName, DatasetFile>,
  ws: Workspace,
): Map<TableName, DatasetFile> {
  const files = new Map(ws.base === 'demo' ? demo : []);
  for (const t of ws.tables) files.set(t.table, { file: t.fileName, text: t.text });
  return files;
}

const printed = new Map<string, string>();

/** The fingerprint of one base file's text, computed once per text. */
function textPrint(text: string): string {
  let p = printed.get(text);
  if (p === undefined) {
    p = fingerprint([text]);
    if (printed.size > 100) printed.clear();
    printed.set(text, p);
  }
  return p;
}

/** Changes whenever the loaded data changes; links carry a short form of it. */
export function workspaceVersion(demo: ReadonlyMap<TableName, DatasetFile>, ws: Workspace): string {
  const parts = [
    ws.base,
    ...[...baseFiles(demo, ws).values()].flatMap((f) => [f.file, textPrint(f.text)]),
    ...ws.removedSurveys.map((id) => `-${id}`),
  ];
  for (const imp of ws.imports) {
    // An import is named by what identifies it, not by hashing its rows again on every change
    // (hundreds of megabytes for a large wave); an erasure changes its counts and lengths.
    parts.push(
      imp.surveyId,
      imp.importedAt,
      String(imp.responses),
      ...WAVE_TABLES.map((t) => String(imp.files[t].size)),
    );
  }
  return fingerprint(parts);
}

export interface WorkspaceLoad {
  readonly report: DatasetReport;
  /** Stored imports that could not be added again, with the reason. */
  readonly failedImports: readonly { readonly surveyId: string; readonly error: string }[];
}

/**
 * Loads the base tables as a whole (all-or-nothing), removes the base's survey rounds the user
 * removed, then adds each stored survey wave in its own transaction. A wave that no longer fits
 * is reported, not half-loaded.
 */
export async function loadWorkspace(
  engine: Engine,
  demo: ReadonlyMap<TableName, DatasetFile>,
  ws: Workspace,
): Promise<WorkspaceLoad> {
  const report = await loadDataset(engine, baseFiles(demo, ws));
  const failedImports: { surveyId: string; error: string }[] = [];
  if (!report.ok) return { report, failedImports };
  for (const surveyId of ws.removedSurveys) await removeWave(engine, surveyId);
  for (const imp of ws.imports) {
    try {
      await appendWave(engine, imp.surveyId, imp.files);
    } catch (e) {
      failedImports.push({
        surveyId: imp.surveyId,
        error: e instanceof Error ? e.message : String(e),
      });
    }
  }
  return { report, failedImports };
}

export class WorkspaceFormatError extends Error {
  override readonly name = 'WorkspaceFormatError';
}

/** The workspace as one JSON file (the wave files as text), for another machine. */
export async function serializeWorkspace(ws: Workspace): Promise<string> {
  const imports = await Promise.all(
    ws.imports.map(async (imp) => ({
      ...imp,
      files: Object.fromEntries(
        await Promise.all(WAVE_TABLES.map(async (t) => [t, await imp.files[t].text()] as const)),
      ),
    })),
  );
  return JSON.stringify({ ...ws, imports });
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads a workspace file (or stored value), checking its shape before anything trusts it. */
export function parseWorkspace(value: unknown): Workspace {
  const fail = (what: string): never => {
    throw new WorkspaceFormatError(what);
  };
  if (!isRecord(value) || value.format !== 'pio-workspace') fail('not a PIO workspace file');
  const v = value as Record<string, unknown>;
  // Version 1 (before a workspace could be the user's own) always stood on the demo data.
  if (v.version !== 1 && v.version !== 2) fail(`unknown workspace version ${String(v.version)}`);
  const base: WorkspaceBase = v.version === 2 && v.base === 'empty' ? 'empty' : 'demo';
  if (v.version === 2 && v.base !== 'empty' && v.base !== 'demo') fail('base is not demo or empty');
  const removed = v.version === 2 ? v.removedSurveys : [];
  if (!Array.isArray(removed) || !removed.every((id) => typeof id === 'string')) {
    fail('removedSurveys is not a list of survey ids');
  }
  if (!Array.isArray(v.tables) || !Array.isArray(v.imports)) fail('tables or imports missing');
  const tables = (v.tables as unknown[]).map((t, i): TableReplacement => {
    if (!isRecord(t) || typeof t.table !== 'string' || !isTableName(t.table)) {
      return fail(`tables[${String(i)}] names no canonical table`);
    }
    if (typeof t.text !== 'string' || typeof t.fileName !== 'string') {
      return fail(`tables[${String(i)}] has no text`);
    }
    return {
      table: t.table,
      fileName: t.fileName,
      importedAt: typeof t.importedAt === 'string' ? t.importedAt : '',
      rows: typeof t.rows === 'number' ? t.rows : 0,
      text: t.text,
    };
  });
  const imports = (v.imports as unknown[]).map((x, i): SurveyImport => {
    const files = isRecord(x) ? x.files : undefined;
    if (
      !isRecord(x) ||
      typeof x.surveyId !== 'string' ||
      typeof x.fileName !== 'string' ||
      !isRecord(files) ||
      WAVE_TABLES.some(
        (t) =>
          typeof files[t] !== 'string' &&
          !(files[t] instanceof Uint8Array) &&
          !(files[t] instanceof Blob),
      ) ||
      !isRecord(x.mapping)
    ) {
      return fail(`imports[${String(i)}] is incomplete`);
    }
    // Text in a workspace file; bytes as stored by versions before the files were Blobs.
    const blob = (v: unknown): Blob =>
      v instanceof Blob ? v : csvBlob(v instanceof Uint8Array || typeof v === 'string' ? v : '');
    return {
      ...(x as unknown as SurveyImport),
      files: {
        surveys: blob(files.surveys),
        questions: blob(files.questions),
        respondents: blob(files.respondents),
        answers: blob(files.answers),
      },
    };
  });
  const seen = new Set<string>();
  for (const imp of imports) {
    if (seen.has(imp.surveyId)) fail(`survey wave ${imp.surveyId} is imported twice`);
    seen.add(imp.surveyId);
  }
  const tableSet = new Set<string>();
  for (const t of tables) {
    if (tableSet.has(t.table)) fail(`table ${t.table} is replaced twice`);
    tableSet.add(t.table);
  }
  return {
    format: 'pio-workspace',
    version: 2,
    base,
    removedSurveys: removed as string[],
    tables,
    imports,
  };
}
