import { useCallback, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n';

/** One download at a time per group; a failure is told in the group, not thrown. */
export function useExportAction(): {
  busy: boolean;
  error: string | null;
  run: (task: () => Promise<void>) => Promise<void>;
} {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(
    async (task: () => Promise<void>) => {
      setBusy(true);
      setError(null);
      try {
        await task();
      } catch (e) {
        setError(t('export.failed', { message: e instanceof Error ? e.message : String(e) }));
      } finally {
        setBusy(false);
      }
    },
    [t],
  );
  return { busy, error, run };
}

/** The frame every export control shares: a labelled group, its title, its buttons, its error. */
export function ExportGroup({
  className,
  label,
  title,
  busy,
  error,
  testId,
  children,
}: {
  className?: string;
  label: string;
  title: string;
  busy: boolean;
  error: string | null;
  testId?: string;
  children: ReactNode;
}) {
  return (
    <div
      className={className ? `export-menu ${className}` : 'export-menu'}
      role="group"
      aria-label={label}
      aria-busy={busy || undefined}
      data-testid={testId}
    >
      <span className="export-menu-title" aria-hidden="true">
        {title}
      </span>
      {children}
      {error && (
        <span role="alert" className="export-error">
          {error}
        </span>
      )}
    </div>
  );
}
