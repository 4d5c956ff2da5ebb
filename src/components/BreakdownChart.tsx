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
  type BarShapeProps,
} from 'recharts';
import { useRef, useState } from 'react';
import { useI18n } from '../i18n';
import { ChartExport } from './ChartExport';
import { DataTable } from './DataTable';
import { fileNamePart } from './download';
import { ExportMenu } from './ExportMenu';
import { niceScale } from '../lib/ticks';
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
  /**
   * The number of cases the value is computed on, where it is not `n` (a share of all answers
   * in a breakdown by answer): what decides whether the value is uncertain.
   */
  readonly base?: number | null;
  readonly suppressed: boolean;
}

interface Props {
  readonly title: string;
  readonly dimension: string;
  readonly rows: readonly ChartRow[];
  readonly format: (v: number | null) => string;
  /** An axis tick, given the step between ticks: as few decimals as the round step needs. */
  readonly formatTick: (v: number, step: number) => string;
  /**
   * A reference value, drawn across every category or, with `keys`, only on the categories it
   * describes (the share abroad is no benchmark for Flanders).
   */
  readonly benchmark?: { value: number; label: string; keys?: readonly string[] };
  /**
   * Cells computed on fewer cases than this are drawn as uncertain, their n beside their
   * value (a share or a mean of three is no finding); none for counts.
   */
  readonly uncertainBelow?: number;
  readonly testId?: string;
  /** Opens the records behind a bar; not offered for suppressed cells. */
  readonly onSelect?: (row: ChartRow) => void;
  readonly selectLabel?: (row: ChartRow) => string;
  /** First part of the export file names; by default from the test id and the dimension. */
  readonly fileStem?: string;
}

const MARGIN = { left: 8, right: 140, top: 26, bottom: 8 };
const CATEGORY_WIDTH = 170;
const ROW_HEIGHT = 34;

/**
 * Horizontal bars with intervals and a benchmark, and the same figures as a table. The values
 * stand in a column of their own right of the plot, so no whisker or mark ever covers them.
 */
export function BreakdownChart({
  title,
  dimension,
  rows,
  format,
  formatTick,
  benchmark,
  uncertainBelow = 0,
  testId,
  onSelect,
  selectLabel,
  fileStem,
}: Props) {
  const { t, integer } = useI18n();
  const canvas = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  const stem = fileStem ?? `pio-${testId ?? 'chart'}-${fileNamePart(dimension)}`;
  const baseOf = (r: ChartRow) => (r.base === undefined ? r.n : r.base);
  const uncertain = (r: ChartRow) => {
    const base = baseOf(r);
    return !r.suppressed && base !== null && base < uncertainBelow;
  };
  const data = rows.map((r) => ({
    ...r,
    plotted: r.suppressed ? 0 : (r.value ?? 0),
    error:
      r.low !== null && r.high !== null && r.value !== null
        ? [r.value - r.low, r.high - r.value]
        : [0, 0],
    shown: r.suppressed
      ? t('chart.suppressed')
      : uncertain(r)
        ? t('chart.smallCell', { value: format(r.value), n: baseOf(r) ?? 0 })
        : format(r.value),
  }));
  const hasInterval = rows.some((r) => r.low !== null);
  const visible = rows.filter((r) => !r.suppressed);
  const scale = niceScale(
    Math.min(...visible.map((r) => Math.min(r.low ?? 0, r.value ?? 0)), benchmark?.value ?? 0),
    Math.max(...visible.map((r) => Math.max(r.high ?? 0, r.value ?? 0)), benchmark?.value ?? 0),
  );
  const plotLeft = MARGIN.left + CATEGORY_WIDTH;
  const plotRight = width - MARGIN.right;
  const xOf = (v: number) =>
    plotLeft + ((v - scale.min) / (scale.max - scale.min)) * (plotRight - plotLeft);
  const marks = (key: string) => benchmark && (benchmark.keys?.includes(key) ?? false);
  const height = Math.max(120, rows.length * ROW_HEIGHT + MARGIN.top + 40);
  if (rows.length > 0 && visible.length === 0) {
    return (
      <figure className="chart" data-testid={testId}>
        <figcaption>{title}</figcaption>
        <p className="chart-empty" data-testid={testId ? `${testId}-all-hidden` : undefined}>
          {t('chart.allHidden', { n: rows.length })}
        </p>
      </figure>
    );
  }
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
        <ResponsiveContainer width="100%" height="100%" onResize={(w) => setWidth(w)}>
          <BarChart data={data} layout="vertical" margin={MARGIN}>
            <CartesianGrid horizontal={false} stroke="#e3e3e0" />
            <XAxis
              type="number"
              domain={[scale.min, scale.max]}
              ticks={[...scale.ticks]}
              tickFormatter={(v: number) => formatTick(v, scale.step)}
              fontSize={12}
            />
            <YAxis type="category" dataKey="label" width={CATEGORY_WIDTH} fontSize={12} />
            <Tooltip
              formatter={(_v, _n, item) => {
                const row = item.payload as (typeof data)[number];
                return [`${row.shown}${row.n !== null ? ` (n = ${integer(row.n)})` : ''}`, title];
              }}
            />
            {benchmark && !benchmark.keys && (
              <ReferenceLine
                x={benchmark.value}
                stroke={PALETTE.benchmark}
                strokeDasharray="6 3"
                strokeWidth={2}
              />
            )}
            <Bar
              dataKey="plotted"
              isAnimationActive={false}
              fill={PALETTE.primary}
              cursor={onSelect ? 'pointer' : undefined}
              shape={(props: BarShapeProps) => {
                const row = data[props.index];
                const unsure = row !== undefined && uncertain(row);
                return (
                  <rect
                    x={props.x}
                    y={props.y}
                    width={Math.max(0, props.width)}
                    height={props.height}
                    fill={PALETTE.primary}
                    fillOpacity={unsure ? 0.35 : 1}
                    stroke={unsure ? PALETTE.primary : undefined}
                    strokeDasharray={unsure ? '4 2' : undefined}
                    className={unsure ? 'bar bar-uncertain' : 'bar'}
                  />
                );
              }}
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
              <LabelList
                dataKey="shown"
                content={(props) => {
                  const index = Number(props.index);
                  const row = data[index];
                  if (!row || width === 0) return null;
                  const y = Number(props.y);
                  const h = Number(props.height);
                  return (
                    <g>
                      {marks(row.key) && benchmark && (
                        <line
                          className="benchmark-mark"
                          x1={xOf(benchmark.value)}
                          x2={xOf(benchmark.value)}
                          y1={y - 4}
                          y2={y + h + 4}
                          stroke={PALETTE.benchmark}
                          strokeDasharray="4 2"
                          strokeWidth={2}
                        />
                      )}
                      <text
                        className="bar-value"
                        x={plotRight + 10}
                        y={y + h / 2}
                        dominantBaseline="middle"
                        fontSize={12}
                        fill="#1d1d1b"
                      >
                        {row.shown}
                      </text>
                    </g>
                  );
                }}
              />
            </Bar>
            {benchmark && width > 0 && (
              <text
                className="benchmark-label"
                x={xOf(benchmark.value)}
                y={MARGIN.top - 8}
                textAnchor={xOf(benchmark.value) > (plotLeft + plotRight) / 2 ? 'end' : 'start'}
                fontSize={11}
                fill={PALETTE.benchmark}
              >
                {benchmark.label}
              </text>
            )}
          </BarChart>
        </ResponsiveContainer>
      </div>
      {rows.some(uncertain) && (
        <p className="chart-note">{t('chart.uncertainNote', { n: uncertainBelow })}</p>
      )}
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
