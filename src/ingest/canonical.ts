import Papa from 'papaparse';
import type { ColumnDef, TableDef } from '../model';
import type { ImportIssue } from './issues';
import { recordStartLines } from './lines';
import { suggestCodes } from './portfolio/codes';

export interface ParsedRow {
  readonly line: number;
  readonly fields: readonly string[];
}

export interface ValidationResult {
  readonly issues: ImportIssue[];
  readonly rowCount: number;
  readonly header: readonly string[];
  readonly rows: readonly ParsedRow[];
}

const INTEGER = /^[+-]?\d+$/;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,6})?)?)?$/;

function isCalendarDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}

export function isIsoDate(value: string): boolean {
  const m = DATE.exec(value);
  return !!m && isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

function isTimestamp(value: string): boolean {
  const m = TIMESTAMP.exec(value);
  if (!m || !isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]))) return false;
  if (m[4] === undefined) return true;
  return Number(m[4]) < 24 && Number(m[5]) < 60 && Number(m[6] ?? 0) < 60;
}

function checkCell(
  col: ColumnDef,
  value: string,
): Pick<ImportIssue, 'code' | 'detail' | 'suggestion'> | null {
  switch (col.type) {
    case 'INTEGER':
      if (!INTEGER.test(value)) return { code: 'bad_integer' };
      break;
    case 'DOUBLE':
    case 'DECIMAL(14,2)':
      if (!NUMBER.test(value)) return { code: 'bad_number' };
      break;
    case 'DATE':
      if (!isIsoDate(value)) return { code: 'bad_date' };
      break;
    case 'TIMESTAMP':
      if (!isTimestamp(value)) return { code: 'bad_timestamp' };
      break;
    case 'BOOLEAN':
      if (value !== 'true' && value !== 'false') return { code: 'bad_boolean' };
      break;
    case 'VARCHAR':
      break;
  }
  if (col.enum && !col.enum.includes(value)) {
    return {
      code: 'not_in_enum',
      detail: col.enum.join(', '),
      suggestion: suggestCodes(col.enum, value).join(', '),
    };
  }
  if (col.type === 'INTEGER' || col.type === 'DOUBLE' || col.type === 'DECIMAL(14,2)') {
    const n = Number(value);
    if ((col.min !== undefined && n < col.min) || (col.max !== undefined && n > col.max)) {
      return { code: 'out_of_range', detail: `${col.min ?? ''}..${col.max ?? ''}` };
    }
  }
  return null;
}

/**
 * Checks a CSV text against a canonical table as a whole: header, field counts, types, enums,
 * ranges, required cells and the primary key. Every problem is listed with its physical line.
 */
export function validateTableCsv(def: TableDef, file: string, text: string): ValidationResult {
  const issues: ImportIssue[] = [];
  const error = (i: Omit<ImportIssue, 'severity' | 'file'>) =>
    issues.push({ severity: 'error', file, ...i });

  if (text.trim() === '') {
    error({ code: 'empty_file', line: null, column: null });
    return { issues, rowCount: 0, header: [], rows: [] };
  }

  const state: { header: string[] | null } = { header: null };
  let colIndex: { col: ColumnDef; index: number }[] = [];
  let pkIndexes: number[] = [];
  const seenKeys = new Map<string, number>();
  let rowCount = 0;
  const rows: ParsedRow[] = [];
  const lines = recordStartLines(text);
  let record = 0;

  Papa.parse<string[]>(text, {
    header: false,
    delimiter: ',',
    skipEmptyLines: false,
    step: (result) => {
      const startLine = lines[record] ?? lines[lines.length - 1] ?? 1;
      record++;
      const fields = result.data;
      for (const e of result.errors) {
        if (e.code === 'MissingQuotes') {
          error({ code: 'unclosed_quote', line: startLine, column: null });
        }
      }
      if (fields.length === 1 && fields[0] === '') return;
      const header = state.header;
      if (!header) {
        const h = fields.map((f) => f.trim());
        state.header = h;
        colIndex = [];
        for (const col of def.columns) {
          const index = h.indexOf(col.name);
          if (index < 0) {
            if (col.required) error({ code: 'missing_column', line: 1, column: col.name });
          } else {
            colIndex.push({ col, index });
          }
        }
        pkIndexes = def.primaryKey.map((name) => h.indexOf(name));
        return;
      }
      rowCount++;
      rows.push({ line: startLine, fields });
      if (fields.length !== header.length) {
        error({
          code: 'field_count',
          line: startLine,
          column: null,
          detail: `${fields.length}/${header.length}`,
        });
        return;
      }
      for (const { col, index } of colIndex) {
        const value = (fields[index] ?? '').trim();
        if (value === '') {
          if (col.required) error({ code: 'required', line: startLine, column: col.name });
          continue;
        }
        const problem = checkCell(col, value);
        if (problem) error({ ...problem, line: startLine, column: col.name, value });
      }
      if (pkIndexes.every((i) => i >= 0)) {
        const key = JSON.stringify(pkIndexes.map((i) => (fields[i] ?? '').trim()));
        const first = seenKeys.get(key);
        if (first !== undefined) {
          error({
            code: 'duplicate_key',
            line: startLine,
            column: def.primaryKey.join(', '),
            value: pkIndexes.map((i) => fields[i] ?? '').join(', '),
            detail: String(first),
          });
        } else {
          seenKeys.set(key, startLine);
        }
      }
    },
  });

  if (state.header && rowCount === 0 && issues.length === 0) {
    error({ code: 'no_data_rows', line: null, column: null });
  }
  return { issues, rowCount, header: state.header ?? [], rows };
}
