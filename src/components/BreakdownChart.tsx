import {
  Bar,
  BarChart,
  CartesianGrid,
  ErrorBar,
  LabelList,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useRef } from 'react';
import { useI18n } from '../i18n';
import { ChartExport } from './ChartExport';
import { DataTable } from './DataTable';
import { fileNamePart } from './download';
import { ExportMenu } from './ExportMenu';
import { PALETTE } from './formatValue';

export interface ChartRow {
  readonly key: string;
  /** The breakdown cell as the result names it (null for an unknown category). */
  readonly cell: string | null;
  readonly label: string;
  readonly value: number | null;
  readonly low: number | null;
  readonly high: number | null;
  readonly n: number | null;
  readonly suppressed: boolean;
}

interface Props {
  readonly title: string;
  readonly dimension: string;
  readonly rows: readonly ChartRow[];
  readonly format: (v: number | null) => string;
  readonly benchmark?: { value: number; label: string };
  readonly testId?: string;
  /** Opens the records behind a bar; not offered for suppressed cells. */
  readonly onSelect?: (row: ChartRow) => void;
  readonly selectLabel?: (row: ChartRow) => string;
  /** First part of the export file names; by default from the test id and the dimension. */
  readonly fileStem?: string;
}

/** Horizontal bars with intervals and a benchmark line, and the same figures as a table. */
export function BreakdownChart({
  title,
  dimension,
  rows,
  format,
  benchmark,
  testId,
  onSelect,
  selectLabel,
  fileStem,
}: Props) {
  const { t, integer } = useI18n();
  const canvas = useRef<HTMLDivElement>(null);
  const stem = fileStem ?? `pio-${testId ?? 'chart'}-${fileNamePart(dimension)}`;
  const data = rows.map((r) => ({
    ...r,
    plotted: r.suppressed ? 0 : (r.value ?? 0),
    error:
      r.low !== null && r.high !== null && r.value !== null
        ? [r.value - r.low, r.high - r.value]
        : [0, 0],
    shown: r.suppressed ? t('chart.suppressed') : format(r.value),
  }));
  const hasInterval = rows.some((r) => r.low !== null);
  const height = Math.max(120, rows.length * 34 + 40);
  return (
    <figure className="chart" data-testid={testId}>
      <figcaption>{title}</figcaption>
      <ChartExport
        chart={canvas}
        title={title}
        fileStem={stem}
        testId={testId ? `${testId}-image` : undefined}
      />
      <div className="chart-canvas" style={{ height }} ref={canvas}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart
            data={data}
            layout="vertical"
            margin={{ left: 8, right: 72, top: 8, bottom: 8 }}
          >
            <CartesianGrid horizontal={false} stroke="#e3e3e0" />
            <XAxis type="number" tickFormatter={(v: number) => format(v)} fontSize={12} />
            <YAxis type="category" dataKey="label" width={170} fontSize={12} />
            <Tooltip
              formatter={(_v, _n, item) => {
                const row = item.payload as (typeof data)[number];
                return [`${row.shown}${row.n !== null ? ` (n = ${integer(row.n)})` : ''}`, title];
              }}
            />
            {benchmark && (
              <ReferenceLine
                x={benchmark.value}
                stroke={PALETTE.benchmark}
                strokeDasharray="6 3"
                strokeWidth={2}
                label={{
                  value: benchmark.label,
                  position: 'top',
                  fill: PALETTE.benchmark,
                  fontSize: 11,
                }}
              />
            )}
            <Bar
              dataKey="plotted"
              isAnimationActive={false}
              fill={PALETTE.primary}
              cursor={onSelect ? 'pointer' : undefined}
              onClick={(_d, index) => {
                const row = rows[index];
                if (onSelect && row && !row.suppressed) onSelect(row);
              }}
            >
              {hasInterval && (
                <ErrorBar
                  dataKey="error"
                  width={8}
                  stroke="#1d1d1b"
                  strokeWidth={2}
                  direction="x"
                />
              )}
              <LabelList dataKey="shown" position="right" fontSize={12} fill="#1d1d1b" />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
      <details className="chart-table">
        <summary>{t('chart.table')}</summary>
        <DataTable
          caption={title}
          columns={[
            { key: 'label', label: dimension },
            { key: 'value', label: t('chart.value'), numeric: true },
            ...(hasInterval ? [{ key: 'interval', label: t('chart.interval') }] : []),
            { key: 'n', label: 'n', numeric: true, grouped: true },
          ]}
          rows={rows.map((r) => ({
            label: r.label,
            value: r.suppressed ? t('chart.suppressed') : format(r.value),
            interval:
              r.low !== null && r.high !== null ? `${format(r.low)} – ${format(r.high)}` : null,
            n: r.suppressed ? null : r.n,
          }))}
          rowAction={
            onSelect && selectLabel
              ? {
                  label: t('chart.records'),
                  render: (i) => {
                    const row = rows[i];
                    return row && !row.suppressed ? (
                      <button type="button" className="link" onClick={() => onSelect(row)}>
                        {selectLabel(row)}
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
            { name: 'category', label: dimension },
            { name: 'value', label: t('chart.value') },
            ...(hasInterval
              ? [
                  { name: 'ci_low', label: t('export.col.ciLow') },
                  { name: 'ci_high', label: t('export.col.ciHigh') },
                ]
              : []),
            { name: 'n', label: 'n' },
            { name: 'suppressed', label: t('export.col.suppressed') },
          ]}
          rows={rows.map((r) => ({
            category: r.label,
            value: r.suppressed ? null : r.value,
            ci_low: r.suppressed ? null : r.low,
            ci_high: r.suppressed ? null : r.high,
            n: r.suppressed ? null : r.n,
            suppressed: r.suppressed,
          }))}
        />
      </details>
    </figure>
  );
}
