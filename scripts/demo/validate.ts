import { TABLE_NAMES, tableDef, type ColumnDef, type TableName } from '../../src/model/index.ts';
import type { Cell, Dataset } from './rows.ts';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIMESTAMP = /^(\d{4}-\d{2}-\d{2}) (\d{2}):(\d{2}):(\d{2})$/;

function isDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

function typeProblem(col: ColumnDef, value: Exclude<Cell, null>): string | null {
  switch (col.type) {
    case 'VARCHAR':
      if (typeof value !== 'string') return 'is not text';
      if (value === '' || value.trim() !== value) return 'is empty or has outer spaces';
      return null;
    case 'INTEGER':
      return typeof value === 'number' && Number.isInteger(value) ? null : 'is not an integer';
    case 'DOUBLE':
      return typeof value === 'number' && Number.isFinite(value) ? null : 'is not a number';
    case 'DECIMAL(14,2)':
      if (typeof value !== 'number' || !Number.isFinite(value)) return 'is not a number';
      return Math.abs(value * 100 - Math.round(value * 100)) < 1e-6
        ? null
        : 'has more than 2 decimals';
    case 'DATE':
      return typeof value === 'string' && isDate(value) ? null : 'is not a YYYY-MM-DD date';
    case 'TIMESTAMP': {
      const m = typeof value === 'string' ? TIMESTAMP.exec(value) : null;
      const ok =
        m !== null &&
        isDate(m[1] ?? '') &&
        Number(m[2]) < 24 &&
        Number(m[3]) < 60 &&
        Number(m[4]) < 60;
      return ok ? null : 'is not a YYYY-MM-DD HH:MM:SS timestamp';
    }
    case 'BOOLEAN':
      return typeof value === 'boolean' ? null : 'is not a boolean';
  }
}

const keyOf = (row: Readonly<Record<string, Cell>>, columns: readonly string[]) =>
  JSON.stringify(columns.map((c) => row[c] ?? null));

/**
 * Checks every row against the canonical model: exact columns, types, required cells, enums,
 * ranges, unique primary keys and resolving foreign keys. Throws listing the first problems.
 */
export function validateDataset(data: Dataset): void {
  const problems: string[] = [];
  const fail = (msg: string) => {
    if (problems.length < 50) problems.push(msg);
  };
  const rowsOf = (name: TableName): readonly Readonly<Record<string, Cell>>[] => data[name];

  for (const name of TABLE_NAMES) {
    const def = tableDef(name);
    const names = new Set(def.columns.map((c) => c.name));
    const rows = rowsOf(name);
    if (rows.length === 0) fail(`${name}: no rows`);
    const seen = new Set<string>();
    rows.forEach((row, i) => {
      const at = `${name} row ${i + 1}`;
      for (const key of Object.keys(row)) if (!names.has(key)) fail(`${at}: unknown column ${key}`);
      for (const col of def.columns) {
        const value = row[col.name];
        if (value === undefined) {
          fail(`${at}: column ${col.name} missing`);
          continue;
        }
        if (value === null) {
          if (col.required) fail(`${at}: required ${col.name} is empty`);
          continue;
        }
        const problem = typeProblem(col, value);
        if (problem) fail(`${at}: ${col.name} = ${JSON.stringify(value)} ${problem}`);
        if (col.enum && (typeof value !== 'string' || !col.enum.includes(value))) {
          fail(`${at}: ${col.name} = ${JSON.stringify(value)} not in ${col.enum.join('|')}`);
        }
        if (typeof value === 'number') {
          if (col.min !== undefined && value < col.min)
            fail(`${at}: ${col.name} ${value} < ${col.min}`);
          if (col.max !== undefined && value > col.max)
            fail(`${at}: ${col.name} ${value} > ${col.max}`);
        }
      }
      const key = keyOf(row, def.primaryKey);
      if (seen.has(key)) fail(`${at}: duplicate primary key (${def.primaryKey.join(', ')}) ${key}`);
      seen.add(key);
    });
  }

  for (const name of TABLE_NAMES) {
    const def = tableDef(name);
    for (const fk of def.foreignKeys) {
      const target = new Set(rowsOf(fk.table).map((r) => keyOf(r, fk.refColumns)));
      rowsOf(name).forEach((row, i) => {
        if (fk.columns.some((c) => (row[c] ?? null) === null)) return;
        const key = keyOf(row, fk.columns);
        if (!target.has(key)) {
          fail(`${name} row ${i + 1}: (${fk.columns.join(', ')}) ${key} not found in ${fk.table}`);
        }
      });
    }
  }

  if (problems.length > 0) {
    throw new Error(`Demo data does not satisfy the model:\n  ${problems.join('\n  ')}`);
  }
}
