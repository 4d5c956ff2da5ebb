import { raw } from '../sql';
import { TABLES } from '../model';
import type { IndicatorDef } from './types';

/**
 * Optional columns the building blocks of base.ts read on behalf of a definition that names
 * one of their outputs: a project counts only once its application's decision is dated, its
 * state at the reference date (`status_at`) rests on its end date, and a tender's awarded value
 * on its award date.
 */
const THROUGH_BASE: readonly (readonly [RegExp, readonly string[]])[] = [
  [/\b(projs|projects_all|tenders_f|parts|consults|miles|follow)\b/, ['applications.decided_on']],
  [/\bstatus_at\b/, ['projects.ended_on']],
  // tenders_f gives an award's value only once its award is dated.
  [/^(?=[\s\S]*\btenders_f\b)(?=[\s\S]*\bawarded_value_eur\b)/, ['tenders.awarded_on']],
];

const OPTIONAL = TABLES.flatMap((t) =>
  t.columns.filter((c) => !c.required).map((c) => ({ table: t.name, column: c.name })),
);

const cache = new WeakMap<IndicatorDef, ReadonlySet<string>>();

/**
 * The optional columns (`table.column`) a definition's figure rests on: those its own SQL or
 * breakdowns name in one of its source tables, and those base.ts reads for it. When a file
 * leaves one out, the figure says so rather than pass an empty column off as data.
 */
export function optionalColumnsRead(def: IndicatorDef): ReadonlySet<string> {
  let read = cache.get(def);
  if (read) return read;
  const text = [
    def.sql({ breakdown: null, group: raw('NULL') }).text,
    ...Object.values(def.breakdowns),
  ].join('\n');
  const out = new Set<string>();
  for (const { table, column } of OPTIONAL) {
    if (def.sources.includes(table) && new RegExp(`\\b${column}\\b`).test(text)) {
      out.add(`${table}.${column}`);
    }
  }
  for (const [pattern, columns] of THROUGH_BASE) {
    if (pattern.test(text)) for (const c of columns) out.add(c);
  }
  read = out;
  cache.set(def, read);
  return read;
}
