import { useId, useState, type ReactNode } from 'react';
import { ExportGroup, useExportAction } from './ExportGroup';
import { useI18n } from '../i18n';
import { tableCsv, tableXlsx, type ExportColumn, type ExportRow } from '../lib/exportTable';
import { downloadBlob, downloadText, exportFileName } from './download';
import { contextItems, useExportContext, type ExportContext } from './exportContext';

export interface ExportMenuProps {
  /** The columns in order: `name` is the key in each row, `label` the header readers see. */
  readonly columns: readonly ExportColumn[];
  /** The rows in memory. Give either `rows` or `fetchRows`. */
  readonly rows?: readonly ExportRow[];
  /** Reads the rows only when the user exports (a whole table, an SQL result). */
  readonly fetchRows?: () => Promise<readonly ExportRow[]>;
  /**
   * Filters, reference date and data origin, which the export states on its first lines (CSV)
   * or its "Context" sheet (XLSX), with the export time. Defaults to the nearest
   * ExportContextProvider's; without either the control is not shown.
   */
  readonly context?: ExportContext;
  /** What the file holds, the first part of its name: `pio-records-B3`. */
  readonly fileStem: string;
  /** What is exported, for the group's accessible name ("the records of B3"). */
  readonly label: string;
  /** Show `label` in the visible title too, where several exports sit close together. */
  readonly showLabel?: boolean;
  /** Prefix of the test ids: `${testId}-csv`, `${testId}-xlsx`, `${testId}-dialect`. */
  readonly testId?: string;
  /** More downloads in the same group (a chart's images). */
  readonly children?: ReactNode;
}

type Dialect = 'semicolon' | 'comma';

/**
 * Downloads a table as CSV (`;` with decimal comma for Belgian Excel, or `,` with decimal
 * point) or XLSX, with the context it was made under. Everything happens in the page.
 */
export function ExportMenu({
  columns,
  rows,
  fetchRows,
  context,
  fileStem,
  label,
  showLabel,
  testId,
  children,
}: ExportMenuProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const inherited = useExportContext();
  const ctx = context ?? (inherited && { ...inherited, title: inherited.title ?? label });
  const [dialect, setDialect] = useState<Dialect>(i18n.lang === 'nl' ? 'semicolon' : 'comma');
  const { busy, error, run: act } = useExportAction();
  const dialectId = useId();
  if (!ctx) return null;

  const run = (format: 'csv' | 'xlsx') =>
    act(async () => {
      const data = rows ?? (fetchRows ? await fetchRows() : []);
      const at = new Date();
      const items = contextItems(i18n, ctx, at);
      const name = exportFileName(fileStem, ctx.fileTag, at, format);
      if (format === 'csv') {
        downloadText(name, tableCsv(columns, data, items, dialect), 'text/csv;charset=utf-8');
      } else {
        const blob = await tableXlsx(columns, data, items, {
          data: t('export.sheetData'),
          context: t('export.sheetContext'),
        });
        downloadBlob(name, blob);
      }
    });

  return (
    <ExportGroup
      label={t('export.group', { what: label })}
      title={showLabel ? t('export.titleOf', { what: label }) : t('export.title')}
      busy={busy}
      error={error}
      testId={testId}
    >
      <label htmlFor={dialectId} className="export-dialect">
        {t('export.dialect')}
      </label>
      <select
        id={dialectId}
        value={dialect}
        onChange={(e) => setDialect(e.target.value === 'comma' ? 'comma' : 'semicolon')}
        data-testid={testId ? `${testId}-dialect` : undefined}
      >
        <option value="semicolon">{t('export.semicolon')}</option>
        <option value="comma">{t('export.comma')}</option>
      </select>
      <button
        type="button"
        disabled={busy}
        onClick={() => void run('csv')}
        data-testid={testId ? `${testId}-csv` : undefined}
      >
        {t('export.csv')}
      </button>
      <button
        type="button"
        disabled={busy}
        onClick={() => void run('xlsx')}
        data-testid={testId ? `${testId}-xlsx` : undefined}
      >
        {t('export.xlsx')}
      </button>
      {children}
    </ExportGroup>
  );
}
