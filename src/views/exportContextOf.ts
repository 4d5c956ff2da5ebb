import type { ExportContext } from '../components/exportContext';
import type { I18n } from '../i18n';
import type { LoadedDataset } from '../queries/dataset';
import { LIST_FILTER_KEYS, type Filters } from '../queries/indicators';
import { activeFilterItems } from './activeFilters';

/** The filters' values in short, for file names: `2021-12-31-care-mobility`. */
export function filterFileTag(filters: Filters): string {
  return [filters.asOf ?? '', ...LIST_FILTER_KEYS.flatMap((k) => filters[k].map(String))]
    .filter((v) => v !== '')
    .join('-');
}

/**
 * What an export made on this screen states: filters, reference date, data origin. `null`
 * filters for tables as loaded (the Data page), which no filter or reference date narrows.
 */
export function exportContextOf(
  i18n: I18n,
  dataset: LoadedDataset,
  filters: Filters | null,
  content: { title?: string; scope?: string } = {},
): ExportContext {
  const [referenceDate, ...rest] = filters ? activeFilterItems(i18n, filters) : [];
  return {
    ...content,
    referenceDate: referenceDate?.value ?? i18n.t('export.ctx.allRows'),
    filters: rest,
    origin:
      dataset.origin === 'demo'
        ? 'demo'
        : {
            files: [
              ...dataset.workspace.tables.map((x) => x.fileName),
              ...dataset.workspace.imports.map((x) => x.fileName),
            ],
            own: dataset.origin === 'own',
          },
    fileTag: filters ? filterFileTag(filters) : '',
  };
}
