import type { ReactNode } from 'react';
import { useI18n, type Lang, type MessageKey, LANGS } from '../i18n';

export interface NavItem {
  readonly id: string;
  readonly label: MessageKey;
  readonly href: string;
}

interface Props {
  readonly nav: readonly NavItem[];
  readonly current: string;
  readonly onNavigate: (id: string) => void;
  readonly onLangChange: (lang: Lang) => void;
  readonly banner?: ReactNode;
  readonly children: ReactNode;
}

export function AppShell({ nav, current, onNavigate, onLangChange, banner, children }: Props) {
  const { t, lang } = useI18n();
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <header className="shell-header">
        <div className="brand">
          <span className="brand-title">{t('app.title')}</span>
          <span className="brand-subtitle">{t('app.subtitle')}</span>
        </div>
        <div className="lang-switch" role="group" aria-label={t('lang.label')}>
          {LANGS.map((l) => (
            <button
              key={l}
              type="button"
              lang={l}
              aria-pressed={l === lang}
              onClick={() => onLangChange(l)}
            >
              {t(`lang.${l}`)}
            </button>
          ))}
        </div>
      </header>
      <nav className="shell-nav" aria-label={t('nav.label')}>
        <ul>
          {nav.map((item) => (
            <li key={item.id}>
              <a
                href={item.href}
                aria-current={item.id === current ? 'page' : undefined}
                onClick={(e) => {
                  if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey) return;
                  e.preventDefault();
                  onNavigate(item.id);
                }}
              >
                {t(item.label)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {banner}
      <main id="main" className="shell-main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
