import type { Param, Sql } from './sql';

/** A parameter as the SQL explorer shows it: `$org_types = municipality, ocmw`. */
export interface NamedParam {
  readonly name: string;
  /** A list parameter holds a list: it stands for `(?, ?, …)`. */
  readonly value: Param | readonly Param[];
}

/** What a visitor puts in place of the text from `i` up to `next`, or null to keep it. */
type Visit = (i: number) => { readonly emit: string; readonly next: number } | null;

/**
 * `text` with the visitor's replacements, visiting every character outside quoted strings,
 * quoted identifiers and comments, which may hold a `?` or a `$` that is no parameter.
 */
function replaceOutsideQuotes(text: string, visit: Visit): string {
  let out = '';
  let i = 0;
  const copyTo = (stop: number) => {
    out += text.slice(i, stop);
    i = stop;
  };
  while (i < text.length) {
    const c = text[i] ?? '';
    if (c === "'" || c === '"') {
      const end = text.indexOf(c, i + 1);
      copyTo(end < 0 ? text.length : end + 1);
    } else if (c === '-' && text[i + 1] === '-') {
      const end = text.indexOf('\n', i);
      copyTo(end < 0 ? text.length : end);
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      copyTo(end < 0 ? text.length : end + 2);
    } else {
      const replaced = visit(i);
      if (replaced) {
        out += replaced.emit;
        i = replaced.next;
      } else {
        copyTo(i + 1);
      }
    }
  }
  return out;
}

/**
 * A statement as the explorer shows it: each parameter by its name (`$as_of`), each list
 * parameter as one (`$org_types` for `(?, ?)`), an unnamed one as `$p1`, `$p2`, … .
 */
export function withNames(q: Sql): { text: string; params: NamedParam[] } {
  const params = new Map<string, Param | Param[]>();
  let index = 0;
  let unnamed = 0;
  const text = replaceOutsideQuotes(q.text, (i) => {
    const name = q.names[index];
    if (q.text[i] === '(' && name?.endsWith('[]') === true) {
      const list = /^\(\?(, \?)*\)/.exec(q.text.slice(i))?.[0];
      const k = list === undefined ? 0 : list.split('?').length - 1;
      if (list === undefined || q.names.slice(index, index + k).some((n) => n !== name)) {
        return null;
      }
      const key = name.slice(0, -2);
      params.set(key, q.params.slice(index, index + k));
      index += k;
      return { emit: `$${key}`, next: i + list.length };
    }
    if (q.text[i] !== '?') return null;
    const key = name ?? `p${String(++unnamed)}`;
    if (!params.has(key)) params.set(key, q.params[index] ?? null);
    index++;
    return { emit: `$${key}`, next: i + 1 };
  });
  return { text, params: [...params].map(([name, value]) => ({ name, value })) };
}

/**
 * The explorer's statement bound for the engine, which takes `?` parameters in order: every
 * `$name` of a given parameter outside quotes and comments becomes `?` (a list `(?, ?, …)`,
 * or `(NULL)` when empty) with its value, in the order the names stand.
 */
export function bindNamed(
  text: string,
  params: readonly NamedParam[],
): { text: string; values: Param[]; toOriginal: (position: number) => number } {
  const byName = new Map(params.map((p) => [p.name, p.value]));
  const values: Param[] = [];
  // Where each replacement starts in the bound text, and how much longer it made the text.
  const shifts: { at: number; length: number; origin: number; by: number }[] = [];
  let growth = 0;
  const bound = replaceOutsideQuotes(text, (i) => {
    if (text[i] !== '$') return null;
    const m = /^\$([a-z_][a-z0-9_]*)/.exec(text.slice(i));
    const name = m?.[1];
    if (!m || name === undefined || !byName.has(name)) return null;
    const value = byName.get(name) ?? null;
    let emit: string;
    if (Array.isArray(value)) {
      values.push(...(value as readonly Param[]));
      emit = value.length === 0 ? '(NULL)' : `(${value.map(() => '?').join(', ')})`;
    } else {
      values.push(value as Param);
      emit = '?';
    }
    shifts.push({ at: i + growth, length: emit.length, origin: i, by: emit.length - m[0].length });
    growth += emit.length - m[0].length;
    return { emit, next: i + m[0].length };
  });
  const toOriginal = (position: number): number => {
    let delta = 0;
    for (const s of shifts) {
      if (position < s.at) break;
      // A position inside a replacement points at the name it replaced.
      if (position < s.at + s.length) return s.origin;
      delta += s.by;
    }
    return position - delta;
  };
  return { text: bound, values, toOriginal };
}
