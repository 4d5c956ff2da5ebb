import { useMemo, useState } from 'react';
import { columnLabel, LOCALES, useI18n, valueLabel } from '../i18n';
import type { ExportContext } from './exportContext';
import { ExportMenu } from './ExportMenu';

const PAGE_SIZE = 25;

type Value = string | number | boolean | null;

interface Props {
  readonly caption: string;
  readonly columns: readonly string[];
  readonly rows: readonly Readonly<Record<string, unknown>>[];
  /** First part of the export's file name, and what the export states it holds. */
  readonly fileStem: string;
  readonly context: ExportContext;
  readonly testId?: string;
}

function asValue(v: unknown): Value {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return JSON.stringify(v);
}

const KEY = /^[a-z][a-z0-9_]*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIMESTAMP = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2})?$/;

function compare(a: Value, b: Value): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), 'nl', { numeric: true });
}

/** A sortable, paged table of records, downloadable as CSV or XLSX in its current order. Cells are text, never markup. */
export function RecordTable({ caption, columns, rows, fileStem, context, testId }: Props) {
  const { t, lang, integer, date } = useI18n();
  const [sort, setSort] = useState<{ column: string; descending: boolean } | null>(null);
  const [page, setPage] = useState(0);
  const sorted = useMemo(() => {
    if (!sort) return rows;
    const sign = sort.descending ? -1 : 1;
    return [...rows].sort(
      (x, y) => sign * compare(asValue(x[sort.column]), asValue(y[sort.column])),
    );
  }, [rows, sort]);
  const pages = Math.max(1, Math.ceil(sorted.length / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const shown = sorted.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE);
  // A year is a name, not an amount: 2017, never 2.017.
  const number = (column: string) =>
    new Intl.NumberFormat(LOCALES[lang], {
      maximumFractionDigits: 2,
      useGrouping: !column.endsWith('year'),
    });
  /** A cell as people read it: keys by their names, dates and numbers in the locale's form. */
  const text = (column: string, v: Value): string | null => {
    if (v === null) return null;
    if (typeof v === 'number') return number(column).format(v);
    if (typeof v === 'boolean') return t(v ? 'bool.true' : 'bool.false');
    if (DATE.test(v)) return date(v);
    const stamp = TIMESTAMP.exec(v);
    if (stamp) return `${date(stamp[1] ?? '')} ${stamp[2] ?? ''}`;
    if (v.includes(', ') && v.split(', ').every((k) => KEY.test(k))) {
      return v
        .split(', ')
        .map((k) => valueLabel(lang, k))
        .join(', ');
    }
    return KEY.test(v) ? valueLabel(lang, v) : v;
  };
  return (
    <div className="record-table" data-testid={testId}>
      <ExportMenu
        label={caption}
        // The file keeps the data's own column names and values, as the Data page and the SQL
        // explorer show them, so that it joins back to the tables it came from.
        columns={columns.map((c) => ({ name: c, label: c }))}
        rows={sorted}
        context={context}
        fileStem={fileStem}
        testId="records"
      />
      <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
        <table className="data-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              {columns.map((c) => {
                const state =
                  sort?.column === c ? (sort.descending ? 'descending' : 'ascending') : 'none';
                return (
                  <th key={c} scope="col" aria-sort={state}>
                    <button
                      type="button"
                      className="sort"
                      aria-label={t('table.sortBy', { column: columnLabel(lang, c) })}
                      onClick={() => {
                        setSort({ column: c, descending: state === 'ascending' });
                        setPage(0);
                      }}
                    >
                      {columnLabel(lang, c)}
                      <span aria-hidden="true">
                        {state === 'ascending' ? ' ▲' : state === 'descending' ? ' ▼' : ''}
                      </span>
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {shown.map((row, i) => (
              <tr key={current * PAGE_SIZE + i}>
                {columns.map((c) => {
                  const v = asValue(row[c]);
                  const s = text(c, v);
                  return (
                    <td key={c} className={typeof v === 'number' ? 'num' : undefined}>
                      {s === null ? <span className="null">{t('data.null')}</span> : s}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav className="pager" aria-label={caption}>
        <button type="button" disabled={current === 0} onClick={() => setPage(0)}>
          {t('table.first')}
        </button>
        <button type="button" disabled={current === 0} onClick={() => setPage(current - 1)}>
          {t('table.previous')}
        </button>
        <span aria-live="polite">
          {t('table.page', { page: integer(current + 1), pages: integer(pages) })} ·{' '}
          {t('table.rows', {
            from: integer(sorted.length === 0 ? 0 : current * PAGE_SIZE + 1),
            to: integer(current * PAGE_SIZE + shown.length),
            total: integer(sorted.length),
          })}
        </span>
        <button type="button" disabled={current >= pages - 1} onClick={() => setPage(current + 1)}>
          {t('table.next')}
        </button>
        <button type="button" disabled={current >= pages - 1} onClick={() => setPage(pages - 1)}>
          {t('table.last')}
        </button>
      </nav>
    </div>
  );
}
