import { dimensionLabel, valueLabel, type I18n } from '../i18n';
import { LIST_FILTER_KEYS, PRESETS, type Filters } from '../queries/indicators';

/** The reference date and every active filter, as readers name them. */
export function activeFilterItems(
  i18n: I18n,
  filters: Filters,
): { label: string; value: string }[] {
  return [
    {
      label: dimensionLabel(i18n.lang, 'asOf'),
      value:
        filters.asOf === null
          ? i18n.t('filter.latest')
          : filters.asOf === PRESETS.evaluation2022
            ? i18n.t('filter.evaluation2022')
            : i18n.date(filters.asOf),
    },
    ...LIST_FILTER_KEYS.filter((key) => filters[key].length > 0).map((key) => ({
      label: dimensionLabel(i18n.lang, key),
      value: filters[key]
        .map((v) => (typeof v === 'number' ? String(v) : valueLabel(i18n.lang, v)))
        .join(', '),
    })),
  ];
}
