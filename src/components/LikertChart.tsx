import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
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
import { ExportMenu } from './ExportMenu';

export interface LikertChartRow {
  readonly key: string;
  /** A short name for the axis, and the question as asked for the table and tooltip. */
  readonly label: string;
  readonly fullLabel: string;
  /** Respondents per point 1..5, or null when hidden. */
  readonly counts: readonly number[] | null;
  readonly n: number | null;
  readonly notApplicable: number | null;
  readonly suppressed: boolean;
}

/** Purple-orange diverging scheme (ColorBrewer PuOr), readable with colour-blindness. */
const COLOURS = ['#b35806', '#f1a340', '#bababa', '#998ec3', '#542788'] as const;

interface Props {
  readonly title: string;
  readonly rows: readonly LikertChartRow[];
  /** The five points' names, 1 to 5. */
  readonly points: readonly string[];
  readonly onSelect?: (row: LikertChartRow, point: number) => void;
  readonly testId?: string;
}

/**
 * Diverging stacked bars: disagreement to the left of zero, agreement to the right, the
 * neutral point split over both sides, each as a share of the scored answers.
 */
export function LikertChart({ title, rows, points, onSelect, testId }: Props) {
  const { t, percent, integer } = useI18n();
  const canvas = useRef<HTMLDivElement>(null);
  const stem = `pio-${testId ?? 'chart-likert'}`;
  const data = rows.map((r) => {
    const share = (i: number) => (r.counts && r.n ? (r.counts[i] ?? 0) / r.n : 0);
    return {
      label: r.suppressed
        ? `${r.label} · ${t('chart.suppressed')}`
        : `${r.label} (n = ${integer(r.n ?? 0)})`,
      fullLabel: r.fullLabel,
      p1: -share(0),
      p2: -share(1),
      p3neg: -share(2) / 2,
      p3pos: share(2) / 2,
      p4: share(3),
      p5: share(4),
    };
  });
  const segment = (point: number) => (_d: unknown, index: number) => {
    const row = rows[index];
    if (onSelect && row && !row.suppressed) onSelect(row, point);
  };
  const cursor = onSelect ? 'pointer' : undefined;
  const height = Math.max(140, rows.length * 48 + 90);
  const bar = (key: string, point: number, name: string | undefined) => (
    <Bar
      key={key}
      dataKey={key}
      name={name ?? ''}
      legendType={name === undefined ? 'none' : 'square'}
      stackId="likert"
      fill={COLOURS[point - 1]}
      isAnimationActive={false}
      cursor={cursor}
      onClick={segment(point)}
    />
  );
  return (
    <figure className="chart" data-testid={testId}>
      <figcaption>{title}</figcaption>
      <ChartExport
        chart={canvas}
        title={title}
        legend={points.map((label, i) => ({ label, colour: COLOURS[i] ?? '#bababa' }))}
        fileStem={stem}
        testId={testId ? `${testId}-image` : undefined}
      />
      <div className="chart-canvas" style={{ height }} ref={canvas}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart
            data={data}
            layout="vertical"
            stackOffset="sign"
            margin={{ left: 8, right: 24, top: 8, bottom: 8 }}
          >
            <CartesianGrid horizontal={false} stroke="#e3e3e0" />
            <XAxis
              type="number"
              domain={[-1, 1]}
              ticks={[-1, -0.5, 0, 0.5, 1]}
              tickFormatter={(v: number) => percent(Math.abs(v), 0)}
              fontSize={12}
            />
            <YAxis type="category" dataKey="label" width={280} fontSize={12} />
            <ReferenceLine x={0} stroke="#1d1d1b" />
            <Tooltip
              labelFormatter={(_l, payload) => {
                const first = payload[0] as { payload?: { fullLabel?: string } } | undefined;
                return first?.payload?.fullLabel ?? '';
              }}
              formatter={(v, name) => [
                percent(Math.abs(Number(v)) * (name === points[2] ? 2 : 1)),
                name,
              ]}
            />
            <Legend
              content={() => (
                <ul className="chart-legend">
                  {points.map((p, i) => (
                    <li key={p}>
                      <span
                        className="swatch"
                        style={{ background: COLOURS[i] }}
                        aria-hidden="true"
                      />
                      {p}
                    </li>
                  ))}
                </ul>
              )}
            />
            {bar('p3neg', 3, undefined)}
            {bar('p2', 2, points[1])}
            {bar('p1', 1, points[0])}
            {bar('p3pos', 3, points[2])}
            {bar('p4', 4, points[3])}
            {bar('p5', 5, points[4])}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <details className="chart-table">
        <summary>{t('chart.table')}</summary>
        <DataTable
          caption={title}
          columns={[
            { key: 'label', label: t('likert.question') },
            ...points.map((p, i) => ({ key: `p${String(i + 1)}`, label: p, numeric: true })),
            { key: 'n', label: 'n', numeric: true, grouped: true },
            { key: 'na', label: t('likert.notApplicable'), numeric: true, grouped: true },
          ]}
          rows={rows.map((r) => ({
            label: r.fullLabel,
            ...Object.fromEntries(
              points.map((_p, i) => [
                `p${String(i + 1)}`,
                r.counts && r.n
                  ? `${percent((r.counts[i] ?? 0) / r.n)} (${integer(r.counts[i] ?? 0)})`
                  : r.suppressed
                    ? t('chart.suppressed')
                    : null,
              ]),
            ),
            n: r.n,
            na: r.notApplicable,
          }))}
        />
        <ExportMenu
          label={title}
          fileStem={stem}
          testId={testId ? `${testId}-table` : undefined}
          columns={[
            { name: 'question', label: t('likert.question') },
            ...points.map((p, i) => ({ name: `p${String(i + 1)}`, label: p })),
            { name: 'n', label: 'n' },
            { name: 'na', label: t('likert.notApplicable') },
            { name: 'suppressed', label: t('export.col.suppressed') },
          ]}
          rows={rows.map((r) => ({
            question: r.fullLabel,
            ...Object.fromEntries(
              points.map((_p, i) => [`p${String(i + 1)}`, r.counts?.[i] ?? null]),
            ),
            n: r.n,
            na: r.notApplicable,
            suppressed: r.suppressed,
          }))}
        />
      </details>
    </figure>
  );
}
