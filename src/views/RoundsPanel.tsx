import { useQuery } from '@tanstack/react-query';
import { useI18n, valueLabel } from '../i18n';
import type { LoadedDataset } from '../queries/dataset';
import { roundsQuery, useWorkspaceActions } from '../queries/workspace';

interface Props {
  readonly dataset: LoadedDataset;
  readonly busy: boolean;
  readonly run: (task: () => Promise<string>) => Promise<void>;
  /** Opens the import view to replace a round. */
  readonly onReplace: (surveyId: string) => void;
}

/** Every survey round loaded, the demo's included: where it comes from, remove, replace. */
export function RoundsPanel({ dataset, busy, run, onReplace }: Props) {
  const { t, lang, integer, date } = useI18n();
  const actions = useWorkspaceActions();
  const rounds = useQuery(roundsQuery(dataset.version));
  const ws = dataset.workspace;
  const sourceOf = (surveyId: string): string => {
    const imp = ws.imports.find((i) => i.surveyId === surveyId);
    if (imp) return imp.fileName;
    const table = ws.tables.find((x) => x.table === 'surveys');
    return table ? table.fileName : t('rounds.demo');
  };
  return (
    <section aria-labelledby="rounds-title" data-testid="rounds">
      <h3 id="rounds-title">{t('rounds.title')}</h3>
      {rounds.data && rounds.data.length === 0 ? (
        <p>{t('rounds.none')}</p>
      ) : (
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="rounds-title">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('rounds.code')}</th>
                <th scope="col">{t('rounds.name')}</th>
                <th scope="col">{t('rounds.audience')}</th>
                <th scope="col">{t('rounds.fieldworkEnd')}</th>
                <th scope="col" className="num">
                  {t('rounds.responses')}
                </th>
                <th scope="col" className="num">
                  {t('rounds.invited')}
                </th>
                <th scope="col">{t('rounds.source')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('workspace.remove')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {(rounds.data ?? []).map((r) => (
                <tr key={r.surveyId} data-survey={r.surveyId}>
                  <td>{r.surveyId}</td>
                  <td>{r.name}</td>
                  <td>{valueLabel(lang, r.audience)}</td>
                  <td>{date(r.fieldworkEnd)}</td>
                  <td className="num">{integer(r.responses)}</td>
                  <td className="num">
                    {r.populationN === null ? t('rounds.unknown') : integer(r.populationN)}
                  </td>
                  <td>{sourceOf(r.surveyId)}</td>
                  <td className="row-actions">
                    <button type="button" disabled={busy} onClick={() => onReplace(r.surveyId)}>
                      {t('workspace.replace')}
                    </button>{' '}
                    <button
                      type="button"
                      disabled={busy}
                      onClick={() => {
                        const question = t('rounds.confirmRemove', {
                          survey: r.surveyId,
                          name: r.name,
                        });
                        if (!window.confirm(question)) return;
                        void run(async () => {
                          await actions.removeSurvey(r.surveyId);
                          return t('workspace.removed', { survey: r.surveyId });
                        });
                      }}
                    >
                      {t('workspace.remove')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
