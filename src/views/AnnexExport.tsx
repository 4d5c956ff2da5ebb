import { useQueryClient } from '@tanstack/react-query';
import { downloadText, exportFileName } from '../components/download';
import { contextItems } from '../components/exportContext';
import { ExportGroup, useExportAction } from '../components/ExportGroup';
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
  const { busy, error, run: act } = useExportAction();

  const run = (format: 'csv' | 'json') => {
    if (!dataset) return;
    void act(async () => {
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
    });
  };

  return (
    <ExportGroup
      className="annex-export"
      label={t('export.annexTitle')}
      title={t('export.annexTitle')}
      busy={busy}
      error={error}
    >
      <button
        type="button"
        disabled={busy || !dataset}
        onClick={() => run('csv')}
        data-testid="annex-csv"
      >
        {t('export.annexCsv')}
      </button>
      <button
        type="button"
        disabled={busy || !dataset}
        onClick={() => run('json')}
        data-testid="annex-json"
      >
        {t('export.annexJson')}
      </button>
      {busy && <span role="status">{t('export.busy')}</span>}
    </ExportGroup>
  );
}
