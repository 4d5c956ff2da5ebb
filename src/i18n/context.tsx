import { createContext, useContext, useMemo, type ReactNode } from 'react';
import {
  formatBytes,
  formatDate,
  formatInteger,
  formatMoney,
  formatNumber,
  formatPercent,
} from './format';
import { translate, type Lang, type MessageKey } from './messages';

export interface I18n {
  readonly lang: Lang;
  readonly t: (key: MessageKey, params?: Record<string, string | number>) => string;
  readonly number: (value: number, fractionDigits?: number) => string;
  readonly integer: (value: number) => string;
  readonly percent: (share: number, fractionDigits?: number) => string;
  readonly money: (value: number, fractionDigits?: number) => string;
  readonly bytes: (value: number) => string;
  readonly date: (iso: string) => string;
}

export function makeI18n(lang: Lang): I18n {
  return {
    lang,
    t: (key, params) => translate(lang, key, params),
    number: (v, d) => formatNumber(lang, v, d),
    integer: (v) => formatInteger(lang, v),
    percent: (v, d) => formatPercent(lang, v, d),
    money: (v, d) => formatMoney(lang, v, d),
    bytes: (v) => formatBytes(lang, v),
    date: (iso) => formatDate(lang, iso),
  };
}

const I18nContext = createContext<I18n>(makeI18n('nl'));

export function I18nProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  const value = useMemo(() => makeI18n(lang), [lang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
