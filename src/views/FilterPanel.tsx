import { useQuery } from '@tanstack/react-query';
import { ActiveFilters, FilterBar, type FilterGroup } from '../components/FilterBar';
import { dimensionLabel, useI18n, valueLabel } from '../i18n';
import { activeFilterItems } from './activeFilters';
import { callYearsQuery, type DataIdentity } from '../queries/dataset';
import {
  FILTER_VALUES,
  LIST_FILTER_KEYS,
  NO_FILTERS,
  PRESETS,
  type Filters,
} from '../queries/indicators';

interface Props {
  readonly dataset: DataIdentity;
  readonly filters: Filters;
  readonly onChange: (filters: Filters) => void;
}

export function FilterPanel({ dataset, filters, onChange }: Props) {
  const i18n = useI18n();
  const years = useQuery(callYearsQuery(dataset.version)).data ?? [];
  const groups: FilterGroup[] = LIST_FILTER_KEYS.map((key) => ({
    key,
    label: dimensionLabel(i18n.lang, key),
    options:
      key === 'callYears'
        ? years.map((y) => ({ value: String(y), label: String(y) }))
        : FILTER_VALUES[key].map((v) => ({ value: v, label: valueLabel(i18n.lang, v) })),
    selected: filters[key].map(String),
  }));
  const active = activeFilterItems(i18n, filters);
  return (
    <>
      <FilterBar
        asOf={filters.asOf}
        evaluationDate={PRESETS.evaluation2022}
        onAsOfChange={(asOf) => onChange({ ...filters, asOf })}
        groups={groups}
        onGroupChange={(key, values) =>
          onChange(
            key === 'callYears'
              ? { ...filters, callYears: values.map(Number).sort() }
              : { ...filters, [key]: values },
          )
        }
        onReset={() => onChange(NO_FILTERS)}
      />
      <ActiveFilters items={active} />
    </>
  );
}
