import type { Lang } from './messages';

/** nl-BE writes 1.234,5 and € 1.000,00; English uses en-GB. */
export const LOCALES: Record<Lang, string> = { nl: 'nl-BE', en: 'en-GB' };

const cache = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[lang], options);
    cache.set(key, f);
  }
  return f;
}

export function formatNumber(lang: Lang, value: number, maximumFractionDigits = 1): string {
  return numberFormat(lang, { maximumFractionDigits }).format(value);
}

export function formatInteger(lang: Lang, value: number): string {
  return numberFormat(lang, { maximumFractionDigits: 0 }).format(value);
}

export function formatPercent(lang: Lang, share: number, fractionDigits = 1): string {
  return numberFormat(lang, {
    style: 'percent',
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(share);
}

export function formatMoney(lang: Lang, value: number, fractionDigits = 2): string {
  return numberFormat(lang, {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(value);
}

export function formatBytes(lang: Lang, bytes: number): string {
  if (bytes < 1024) return `${formatInteger(lang, bytes)} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(lang, bytes / 1024)} kB`;
  return `${formatNumber(lang, bytes / (1024 * 1024))} MB`;
}

/** ISO calendar date (YYYY-MM-DD) to the language's short date, without a time-zone shift. */
export function formatDate(lang: Lang, iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return new Intl.DateTimeFormat(LOCALES[lang], {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(d);
}
