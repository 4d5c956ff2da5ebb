import { useState } from 'react';
import { LikertChart } from '../components/LikertChart';
import { useI18n, valueLabel } from '../i18n';
import type { LoadedDataset } from '../queries/dataset';
import {
  LIKERT_POINTS,
  useLikert,
  useLikertRecords,
  type LikertRow,
} from '../queries/distributions';
import type { Filters } from '../queries/indicators';
import { useDataLabels } from '../queries/labels';
import { roundLabel } from './categoryLabels';
import { RecordsDialog } from './DrillDown';

interface Props {
  readonly dataset: LoadedDataset;
  readonly filters: Filters;
}

/** The five-point satisfaction questions as diverging bars, each segment opening its respondents. */
export function LikertPanel({ dataset, filters }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const q = useLikert(dataset, filters);
  const labels = useDataLabels(dataset);
  const [chosen, setChosen] = useState<{ row: LikertRow; point: number } | null>(null);
  const records = useLikertRecords(dataset, filters, chosen?.row ?? null, chosen?.point ?? null);
  const points = LIKERT_POINTS.map((p) => t(`likert.${p}`));
  const rows = q.data?.rows ?? [];
  const label = (r: LikertRow) =>
    `${valueLabel(i18n.lang, r.audience)} · ${valueLabel(i18n.lang, r.question)}`;
  const fullLabel = (r: LikertRow) =>
    `${valueLabel(i18n.lang, r.audience)} · ${r.text[i18n.lang]} (${roundLabel(i18n, labels, r.surveyId)})`;
  return (
    <section className="panel likert-panel" aria-busy={q.isFetching || undefined}>
      {q.data && rows.length === 0 && <p>{t('likert.none')}</p>}
      {rows.length > 0 && (
        <LikertChart
          title={t('likert.title')}
          points={points}
          rows={rows.map((r) => ({
            key: `${r.surveyId}/${r.question}`,
            label: label(r),
            fullLabel: fullLabel(r),
            counts: r.counts,
            n: r.n,
            notApplicable: r.notApplicable,
            suppressed: r.suppressed,
          }))}
          onSelect={(row, point) => {
            const picked = rows.find((r) => `${r.surveyId}/${r.question}` === row.key);
            if (picked) setChosen({ row: picked, point });
          }}
          testId="chart-likert"
        />
      )}
      {chosen && (
        <RecordsDialog
          title={t('likert.title')}
          label={t('likert.records', {
            question: fullLabel(chosen.row),
            point: points[chosen.point - 1] ?? String(chosen.point),
          })}
          fileStem="pio-records-likert"
          dataset={dataset}
          filters={filters}
          survey
          query={records}
          onClose={() => setChosen(null)}
        />
      )}
    </section>
  );
}
