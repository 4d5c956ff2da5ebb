import type { I18n } from '../i18n';
import { stepDecimals } from '../lib/ticks';

export type ValueUnit = 'share' | 'count' | 'money' | 'ratio' | 'days' | 'trl' | 'nps' | 'number';

export function formatValue(i18n: I18n, unit: ValueUnit, value: number | null): string {
  if (value === null) return '–';
  switch (unit) {
    case 'share':
      return i18n.percent(value);
    case 'count':
      return i18n.integer(value);
    case 'money':
      return i18n.money(value, 0);
    case 'ratio':
      return `${i18n.number(value, 2)}×`;
    case 'days':
      return i18n.t('unit.days', { n: Math.round(value) });
    case 'nps':
      return `${value > 0 ? '+' : ''}${i18n.number(value, 1)}`;
    case 'trl':
    case 'number':
      return i18n.number(value, 1);
  }
}

/** An axis tick in the unit of its figure, with the decimals its round step needs (0%, 20%). */
export function formatTick(i18n: I18n, unit: ValueUnit, value: number, step: number): string {
  const decimals = stepDecimals(step);
  switch (unit) {
    case 'share':
      return i18n.percent(value, Math.max(0, decimals - 2));
    case 'money':
      return i18n.money(value, 0);
    case 'ratio':
      return `${i18n.number(value, decimals)}×`;
    case 'nps':
      return `${value > 0 ? '+' : ''}${i18n.number(value, decimals)}`;
    case 'count':
    case 'days':
      return i18n.integer(value);
    case 'trl':
    case 'number':
      return i18n.number(value, decimals);
  }
}

/** Okabe-Ito: distinguishable with the common forms of colour blindness. */
export const PALETTE = {
  primary: '#0072B2',
  accent: '#E69F00',
  good: '#009E73',
  benchmark: '#D55E00',
  muted: '#6b6b6b',
  negative: '#CC79A7',
  sky: '#56B4E9',
} as const;
