import { useQueryClient } from '@tanstack/react-query';
import { ExportMenu } from '../components/ExportMenu';
import type { ExportContext } from '../components/exportContext';
import { dimensionLabel, useI18n } from '../i18n';
import type { ExportRow } from '../lib/exportTable';
import type { LoadedDataset } from '../queries/dataset';
import { indicatorQuery, type Filters, type IndicatorDef } from '../queries/indicators';
import { dataLabelsQuery } from '../queries/labels';
import { categoryLabel, categoryRank } from './categoryLabels';

interface Props {
  readonly dataset: LoadedDataset;
  readonly filters: Filters;
  readonly defs: readonly IndicatorDef[];
  readonly context: ExportContext;
  readonly fileStem: string;
  readonly label: string;
}

/**
 * The figures of a screen's indicators under the active filters, each followed by the rows of
 * its default breakdown (the table under its chart), as CSV or XLSX.
 */
export function ResultsExport({ dataset, filters, defs, context, fileStem, label }: Props) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const client = useQueryClient();
  const fetchRows = async (): Promise<ExportRow[]> => {
    const rows: ExportRow[] = [];
    const labels = await client.query(dataLabelsQuery(dataset.version));
    for (const def of defs) {
      const breakdown = def.defaultBreakdown ?? null;
      const r = await client.query(indicatorQuery(dataset, def.id, filters, breakdown));
      const common = { id: def.id, title: def.title[lang], unit: def.unit };
      const notes = [
        ...r.notes.map((n) => t(`note.${n}`)),
        ...(r.filtersNotApplied.length > 0
          ? [
              t('note.filtersNotApplied', {
                filters: r.filtersNotApplied.map((k) => dimensionLabel(lang, k)).join(', '),
              }),
            ]
          : []),
      ].join(' ');
      rows.push({
        ...common,
        breakdown: t('export.total'),
        category: null,
        value: r.value,
        ci_low: r.ci?.low ?? null,
        ci_high: r.ci?.high ?? null,
        numerator: r.numerator,
        denominator: r.denominator,
        n: r.n,
        suppressed: r.suppressed,
        notes,
      });
      const rank = categoryRank(labels, r.breakdownKey);
      const ordered = rank
        ? [...r.breakdown].sort((a, b) => rank(a.key) - rank(b.key))
        : r.breakdown;
      for (const b of ordered) {
        rows.push({
          ...common,
          breakdown: dimensionLabel(lang, r.breakdownKey ?? ''),
          category: categoryLabel(i18n, labels, r.breakdownKey, b.key),
          value: b.suppressed ? null : b.value,
          ci_low: b.suppressed ? null : (b.ci?.low ?? null),
          ci_high: b.suppressed ? null : (b.ci?.high ?? null),
          numerator: b.suppressed ? null : b.numerator,
          denominator: b.suppressed ? null : b.denominator,
          n: b.suppressed ? null : b.n,
          suppressed: b.suppressed,
          notes: '',
        });
      }
    }
    return rows;
  };
  return (
    <ExportMenu
      label={label}
      showLabel
      fileStem={fileStem}
      context={context}
      testId="results"
      fetchRows={fetchRows}
      columns={[
        { name: 'id', label: t('export.col.indicator') },
        { name: 'title', label: t('export.col.title') },
        { name: 'breakdown', label: t('export.col.breakdown') },
        { name: 'category', label: t('export.col.category') },
        { name: 'value', label: t('chart.value') },
        { name: 'ci_low', label: t('export.col.ciLow') },
        { name: 'ci_high', label: t('export.col.ciHigh') },
        { name: 'numerator', label: t('catalogue.numerator') },
        { name: 'denominator', label: t('catalogue.denominator') },
        { name: 'n', label: 'n' },
        { name: 'unit', label: t('catalogue.unit') },
        { name: 'suppressed', label: t('export.col.suppressed') },
        { name: 'notes', label: t('export.col.notes') },
      ]}
    />
  );
}
