import type { ColumnDef, TableDef } from '../../src/model/index.ts';
import type { Cell } from './rows.ts';

/** Money with exactly two decimals from the nearest whole cent, without float formatting. */
export function formatMoney(value: number): string {
  const cents = Math.round(value * 100);
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${String(Math.floor(abs / 100))}.${String(abs % 100).padStart(2, '0')}`;
}

function quote(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function formatCell(col: ColumnDef, value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    return col.type === 'DECIMAL(14,2)' ? formatMoney(value) : String(value);
  }
  return quote(value);
}

/** UTF-8 without BOM, LF line endings, header row first. */
export function toCsv(def: TableDef, rows: readonly Readonly<Record<string, Cell>>[]): string {
  const lines = [def.columns.map((c) => quote(c.name)).join(',')];
  for (const row of rows) {
    lines.push(def.columns.map((c) => formatCell(c, row[c.name] ?? null)).join(','));
  }
  return `${lines.join('\n')}\n`;
}
