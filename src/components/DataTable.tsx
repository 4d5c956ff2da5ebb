import type { ReactNode } from 'react';
import { LOCALES, useI18n, type Lang } from '../i18n';

export type Cell = string | number | boolean | null | readonly Cell[] | { [key: string]: Cell };

export interface DataTableColumn {
  readonly key: string;
  readonly label: string;
  readonly numeric?: boolean;
  /** Thousands separators (counts, money); off by default so years and ids read as written. */
  readonly grouped?: boolean;
}

interface Props {
  readonly caption: string;
  readonly columns: readonly DataTableColumn[];
  readonly rows: readonly Record<string, Cell>[];
  readonly testId?: string;
  /** A last column of controls per row (e.g. opening the records behind it). */
  readonly rowAction?: { readonly label: string; readonly render: (index: number) => ReactNode };
}

function cellText(value: Cell, lang: Lang, grouped: boolean) {
  if (value === null) return null;
  if (typeof value === 'number') {
    return new Intl.NumberFormat(LOCALES[lang], {
      maximumFractionDigits: 6,
      useGrouping: grouped,
    }).format(value);
  }
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

export function DataTable({ caption, columns, rows, testId, rowAction }: Props) {
  const { t, lang } = useI18n();
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="data-table" data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col" className={c.numeric ? 'num' : undefined}>
                {c.label}
              </th>
            ))}
            {rowAction && <th scope="col">{rowAction.label}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>
              {columns.map((c) => {
                const text = cellText(row[c.key] ?? null, lang, c.grouped ?? false);
                return (
                  <td
                    key={c.key}
                    className={typeof row[c.key] === 'number' ? 'num' : undefined}
                    data-column={c.key}
                  >
                    {text === null ? <span className="null">{t('data.null')}</span> : text}
                  </td>
                );
              })}
              {rowAction && <td>{rowAction.render(i)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
