import { lazy, Suspense, useEffect, useState } from 'react';
import { DrillDown, type DrillTarget } from './DrillDown';
import type { ChartRow } from '../components/BreakdownChart';
import { formatTick, formatValue } from '../components/formatValue';
import { KpiCard } from '../components/KpiCard';
import { dimensionLabel, useI18n, valueLabel, type I18n } from '../i18n';
import { isLoaded, type DataIdentity } from '../queries/dataset';
import { noteEarlyFigureShown, useEarlyFigure } from '../queries/earlyFigures';
import {
  indicatorById,
  useIndicator,
  type BreakdownKey,
  type Filters,
  type IndicatorDef,
  type IndicatorResult,
} from '../queries/indicators';
import { useDataLabels } from '../queries/labels';
import type { DataLabels } from '../model';
import { trendKey } from '../queries/overview';
import { categoryLabel, categoryRank, roundLabel } from './categoryLabels';

/** Charts load with the first view that shows one: the overview's figures do not wait for them. */
const BreakdownChart = lazy(() =>
  import('../components/BreakdownChart').then((m) => ({ default: m.BreakdownChart })),
);

function details(i18n: I18n, labels: DataLabels, def: IndicatorDef, r: IndicatorResult): string[] {
  const out: string[] = def.countOf ? [def.countOf[i18n.lang]] : [];
  const fmt = (v: number | null) => formatValue(i18n, def.unit, v);
  if (
    (def.statistic === 'share' || def.statistic === 'survey_share' || def.statistic === 'rate') &&
    r.numerator !== null &&
    r.denominator !== null &&
    def.unit === 'share' &&
    def.id !== 'B13' &&
    def.id !== 'B15'
  ) {
    out.push(
      i18n.t('kpi.of', { num: i18n.integer(r.numerator), den: i18n.integer(r.denominator) }),
    );
  } else if (r.n !== null && def.statistic !== 'count') {
    out.push(i18n.t('kpi.n', { n: i18n.integer(r.n) }));
  }
  if (r.ci) out.push(i18n.t('kpi.ci', { low: fmt(r.ci.low), high: fmt(r.ci.high) }));
  for (const rate of r.responseRates.filter((x) => x.latest)) {
    out.push(
      i18n.t('kpi.responseRate', {
        survey: roundLabel(i18n, labels, rate.surveyId),
        rate: rate.rr1 === null ? i18n.t('kpi.rateUnknown') : i18n.percent(rate.rr1),
      }),
    );
  }
  return out;
}

function notes(i18n: I18n, labels: DataLabels, r: IndicatorResult): string[] {
  const out = r.notes.map((n) =>
    i18n.t(`note.${n}`, {
      columns: (r.absentColumns ?? []).join(', '),
      message: r.error ?? '',
      surveys: r.responseRates
        .filter((x) => x.rr1 === null)
        .map((x) => roundLabel(i18n, labels, x.surveyId))
        .join(', '),
    }),
  );
  if (r.filtersNotApplied.length > 0) {
    out.push(
      i18n.t('note.filtersNotApplied', {
        filters: r.filtersNotApplied.map((k) => dimensionLabel(i18n.lang, k)).join(', '),
      }),
    );
  }
  return out;
}

/** Statistics whose value is a share of a denominator. */
const SHARES: ReadonlySet<IndicatorDef['statistic']> = new Set(['share', 'survey_share', 'rate']);

function chartRows(
  i18n: I18n,
  labels: DataLabels,
  def: IndicatorDef,
  r: IndicatorResult,
): ChartRow[] {
  const rank = categoryRank(labels, r.breakdownKey);
  const rows = rank ? [...r.breakdown].sort((a, b) => rank(a.key) - rank(b.key)) : r.breakdown;
  return rows.map((b) => ({
    key: b.key ?? '',
    cell: b.key,
    label: categoryLabel(i18n, labels, r.breakdownKey, b.key),
    value: b.value,
    low: b.ci?.low ?? null,
    high: b.ci?.high ?? null,
    n: b.n,
    // A share is as certain as its denominator: a share of all answers is no small cell.
    base: SHARES.has(def.statistic) ? (b.denominator ?? b.n) : b.n,
    suppressed: b.suppressed,
  }));
}

/** A share, mean or score of fewer cases than this is drawn as uncertain, with its n. */
const UNCERTAIN_BELOW = 10;

/** The benchmark a chart draws: on the categories it describes, under this breakdown. */
function chartBenchmark(
  i18n: I18n,
  def: IndicatorDef,
  breakdown: BreakdownKey | null,
): { value: number; label: string; keys?: readonly string[] } | undefined {
  const b = def.benchmark;
  if (!b || def.unit !== 'share') return undefined;
  const label = i18n.t('chart.benchmark', { value: i18n.percent(b.value) });
  if (!b.only) return { value: b.value, label };
  if (b.only.breakdown !== breakdown) return undefined;
  return {
    value: b.value,
    label: i18n.t('chart.benchmarkFor', {
      value: i18n.percent(b.value),
      categories: b.only.keys.map((k) => valueLabel(i18n.lang, k)).join(', '),
    }),
    keys: b.only.keys,
  };
}

interface Props {
  /** The loaded data, or on the overview while the engine starts, what it will be. */
  readonly dataset: DataIdentity;
  readonly id: string;
  readonly filters: Filters;
  readonly catalogueHref: (id: string) => string;
  readonly sqlHref?: (id: string) => string;
  /** Show the breakdown as a chart with a choice of breakdown (question views). */
  readonly withChart?: boolean;
}

export function IndicatorCard({ dataset, id, filters, catalogueHref, sqlHref, withChart }: Props) {
  const i18n = useI18n();
  const def = indicatorById(id);
  const [chosen, setChosen] = useState<BreakdownKey | null>(null);
  const [target, setTarget] = useState<DrillTarget | null>(null);
  const breakdown = withChart
    ? (chosen ?? def?.defaultBreakdown ?? null)
    : def
      ? trendKey(def)
      : null;
  const labels = useDataLabels(dataset);
  const early = useEarlyFigure(dataset, filters, id, breakdown);
  const q = useIndicator(dataset, id, filters, breakdown, early);
  const r = q.data;
  const provisional = q.isPlaceholderData && early !== undefined && r === early;
  useEffect(() => {
    if (provisional) noteEarlyFigureShown();
  }, [provisional]);
  if (!def) return null;
  const fmt = (v: number | null) => formatValue(i18n, def.unit, v);
  const benchmark = def.benchmark
    ? i18n.t('kpi.benchmark', { label: def.benchmark.label[i18n.lang] })
    : undefined;
  const ordered = r && !withChart ? chartRows(i18n, labels, def, r) : [];
  const trend =
    ordered.filter((b) => !b.suppressed && b.value !== null).length > 1
      ? {
          points: ordered.map((b) => ({
            label: b.label,
            value: b.suppressed ? null : b.value,
            shown: b.suppressed ? '–' : fmt(b.value),
          })),
          benchmark: def.benchmark && !def.benchmark.only ? def.benchmark.value : undefined,
          caveat: def.trendCaveat?.[i18n.lang],
        }
      : undefined;
  return (
    <KpiCard
      id={def.id}
      title={def.title[i18n.lang]}
      value={r ? fmt(r.value) : q.isError ? '–' : '…'}
      details={r ? details(i18n, labels, def, r) : []}
      benchmark={benchmark}
      trend={trend}
      notes={[
        ...(r ? notes(i18n, labels, r) : []),
        ...(q.isError ? [i18n.t('kpi.failed', { message: q.error.message })] : []),
      ]}
      catalogueHref={catalogueHref(def.id)}
      sqlHref={sqlHref?.(def.id)}
      loading={q.isFetching}
      provisional={provisional ? i18n.t('kpi.provisional') : undefined}
      onDrillDown={
        r && isLoaded(dataset) && !q.isPlaceholderData && !r.notes.includes('not_datable')
          ? () => setTarget({ scope: { cell: false }, label: i18n.t('drill.scopeAll') })
          : undefined
      }
    >
      {target && r && isLoaded(dataset) && (
        <DrillDown
          dataset={dataset}
          def={def}
          filters={filters}
          result={r}
          target={target}
          onClose={() => setTarget(null)}
        />
      )}
      {withChart && r && (
        <>
          <label className="breakdown-choice">
            {i18n.t('kpi.breakdown')}{' '}
            <select
              value={breakdown ?? ''}
              onChange={(e) => setChosen(e.target.value as BreakdownKey)}
            >
              {(Object.keys(def.breakdowns) as BreakdownKey[]).map((k) => (
                <option key={k} value={k}>
                  {dimensionLabel(i18n.lang, k)}
                </option>
              ))}
            </select>
          </label>
          {r.breakdown.length > 0 && (
            <Suspense fallback={null}>
              <BreakdownChart
                title={`${def.title[i18n.lang]} · ${dimensionLabel(i18n.lang, breakdown ?? '')}`}
                dimension={dimensionLabel(i18n.lang, breakdown ?? '')}
                rows={chartRows(i18n, labels, def, r)}
                format={fmt}
                formatTick={(v, step) => formatTick(i18n, def.unit, v, step)}
                benchmark={chartBenchmark(i18n, def, breakdown)}
                uncertainBelow={def.statistic === 'count' ? 0 : UNCERTAIN_BELOW}
                testId={`chart-${def.id}`}
                onSelect={(row) =>
                  setTarget({
                    scope: { cell: true, key: row.cell },
                    label: i18n.t('drill.scopeCell', {
                      dimension: dimensionLabel(i18n.lang, breakdown ?? ''),
                      cell: row.label,
                    }),
                  })
                }
                selectLabel={(row) => i18n.t('drill.openCell', { cell: row.label })}
              />
            </Suspense>
          )}
        </>
      )}
    </KpiCard>
  );
}
