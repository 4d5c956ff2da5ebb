import { useI18n } from '../i18n';

export interface EngineProgressView {
  readonly phase: 'download' | 'compile' | 'open' | 'ready' | 'loading';
  readonly bytesLoaded?: number;
  readonly bytesTotal?: number;
}

function useProgressLabel(progress: EngineProgressView | null): {
  label: string;
  value: number | undefined;
} {
  const { t, bytes } = useI18n();
  const p = progress ?? { phase: 'download' as const };
  let label: string;
  if (p.phase === 'download' && p.bytesTotal) {
    label = t('engine.downloadBytes', {
      loaded: bytes(p.bytesLoaded ?? 0),
      total: bytes(p.bytesTotal),
    });
  } else if (p.phase === 'download') label = t('engine.download');
  else if (p.phase === 'compile') label = t('engine.compile');
  else if (p.phase === 'open') label = t('engine.open');
  else label = t('engine.loading');
  const value =
    p.phase === 'download' && p.bytesTotal ? (p.bytesLoaded ?? 0) / p.bytesTotal : undefined;
  return { label, value };
}

export function EngineProgress({ progress }: { progress: EngineProgressView | null }) {
  const { label, value } = useProgressLabel(progress);
  return (
    <div className="engine-status" role="status" aria-live="polite" data-testid="engine-progress">
      <p>{label}</p>
      <progress max={1} value={value} aria-label={label} />
    </div>
  );
}

/** One line above a screen that already shows figures computed ahead, while the engine starts. */
export function EngineStarting({ progress }: { progress: EngineProgressView | null }) {
  const { t } = useI18n();
  const { label, value } = useProgressLabel(progress);
  return (
    <div className="engine-status engine-status-inline" role="status" data-testid="engine-starting">
      <progress max={1} value={value} aria-label={label} />
      <span>
        {label} {t('engine.background')}
      </span>
    </div>
  );
}

export function EngineFailure({
  title,
  detail,
  onRetry,
}: {
  title: string;
  detail: string;
  onRetry: () => void;
}) {
  const { t } = useI18n();
  return (
    <div className="engine-failure" role="alert" data-testid="engine-failure">
      <h2>{title}</h2>
      <p>{t('engine.failedHelp')}</p>
      <p className="error-detail">{detail}</p>
      <button type="button" onClick={onRetry}>
        {t('engine.retry')}
      </button>
    </div>
  );
}
