import { useI18n } from '../i18n';

/** Says the figures rest on illustrative data, and names the user's own files beside it. */
export function DemoBanner({ ownFiles = [] }: { ownFiles?: readonly string[] }) {
  const { t } = useI18n();
  return (
    <p className="demo-banner" role="note" data-testid="demo-banner">
      {ownFiles.length === 0
        ? t('demo.banner')
        : t('demo.bannerMixed', { files: ownFiles.join(', ') })}
    </p>
  );
}
