import { useI18n } from '../i18n';

export function DemoBanner() {
  const { t } = useI18n();
  return (
    <p className="demo-banner" role="note" data-testid="demo-banner">
      {t('demo.banner')}
    </p>
  );
}
