import { useState } from 'react';
import { useI18n } from '../i18n';

export interface FilterOption {
  readonly value: string;
  readonly label: string;
}

export interface FilterGroup {
  readonly key: string;
  readonly label: string;
  readonly options: readonly FilterOption[];
  readonly selected: readonly string[];
}

interface Props {
  /** The reference date (YYYY-MM-DD), or null for the latest data. */
  readonly asOf: string | null;
  /** The date of the Evaluation 2022 preset. */
  readonly evaluationDate: string;
  readonly onAsOfChange: (value: string | null) => void;
  readonly groups: readonly FilterGroup[];
  readonly onGroupChange: (key: string, values: string[]) => void;
  readonly onReset: () => void;
}

/** Today as a Belgian calendar date. */
function today(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${String(d.getFullYear())}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

export function FilterBar({
  asOf,
  evaluationDate,
  onAsOfChange,
  groups,
  onGroupChange,
  onReset,
}: Props) {
  const { t } = useI18n();
  // Chosen on purpose, a date stays a date of its own even when it equals a preset's.
  const [custom, setCustom] = useState(false);
  const preset =
    !custom && asOf === null
      ? 'latest'
      : !custom && asOf === evaluationDate
        ? 'evaluation2022'
        : 'date';
  return (
    <form
      className="filter-bar"
      aria-label={t('filter.label')}
      data-testid="filter-bar"
      onSubmit={(e) => e.preventDefault()}
    >
      <div className="filter-asof">
        <label htmlFor="filter-asof">{t('filter.asOf')}</label>
        <select
          id="filter-asof"
          value={preset}
          data-testid="filter-asof"
          onChange={(e) => {
            const v = e.target.value;
            setCustom(v === 'date');
            onAsOfChange(
              v === 'latest' ? null : v === 'evaluation2022' ? evaluationDate : (asOf ?? today()),
            );
          }}
        >
          <option value="latest">{t('filter.latest')}</option>
          <option value="evaluation2022">{t('filter.evaluation2022')}</option>
          <option value="date">{t('filter.date')}</option>
        </select>
        {preset === 'date' && (
          <input
            type="date"
            aria-label={t('filter.date')}
            data-testid="filter-date"
            value={asOf ?? ''}
            onChange={(e) => {
              if (e.target.value) {
                setCustom(true);
                onAsOfChange(e.target.value);
              }
            }}
          />
        )}
      </div>
      {groups.map((g) => (
        <details key={g.key} className="filter-group" data-filter={g.key}>
          <summary>
            {g.label}
            {g.selected.length > 0 && <span className="filter-count"> ({g.selected.length})</span>}
          </summary>
          <fieldset>
            <legend className="visually-hidden">{g.label}</legend>
            {g.options.map((o) => {
              const checked = g.selected.includes(o.value);
              return (
                <label key={o.value} className="filter-option">
                  <input
                    type="checkbox"
                    value={o.value}
                    checked={checked}
                    onChange={() =>
                      onGroupChange(
                        g.key,
                        checked
                          ? g.selected.filter((v) => v !== o.value)
                          : [...g.selected, o.value],
                      )
                    }
                  />{' '}
                  {o.label}
                </label>
              );
            })}
          </fieldset>
        </details>
      ))}
      <button
        type="button"
        className="filter-reset"
        onClick={() => {
          setCustom(false);
          onReset();
        }}
      >
        {t('filter.reset')}
      </button>
    </form>
  );
}

export function ActiveFilters({ items }: { items: readonly { label: string; value: string }[] }) {
  const { t } = useI18n();
  return (
    <p className="active-filters" data-testid="active-filters">
      <strong>{t('filter.active')}:</strong>{' '}
      {items.map((i, n) => (
        <span key={i.label}>
          {n > 0 && ' · '}
          {i.label}: {i.value}
        </span>
      ))}
    </p>
  );
}
