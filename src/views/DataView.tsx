import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { DataTable } from '../components/DataTable';
import { ExportMenu } from '../components/ExportMenu';
import { tableLabel, useI18n } from '../i18n';
import { TABLE_NAMES } from '../model';
import { fetchTableRows } from '../queries/exports';
import { exportContextOf } from './exportContextOf';
import { originText } from './origin';

import {
  PREVIEW_ROWS,
  previewQuery,
  tablesQuery,
  type LoadedDataset,
  type TableSummary,
} from '../queries/dataset';

interface Props {
  readonly dataset: LoadedDataset;
  readonly selected: string | null;
  readonly onSelect: (table: string) => void;
}

/** Canonical tables in the model's order (calls first, answers last), then any others. */
function sortTables(tables: readonly TableSummary[]): TableSummary[] {
  const rank = (name: string) => {
    const i = (TABLE_NAMES as readonly string[]).indexOf(name);
    return i < 0 ? TABLE_NAMES.length : i;
  };
  return [...tables].sort((a, b) => rank(a.name) - rank(b.name) || a.name.localeCompare(b.name));
}

export function DataView({ dataset, selected, onSelect }: Props) {
  const i18n = useI18n();
  const { t, integer } = i18n;
  const context = (title: string) => exportContextOf(i18n, dataset, null, { title });
  const tables = useQuery(tablesQuery(dataset.version));
  const ordered = useMemo(() => sortTables(tables.data ?? []), [tables.data]);
  const current = ordered.find((x) => x.name === selected) ?? ordered[0] ?? null;
  const preview = useQuery({
    ...previewQuery(dataset.version, current?.name ?? ''),
    enabled: current !== null,
  });

  return (
    <section aria-labelledby="data-title">
      <h1 id="data-title">{t('data.title')}</h1>
      <p>{t('data.intro')}</p>
      <p className="muted">
        {t('data.source', { source: originText(t, dataset) })} · {dataset.version}
      </p>
      <ExportMenu
        label={t('data.tables')}
        showLabel
        fileStem="pio-tables"
        testId="tables-export"
        context={context(t('data.tables'))}
        columns={[
          { name: 'name', label: t('data.table') },
          { name: 'rows', label: t('data.rows') },
          { name: 'columns', label: t('data.columns') },
        ]}
        rows={ordered.map((x) => ({ name: x.name, rows: x.rowCount, columns: x.columns.length }))}
      />
      <div className="data-layout">
        <div className="table-scroll">
          <table className="data-table" data-testid="table-list">
            <caption>{t('data.tables')}</caption>
            {tables.isPending && (
              <tbody>
                <tr>
                  <td colSpan={3} role="status">
                    {t('engine.loading')}
                  </td>
                </tr>
              </tbody>
            )}
            <thead>
              <tr>
                <th scope="col">{t('data.table')}</th>
                <th scope="col" className="num">
                  {t('data.rows')}
                </th>
                <th scope="col" className="num">
                  {t('data.columns')}
                </th>
              </tr>
            </thead>
            <tbody>
              {ordered.map((table) => (
                <tr
                  key={table.name}
                  data-table={table.name}
                  aria-selected={table.name === current?.name}
                >
                  <th scope="row">
                    <button
                      type="button"
                      className="link-button"
                      aria-pressed={table.name === current?.name}
                      onClick={() => onSelect(table.name)}
                    >
                      {tableLabel(i18n.lang, table.name)}
                    </button>{' '}
                    <code className="table-code">{table.name}</code>
                  </th>
                  <td className="num" data-column="rows">
                    {integer(table.rowCount)}
                  </td>
                  <td className="num">{table.columns.length}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {current && (
          <div className="data-detail" data-testid="table-detail">
            <h2>
              {tableLabel(i18n.lang, current.name)} <code>{current.name}</code>
            </h2>
            <p>{t('data.rowCount', { n: current.rowCount })}</p>
            <ExportMenu
              label={t('export.wholeTable', { table: current.name })}
              showLabel
              fileStem={`pio-table-${current.name}`}
              testId="table-export"
              context={context(t('export.wholeTable', { table: current.name }))}
              columns={current.columns.map((c) => ({ name: c.name, label: c.name }))}
              fetchRows={() => fetchTableRows(current.name)}
            />
            <DataTable
              caption={t('data.columns')}
              columns={[
                { key: 'name', label: t('data.column') },
                { key: 'type', label: t('data.type') },
              ]}
              rows={current.columns.map((c) => ({ name: c.name, type: c.type }))}
              testId="column-list"
            />
            <ExportMenu
              label={t('export.columnsOf', { table: current.name })}
              showLabel
              fileStem={`pio-columns-${current.name}`}
              testId="columns-export"
              context={context(t('export.columnsOf', { table: current.name }))}
              columns={[
                { name: 'name', label: t('data.column') },
                { name: 'type', label: t('data.type') },
              ]}
              rows={current.columns.map((c) => ({ name: c.name, type: c.type }))}
            />
            {preview.data && preview.data.rows.length > 0 ? (
              <DataTable
                caption={t('data.preview', { n: PREVIEW_ROWS })}
                columns={preview.data.columns.map((c) => ({ key: c.name, label: c.name }))}
                rows={preview.data.rows}
                testId="preview"
              />
            ) : (
              preview.data && <p>{t('data.empty')}</p>
            )}
          </div>
        )}
      </div>
    </section>
  );
}
