import {
  Funnel,
  FunnelChart as RechartsFunnel,
  LabelList,
  ResponsiveContainer,
  Tooltip,
} from 'recharts';
import { useRef } from 'react';
import { useI18n } from '../i18n';
import { ChartExport } from './ChartExport';
import { DataTable } from './DataTable';
import { ExportMenu } from './ExportMenu';
import { PALETTE } from './formatValue';

export interface FunnelStage {
  readonly key: string;
  readonly label: string;
  readonly count: number;
}

interface Props {
  readonly title: string;
  readonly stages: readonly FunnelStage[];
  readonly onSelect?: (stage: FunnelStage) => void;
  readonly selectLabel?: (stage: FunnelStage) => string;
  readonly testId?: string;
}

const FILLS = [PALETTE.sky, PALETTE.primary, '#004b75'] as const;

/** Stages in order, each with its count, its share of the first stage and the step to the next. */
export function FunnelChart({ title, stages, onSelect, selectLabel, testId }: Props) {
  const { t, integer, percent } = useI18n();
  const canvas = useRef<HTMLDivElement>(null);
  const stem = `pio-${testId ?? 'chart-funnel'}`;
  const first = stages[0]?.count ?? 0;
  const data = stages.map((s, i) => ({
    ...s,
    fill: FILLS[Math.min(i, FILLS.length - 1)],
    shown: `${s.label}: ${integer(s.count)}`,
    share: i > 0 && first > 0 ? t('funnel.ofFirst', { share: percent(s.count / first) }) : '',
  }));
  return (
    <figure className="chart" data-testid={testId}>
      <figcaption>{title}</figcaption>
      <ChartExport
        chart={canvas}
        title={title}
        fileStem={stem}
        testId={testId ? `${testId}-image` : undefined}
      />
      <div className="chart-canvas" style={{ height: 60 + stages.length * 60 }} ref={canvas}>
        <ResponsiveContainer width="100%" height="100%">
          <RechartsFunnel margin={{ top: 8, bottom: 8, left: 8, right: 8 }}>
            <Tooltip formatter={(v) => integer(Number(v))} />
            <Funnel
              dataKey="count"
              nameKey="label"
              data={data}
              isAnimationActive={false}
              lastShapeType="rectangle"
              cursor={onSelect ? 'pointer' : undefined}
              onClick={(_d, index) => {
                const stage = stages[index];
                if (onSelect && stage) onSelect(stage);
              }}
            >
              <LabelList
                dataKey="shown"
                content={(props) => {
                  const stage = data[Number(props.index)];
                  if (!stage) return null;
                  const x = Number(props.x) + Number(props.width) / 2;
                  const y = Number(props.y) + Number(props.height) / 2;
                  // Two short lines rather than one long one: they fit the narrow last stage
                  // in either language.
                  return (
                    <text
                      className="funnel-label"
                      x={x}
                      y={stage.share ? y - 8 : y}
                      textAnchor="middle"
                      dominantBaseline="middle"
                      fill="#ffffff"
                    >
                      <tspan x={x} fontSize={13} fontWeight={600}>
                        {stage.shown}
                      </tspan>
                      {stage.share && (
                        <tspan x={x} dy={17} fontSize={11}>
                          {stage.share}
                        </tspan>
                      )}
                    </text>
                  );
                }}
              />
            </Funnel>
          </RechartsFunnel>
        </ResponsiveContainer>
      </div>
      <details className="chart-table">
        <summary>{t('chart.table')}</summary>
        <DataTable
          caption={title}
          columns={[
            { key: 'label', label: t('funnel.stage') },
            { key: 'count', label: t('chart.value'), numeric: true, grouped: true },
            { key: 'ofFirst', label: t('funnel.ofFirstColumn') },
            { key: 'step', label: t('funnel.stepColumn') },
          ]}
          rows={stages.map((s, i) => {
            const next = stages[i + 1];
            return {
              label: s.label,
              count: s.count,
              ofFirst: first > 0 ? percent(s.count / first) : null,
              step: next && s.count > 0 ? percent(next.count / s.count) : null,
            };
          })}
          rowAction={
            onSelect && selectLabel
              ? {
                  label: t('chart.records'),
                  render: (i) => {
                    const stage = stages[i];
                    return stage ? (
                      <button type="button" className="link" onClick={() => onSelect(stage)}>
                        {selectLabel(stage)}
                      </button>
                    ) : null;
                  },
                }
              : undefined
          }
        />
        <ExportMenu
          label={title}
          fileStem={stem}
          testId={testId ? `${testId}-table` : undefined}
          columns={[
            { name: 'stage', label: t('funnel.stage') },
            { name: 'count', label: t('chart.value') },
            { name: 'of_first', label: t('funnel.ofFirstColumn') },
            { name: 'step', label: t('funnel.stepColumn') },
          ]}
          rows={stages.map((s, i) => {
            const next = stages[i + 1];
            return {
              stage: s.label,
              count: s.count,
              of_first: first > 0 ? s.count / first : null,
              step: next && s.count > 0 ? next.count / s.count : null,
            };
          })}
        />
      </details>
    </figure>
  );
}
