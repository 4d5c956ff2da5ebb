import { useEffect, useRef } from 'react';
import { RecordTable } from '../components/RecordTable';
import { useI18n } from '../i18n';
import type { LoadedDataset } from '../queries/dataset';
import type { Filters, IndicatorDef, IndicatorResult } from '../queries/indicators';
import {
  RecordsRefusedError,
  useRecords,
  type RecordScope,
  type RecordSet,
} from '../queries/records';
import { exportContextOf } from './exportContextOf';

export interface DrillTarget {
  readonly scope: RecordScope;
  /** How the cell reads on screen, e.g. "Type organisatie: Gemeente". */
  readonly label: string;
}

interface Props {
  readonly dataset: LoadedDataset;
  readonly def: IndicatorDef;
  readonly filters: Filters;
  readonly result: IndicatorResult;
  readonly target: DrillTarget;
  readonly onClose: () => void;
}

/** The records behind an indicator's figure or one of its chart marks. */
export function DrillDown({ dataset, def, filters, result, target, onClose }: Props) {
  const i18n = useI18n();
  const q = useRecords(dataset, def, filters, result, target.scope);
  return (
    <RecordsDialog
      title={i18n.t('drill.title', { id: def.id, title: def.title[i18n.lang] })}
      label={target.label}
      fileStem={`pio-records-${def.id}`}
      dataset={dataset}
      filters={filters}
      survey={def.survey === true}
      query={q}
      onClose={onClose}
    />
  );
}

interface DialogProps {
  readonly title: string;
  readonly label: string;
  readonly fileStem: string;
  /** The data and filters the records come from, for the export's first lines. */
  readonly dataset: LoadedDataset;
  readonly filters: Filters;
  /** Survey records: say what is left out for the respondents' sake. */
  readonly survey: boolean;
  readonly query: {
    readonly data?: RecordSet;
    readonly error: Error | null;
    readonly isPending: boolean;
  };
  readonly onClose: () => void;
}

/** Records in a modal dialog: what they are, how many against the figure, and a table. */
export function RecordsDialog({
  title,
  label,
  fileStem,
  dataset,
  filters,
  survey,
  query,
  onClose,
}: DialogProps) {
  const i18n = useI18n();
  const { t, integer } = i18n;
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  const set = query.data;
  const error = query.error;
  const context = exportContextOf(i18n, dataset, filters, { title, scope: label });
  return (
    <dialog
      ref={ref}
      className="drill-down"
      aria-labelledby="drill-title"
      data-testid="drill-down"
      onClose={onClose}
    >
      <header>
        <h2 id="drill-title">{title}</h2>
        <button type="button" onClick={() => ref.current?.close()} autoFocus>
          {t('drill.close')}
        </button>
      </header>
      <p className="drill-scope">{label}</p>
      {query.isPending && <p role="status">{t('drill.loading')}</p>}
      {error instanceof RecordsRefusedError && (
        <p role="alert" className="drill-refused" data-testid="drill-refused">
          {t(`drill.refused.${error.reason}`)}
        </p>
      )}
      {error && !(error instanceof RecordsRefusedError) && (
        <p role="alert">{t('drill.failed', { message: error.message })}</p>
      )}
      {set && (
        <>
          <p data-testid="drill-count">
            {t('drill.count', {
              rows: set.rows.length,
              entity: t(`entity.${set.entity}`),
              measure: t(`drill.measure.${set.equals}`),
              expected: set.expected === null ? '–' : integer(set.expected),
            })}
          </p>
          {survey && <p className="drill-privacy">{t('drill.privacy')}</p>}
          <RecordTable
            caption={`${title} · ${label}`}
            columns={set.columns}
            rows={set.rows}
            fileStem={`${fileStem}-${label}`}
            context={context}
            testId="drill-table"
          />
        </>
      )}
    </dialog>
  );
}
