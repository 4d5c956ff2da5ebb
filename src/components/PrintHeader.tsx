import { useI18n } from '../i18n';

/** What a printed report must state on its own: origin of the data and when it was printed. */
export function PrintHeader({ origin, fingerprint }: { origin: string; fingerprint: string }) {
  const { t, date } = useI18n();
  const today = new Date();
  const iso = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
  return (
    <p className="print-only print-header" data-testid="print-header">
      {t('print.origin', { origin, fingerprint })} · {t('print.printed', { date: date(iso) })}
    </p>
  );
}
