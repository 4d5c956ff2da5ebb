import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { downloadText, exportFileName } from '../components/download';
import { contextItems } from '../components/exportContext';
import { useI18n } from '../i18n';
import type { LoadedDataset } from '../queries/dataset';
import { annexCsv, annexJson, annexQuery } from '../queries/exports';
import type { Filters } from '../queries/indicators';
import { exportContextOf } from './exportContextOf';

interface Props {
  /** Null while the engine starts: the annex waits for it. */
  readonly dataset: LoadedDataset | null;
  readonly filters: Filters;
}

/**
 * Every indicator's result under the active filters, for the evaluation report's annex: the
 * same rows as `npm run indicators -- --format csv|json` with the same filters.
 */
export function AnnexExport({ dataset, filters }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const client = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = async (format: 'csv' | 'json') => {
    if (!dataset) return;
    setBusy(true);
    setError(null);
    try {
      const results = await client.query(annexQuery(dataset, filters));
      const at = new Date();
      const context = exportContextOf(i18n, dataset, filters, { title: t('export.annexTitle') });
      const items = contextItems(i18n, context, at);
      const name = exportFileName('pio-annex-indicators', context.fileTag, at, format);
      if (format === 'csv') {
        downloadText(name, annexCsv(results, items), 'text/csv;charset=utf-8');
      } else {
        downloadText(name, annexJson(results, filters, items), 'application/json');
      }
    } catch (e) {
      setError(t('export.failed', { message: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div
      className="export-menu annex-export"
      role="group"
      aria-label={t('export.annexTitle')}
      aria-busy={busy || undefined}
    >
      <span className="export-menu-title" aria-hidden="true">
        {t('export.annexTitle')}
      </span>
      <button
        type="button"
        disabled={busy || !dataset}
        onClick={() => void run('csv')}
        data-testid="annex-csv"
      >
        {t('export.annexCsv')}
      </button>
      <button
        type="button"
        disabled={busy || !dataset}
        onClick={() => void run('json')}
        data-testid="annex-json"
      >
        {t('export.annexJson')}
      </button>
      {busy && <span role="status">{t('export.busy')}</span>}
      {error && (
        <span role="alert" className="export-error">
          {error}
        </span>
      )}
    </div>
  );
}
