import { createEmptyTable, loadCsvTable } from '../engine/load';
import type { Engine } from '../engine/types';
import { TABLES, type TableDef, type TableName } from '../model';
import { quoteIdent } from '../sql';
import { validateTableCsv, type ValidationResult } from './canonical';
import type { ImportIssue } from './issues';

export interface DatasetFile {
  readonly file: string;
  readonly text: string;
}

export interface DatasetReport {
  readonly ok: boolean;
  readonly issues: ImportIssue[];
  readonly rowCounts: Partial<Record<TableName, number>>;
  /** Canonical tables no file was given for: loaded empty, so indicators can say "no data". */
  readonly missing: TableName[];
  /**
   * Optional columns the given files leave out, as `table.column`: loaded empty, so that an
   * indicator resting on one can say so.
   */
  readonly absentColumns: string[];
}

function keyOf(fields: readonly string[], indexes: readonly number[]): string | null {
  const values = indexes.map((i) => (fields[i] ?? '').trim());
  if (values.some((v) => v === '')) return null;
  return JSON.stringify(values);
}

/** Every foreign key of every given file must name a row of the table it points to. */
export function checkForeignKeys(
  parsed: ReadonlyMap<TableName, ValidationResult & { file: string }>,
): ImportIssue[] {
  const issues: ImportIssue[] = [];
  for (const def of TABLES) {
    const child = parsed.get(def.name);
    if (!child) continue;
    for (const fk of def.foreignKeys) {
      const parent = parsed.get(fk.table);
      if (!parent) continue;
      const parentIdx = fk.refColumns.map((c) => parent.header.indexOf(c));
      const childIdx = fk.columns.map((c) => child.header.indexOf(c));
      if (parentIdx.some((i) => i < 0) || childIdx.some((i) => i < 0)) continue;
      const keys = new Set<string>();
      for (const row of parent.rows) {
        const k = keyOf(row.fields, parentIdx);
        if (k !== null) keys.add(k);
      }
      for (const row of child.rows) {
        const k = keyOf(row.fields, childIdx);
        if (k !== null && !keys.has(k)) {
          issues.push({
            severity: 'error',
            code: 'unknown_reference',
            file: child.file,
            line: row.line,
            column: fk.columns.join(', '),
            value: childIdx.map((i) => row.fields[i] ?? '').join(', '),
            detail: fk.table,
          });
        }
      }
    }
  }
  return issues;
}

const STAGING = '_staging_';

/**
 * Validates a set of canonical CSV files as a whole and, only when none has an error, replaces
 * the canonical tables with them in one step. A rejected set leaves the loaded data unchanged.
 */
export async function loadDataset(
  engine: Engine,
  files: ReadonlyMap<TableName, DatasetFile>,
  tables: readonly TableDef[] = TABLES,
): Promise<DatasetReport> {
  const parsed = new Map<TableName, ValidationResult & { file: string }>();
  const issues: ImportIssue[] = [];
  for (const def of tables) {
    const f = files.get(def.name);
    if (!f) continue;
    const result = validateTableCsv(def, f.file, f.text);
    parsed.set(def.name, { ...result, file: f.file });
    issues.push(...result.issues);
  }
  issues.push(...checkForeignKeys(parsed));
  const rowCounts: Partial<Record<TableName, number>> = {};
  const missing = tables.filter((t) => !files.has(t.name)).map((t) => t.name);
  const absentColumns = tables.flatMap((def) => {
    const header = parsed.get(def.name)?.header;
    return header
      ? def.columns.filter((c) => !header.includes(c.name)).map((c) => `${def.name}.${c.name}`)
      : [];
  });
  if (issues.some((i) => i.severity === 'error')) {
    return { ok: false, issues, rowCounts, missing, absentColumns };
  }

  const staged: TableName[] = [];
  try {
    for (const def of tables) {
      const f = files.get(def.name);
      const columns = def.columns.map((c) => ({ name: c.name, type: c.type }));
      const header = parsed.get(def.name)?.header;
      if (f) await loadCsvTable(engine, STAGING + def.name, columns, f.text, { present: header });
      else await createEmptyTable(engine, STAGING + def.name, columns);
      staged.push(def.name);
      rowCounts[def.name] = parsed.get(def.name)?.rowCount ?? 0;
    }
    const swap = staged
      .map(
        (name) =>
          `DROP TABLE IF EXISTS ${quoteIdent(name)}; ` +
          `ALTER TABLE ${quoteIdent(STAGING + name)} RENAME TO ${quoteIdent(name)};`,
      )
      .join(' ');
    await engine.exec(`BEGIN TRANSACTION; ${swap} COMMIT;`);
  } catch (e) {
    await engine.exec('ROLLBACK').catch(() => undefined);
    for (const name of staged) {
      await engine
        .exec(`DROP TABLE IF EXISTS ${quoteIdent(STAGING + name)}`)
        .catch(() => undefined);
    }
    throw e;
  }
  return { ok: true, issues, rowCounts, missing, absentColumns };
}
