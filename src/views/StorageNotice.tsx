import { useState } from 'react';
import { useI18n } from '../i18n';
import type { LoadedDataset } from '../queries/dataset';
import { useWorkspaceActions } from '../queries/workspace';

/**
 * On every screen while browser storage is not what it should be: unavailable (the app keeps
 * working in memory) or damaged (the demo data is shown; the user chooses what happens next).
 */
export function StorageNotice({ dataset }: { dataset: LoadedDataset }) {
  const { t } = useI18n();
  const actions = useWorkspaceActions();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (dataset.storage === 'ok' && dataset.failedImports.length === 0) return null;
  return (
    <div className="notice" role="status" data-testid="storage-notice">
      {dataset.storage === 'unavailable' && (
        <p>{t('import.storageUnavailable', { detail: dataset.storageDetail ?? '' })}</p>
      )}
      {dataset.storage === 'corrupt' && (
        <>
          <p>{t('import.storageCorrupt', { detail: dataset.storageDetail ?? '' })}</p>
          <button
            type="button"
            disabled={busy}
            data-testid="recover-demo"
            onClick={() => {
              setBusy(true);
              actions
                .backToDemo()
                .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)))
                .finally(() => setBusy(false));
            }}
          >
            {t('storage.recoverDemo')}
          </button>
        </>
      )}
      {dataset.failedImports.map((f) => (
        <p key={f.surveyId}>
          {t('workspace.failedImports', { surveys: f.surveyId })}{' '}
          <button
            type="button"
            disabled={busy}
            onClick={() => {
              setBusy(true);
              actions
                .removeSurvey(f.surveyId)
                .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)))
                .finally(() => setBusy(false));
            }}
          >
            {t('storage.removeDamaged', { survey: f.surveyId })}
          </button>
        </p>
      ))}
      {error && <p role="alert">{error}</p>}
    </div>
  );
}
