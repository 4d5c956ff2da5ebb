import { useI18n } from '../i18n';
import { LOCALES } from '../i18n/format';

export interface GridColumn {
  readonly name: string;
  readonly type: string;
}

export interface ResultGridProps {
  readonly columns: readonly GridColumn[];
  readonly rows: readonly Readonly<Record<string, unknown>>[];
  readonly total: number;
  readonly offset: number;
  readonly pageSize: number;
  readonly loading?: boolean;
  readonly onPage: (offset: number) => void;
  /** The statement kept only its first rows (SHOW, DESCRIBE, EXPLAIN). */
  readonly truncated?: boolean;
}

function cellText(lang: 'nl' | 'en', value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'number') {
    return value.toLocaleString(LOCALES[lang], { maximumFractionDigits: 10 });
  }
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return JSON.stringify(value);
}

/** One page of a query result, with its place in the whole; cells are text, never markup. */
export function ResultGrid({
  columns,
  rows,
  total,
  offset,
  pageSize,
  loading,
  onPage,
  truncated,
}: ResultGridProps) {
  const { t, integer, lang } = useI18n();
  const last = Math.max(0, Math.floor((total - 1) / pageSize) * pageSize);
  const to = Math.min(total, offset + rows.length);
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.floor(offset / pageSize) + 1;
  const nav = (
    <div className="grid-nav" role="group" aria-label={t('explorer.pages')}>
      <button type="button" onClick={() => onPage(0)} disabled={offset === 0 || loading}>
        {t('explorer.first')}
      </button>
      <button
        type="button"
        onClick={() => onPage(Math.max(0, offset - pageSize))}
        disabled={offset === 0 || loading}
        data-testid="grid-prev"
      >
        {t('explorer.prev')}
      </button>
      <span aria-live="polite" data-testid="grid-range">
        {total === 0
          ? t('explorer.noRows')
          : t('explorer.range', {
              from: integer(offset + 1),
              to: integer(to),
              total: integer(total),
              page: integer(page),
              pages: integer(pages),
            })}
      </span>
      <button
        type="button"
        onClick={() => onPage(offset + pageSize)}
        disabled={offset + pageSize >= total || loading}
        data-testid="grid-next"
      >
        {t('explorer.next')}
      </button>
      <button
        type="button"
        onClick={() => onPage(last)}
        disabled={offset >= last || loading}
        data-testid="grid-last"
      >
        {t('explorer.last')}
      </button>
    </div>
  );
  return (
    <div className="result-grid" aria-busy={loading || undefined}>
      {nav}
      {truncated && <p className="hint">{t('explorer.truncated', { n: rows.length })}</p>}
      <div className="grid-scroll" tabIndex={0} role="region" aria-label={t('explorer.result')}>
        <table data-testid="result-grid">
          <thead>
            <tr>
              <th scope="col" className="rownum">
                #
              </th>
              {columns.map((c) => (
                <th scope="col" key={c.name} title={c.type}>
                  <span>{c.name}</span>
                  <span className="coltype">{c.type}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={offset + i}>
                <td className="rownum">{integer(offset + i + 1)}</td>
                {columns.map((c) => {
                  const v = row[c.name];
                  return (
                    <td
                      key={c.name}
                      className={
                        v === null || v === undefined ? 'null' : typeof v === 'number' ? 'num' : ''
                      }
                    >
                      {cellText(lang, v)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
