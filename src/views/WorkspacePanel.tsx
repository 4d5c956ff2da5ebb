import { useState } from 'react';
import { downloadText, fileNamePart } from '../components/download';
import { FileDrop } from '../components/FileDrop';
import { useI18n, type MessageKey } from '../i18n';
import type { LoadedDataset } from '../queries/dataset';
import { serializeMapping } from '../queries/savedMappings';
import { MAX_IMPORT_BYTES } from '../queries/importer';
import { useWorkspaceActions, WavesDoNotLoadError } from '../queries/workspace';
import { PortfolioPanel } from './PortfolioPanel';
import { RoundsPanel } from './RoundsPanel';

const STATE: Record<LoadedDataset['origin'], MessageKey> = {
  demo: 'workspace.stateDemo',
  mixed: 'workspace.stateMixed',
  own: 'workspace.stateOwn',
};

interface Props {
  readonly dataset: LoadedDataset;
  /** Opens the import view to replace a wave. */
  readonly onReplace: (surveyId: string) => void;
}

/**
 * The user's workspace on the Data page: their own or beside the demo data; the portfolio,
 * whole or a table at a time; every survey round; erasure, export and restore.
 */
export function WorkspacePanel({ dataset, onReplace }: Props) {
  const i18n = useI18n();
  const { t, integer } = i18n;
  const actions = useWorkspaceActions();
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [erase, setErase] = useState({ survey: '', respondent: '' });
  const ws = dataset.workspace;
  /** An import's moment in the locale's form, in this browser's time: 04/12/2026 19:17. */
  const when = (iso: string) => {
    const at = new Date(iso);
    if (Number.isNaN(at.getTime())) return iso;
    const p = (n: number) => String(n).padStart(2, '0');
    const day = `${String(at.getFullYear())}-${p(at.getMonth() + 1)}-${p(at.getDate())}`;
    return `${i18n.date(day)} ${p(at.getHours())}:${p(at.getMinutes())}`;
  };

  const run = async (task: () => Promise<string>) => {
    setBusy(true);
    setMessage(null);
    try {
      setMessage({ kind: 'ok', text: await task() });
    } catch (e) {
      const text =
        e instanceof WavesDoNotLoadError
          ? t('workspace.wavesDoNotLoad', { surveys: e.surveyIds.join(', ') })
          : e instanceof Error
            ? e.message
            : String(e);
      setMessage({ kind: 'error', text });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="workspace-title" data-testid="workspace">
      <h2 id="workspace-title">{t('workspace.title')}</h2>
      <p data-testid="workspace-state">{t(STATE[dataset.origin])}</p>
      <div className="workspace-actions">
        <button
          type="button"
          disabled={busy || dataset.origin === 'own'}
          onClick={() => {
            if (!window.confirm(t('workspace.confirmOwn'))) return;
            void run(async () => {
              await actions.startOwn();
              return t('workspace.ownStarted');
            });
          }}
          data-testid="start-own"
        >
          {t('workspace.startOwn')}
        </button>
        <button
          type="button"
          disabled={busy || dataset.origin === 'demo'}
          onClick={() => {
            if (!window.confirm(t('workspace.confirmDemo'))) return;
            void run(async () => {
              await actions.backToDemo();
              return t('workspace.empty');
            });
          }}
          data-testid="back-to-demo"
        >
          {t('workspace.backToDemo')}
        </button>
      </div>
      {message && (
        <p
          className={message.kind === 'error' ? 'notice error' : 'notice'}
          role={message.kind === 'error' ? 'alert' : 'status'}
          data-testid="workspace-message"
        >
          {message.text}
        </p>
      )}
      <h3>{t('workspace.files')}</h3>
      {ws.imports.length === 0 && ws.tables.length === 0 ? (
        <p>{t(dataset.origin === 'own' ? 'workspace.emptyOwn' : 'workspace.empty')}</p>
      ) : (
        <div className="table-scroll" tabIndex={0} role="region" aria-label={t('workspace.title')}>
          <table className="data-table" data-testid="imports">
            <caption>{t('workspace.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('workspace.file')}</th>
                <th scope="col">{t('workspace.roundOrTable')}</th>
                <th scope="col">{t('workspace.tool')}</th>
                <th scope="col">{t('workspace.encoding')}</th>
                <th scope="col" className="num">
                  {t('workspace.responses')}
                </th>
                <th scope="col">{t('workspace.importedAt')}</th>
                <th scope="col">{t('workspace.mapping')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('workspace.remove')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {ws.imports.map((imp) => (
                <tr key={imp.surveyId} data-survey={imp.surveyId}>
                  <td>{imp.fileName}</td>
                  <td>{imp.surveyId}</td>
                  <td>{t(`tool.${imp.tool}`)}</td>
                  <td>{imp.encoding ?? 'XLSX'}</td>
                  <td className="num">{integer(imp.responses)}</td>
                  <td>{when(imp.importedAt)}</td>
                  <td>
                    <button
                      type="button"
                      className="link"
                      onClick={() =>
                        downloadText(
                          `pio-koppeling-${fileNamePart(imp.surveyId)}.json`,
                          serializeMapping(imp.mapping),
                          'application/json',
                        )
                      }
                    >
                      JSON
                    </button>
                  </td>
                  <td className="row-actions">
                    <button type="button" disabled={busy} onClick={() => onReplace(imp.surveyId)}>
                      {t('workspace.replace')}
                    </button>{' '}
                    <button
                      type="button"
                      disabled={busy}
                      onClick={() => {
                        if (
                          !window.confirm(
                            t('workspace.confirmRemove', {
                              survey: imp.surveyId,
                              file: imp.fileName,
                            }),
                          )
                        ) {
                          return;
                        }
                        void run(async () => {
                          await actions.removeSurvey(imp.surveyId);
                          return t('workspace.removed', { survey: imp.surveyId });
                        });
                      }}
                    >
                      {t('workspace.remove')}
                    </button>
                  </td>
                </tr>
              ))}
              {ws.tables.map((tbl) => (
                <tr key={tbl.table}>
                  <td>{tbl.fileName}</td>
                  <td>{tbl.table}</td>
                  <td>{t('workspace.portfolioTable')}</td>
                  <td>–</td>
                  <td className="num">{integer(tbl.rows)}</td>
                  <td>{when(tbl.importedAt)}</td>
                  <td />
                  <td />
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="workspace-actions">
        <button
          type="button"
          disabled={busy}
          onClick={() =>
            void actions
              .exportJson()
              .then((json) =>
                downloadText(
                  `pio-werkruimte-${new Date().toISOString().slice(0, 10)}.json`,
                  json,
                  'application/json',
                ),
              )
              .catch((e: unknown) =>
                setMessage({ kind: 'error', text: e instanceof Error ? e.message : String(e) }),
              )
          }
          data-testid="workspace-export"
        >
          {t('workspace.export')}
        </button>
        <FileDrop
          label={t('workspace.restore')}
          hint=""
          accept=".json,application/json"
          disabled={busy}
          testId="workspace-restore"
          onFile={(file) =>
            void run(async () => {
              try {
                if (file.size > MAX_IMPORT_BYTES) {
                  throw new Error(
                    t('import.tooLarge', {
                      file: file.name,
                      size: `${(file.size / 1_000_000).toFixed(1)} MB`,
                      limit: `${(MAX_IMPORT_BYTES / 1_000_000).toFixed(1)} MB`,
                    }),
                  );
                }
                await actions.restore(await file.text());
              } catch (e) {
                throw new Error(
                  t('workspace.restoreFailed', {
                    file: file.name,
                    message: e instanceof Error ? e.message : String(e),
                  }),
                );
              }
              return t('workspace.restored', { file: file.name });
            })
          }
        />
      </div>
      <PortfolioPanel busy={busy} run={run} />
      <RoundsPanel dataset={dataset} busy={busy} run={run} onReplace={onReplace} />
      {ws.imports.length > 0 && (
        <form
          className="field-row"
          onSubmit={(e) => {
            e.preventDefault();
            const survey = erase.survey || ws.imports[0]?.surveyId || '';
            const respondent = erase.respondent.trim();
            if (respondent === '') return;
            void run(async () => {
              const n = await actions.eraseRespondent(survey, respondent);
              return t(n > 0 ? 'workspace.erased' : 'workspace.notFound', { survey, respondent });
            });
          }}
        >
          <fieldset>
            <legend>{t('workspace.erase')}</legend>
            <label className="field">
              <span>{t('workspace.survey')}</span>
              <select
                value={erase.survey}
                onChange={(e) => setErase({ ...erase, survey: e.target.value })}
              >
                {ws.imports.map((i) => (
                  <option key={i.surveyId} value={i.surveyId}>
                    {i.surveyId}
                  </option>
                ))}
              </select>
            </label>
            <label className="field">
              <span>{t('workspace.respondent')}</span>
              <input
                value={erase.respondent}
                onChange={(e) => setErase({ ...erase, respondent: e.target.value })}
              />
            </label>
            <button type="submit" disabled={busy}>
              {t('workspace.eraseButton')}
            </button>
          </fieldset>
        </form>
      )}
    </section>
  );
}
