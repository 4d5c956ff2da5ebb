import { useState } from 'react';
import { FunnelChart } from '../components/FunnelChart';
import { dimensionLabel, useI18n, valueLabel } from '../i18n';
import { PARTICIPATION_STAGES } from '../model';
import type { LoadedDataset } from '../queries/dataset';
import { indicatorById, useIndicator, type Filters } from '../queries/indicators';
import { DrillDown, type DrillTarget } from './DrillDown';

interface Props {
  readonly dataset: LoadedDataset;
  readonly filters: Filters;
}

/** B9 by stage, read as a funnel from market consultation to bid to award. */
export function FunnelPanel({ dataset, filters }: Props) {
  const i18n = useI18n();
  const def = indicatorById('B9');
  const q = useIndicator(dataset, 'B9', filters, 'stage');
  const [target, setTarget] = useState<DrillTarget | null>(null);
  const r = q.data;
  if (!def || !r) return null;
  const stages = PARTICIPATION_STAGES.map((key) => ({
    key,
    label: valueLabel(i18n.lang, key),
    count: r.breakdown.find((b) => b.key === key)?.value ?? 0,
  }));
  return (
    <section className="panel funnel-panel" aria-busy={q.isFetching || undefined}>
      <FunnelChart
        title={i18n.t('funnel.title')}
        stages={stages}
        onSelect={(stage) => {
          if (q.isPlaceholderData) return;
          setTarget({
            scope: { cell: true, key: stage.key },
            label: i18n.t('drill.scopeCell', {
              dimension: dimensionLabel(i18n.lang, 'stage'),
              cell: stage.label,
            }),
          });
        }}
        selectLabel={(stage) => i18n.t('drill.openCell', { cell: stage.label })}
        testId="chart-funnel"
      />
      <p className="kpi-note">{i18n.t('funnel.note')}</p>
      {target && (
        <DrillDown
          dataset={dataset}
          def={def}
          filters={filters}
          result={r}
          target={target}
          onClose={() => setTarget(null)}
        />
      )}
    </section>
  );
}
