import type { ReactNode } from 'react';
import { useI18n } from '../i18n';
import { Sparkline, type TrendPoint } from './Sparkline';

export interface KpiCardProps {
  readonly id: string;
  readonly title: string;
  readonly value: string;
  /** Lines under the value: n, interval, response rate. */
  readonly details: readonly string[];
  readonly benchmark?: string;
  /** The figure over the years or rounds, as a sparkline with its first and last values. */
  readonly trend?: {
    readonly points: readonly TrendPoint[];
    /** The benchmark's value, drawn on the line where it describes the headline. */
    readonly benchmark?: number;
    /** What a reader of the trend must know (the last years are not comparable yet). */
    readonly caveat?: string;
  };
  readonly notes?: readonly string[];
  readonly catalogueHref: string;
  /** Opens the figure's SQL, under the active filters, in the explorer. */
  readonly sqlHref?: string;
  readonly loading?: boolean;
  /** Why the figure is not yet the engine's own (computed ahead, being confirmed). */
  readonly provisional?: string;
  /** Opens the records behind the figure. */
  readonly onDrillDown?: () => void;
  readonly children?: ReactNode;
}

export function KpiCard(p: KpiCardProps) {
  const { t } = useI18n();
  return (
    <article
      className={p.provisional ? 'kpi-card kpi-provisional' : 'kpi-card'}
      data-testid={`kpi-${p.id}`}
      aria-busy={p.loading ? true : undefined}
      aria-labelledby={`kpi-${p.id}-title`}
    >
      <h3 id={`kpi-${p.id}-title`}>
        <span className="kpi-id">{p.id}</span> {p.title}
      </h3>
      <p className="kpi-value" data-testid={`kpi-${p.id}-value`}>
        {p.value}
      </p>
      {p.provisional && (
        <p className="kpi-provisional-note" data-testid={`kpi-${p.id}-provisional`}>
          {p.provisional}
        </p>
      )}
      {p.details.length > 0 && (
        <ul className="kpi-details">
          {p.details.map((d) => (
            <li key={d}>{d}</li>
          ))}
        </ul>
      )}
      {p.benchmark && <p className="kpi-benchmark">{p.benchmark}</p>}
      {p.trend && p.trend.points.length > 1 && (
        <div className="kpi-trend">
          <Sparkline
            points={p.trend.points}
            benchmark={p.trend.benchmark}
            label={`${t('kpi.trend')}: ${p.trend.points.map((x) => `${x.label} ${x.shown}`).join(', ')}`}
            testId={`kpi-${p.id}-trend`}
          />
          {p.trend.caveat && <p className="kpi-note kpi-trend-caveat">{p.trend.caveat}</p>}
        </div>
      )}
      {p.notes?.map((n) => (
        <p key={n} className="kpi-note">
          {n}
        </p>
      ))}
      {p.children}
      <p className="kpi-links">
        {p.onDrillDown && (
          <button
            type="button"
            className="link kpi-records"
            onClick={p.onDrillDown}
            data-testid={`kpi-${p.id}-records`}
          >
            {t('drill.open')}
          </button>
        )}
        <a className="kpi-definition" href={p.catalogueHref}>
          {t('kpi.definition')}
        </a>
        {p.sqlHref && (
          <a
            className="kpi-sql"
            href={p.sqlHref}
            aria-label={t('kpi.showSqlOf', { id: p.id })}
            data-testid={`kpi-${p.id}-sql`}
          >
            {t('kpi.showSql')}
          </a>
        )}
      </p>
    </article>
  );
}
