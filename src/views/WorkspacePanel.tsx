import { useState } from 'react';
import { downloadText, fileNamePart } from '../components/download';
import { FileDrop } from '../components/FileDrop';
import { IssueList } from '../components/IssueList';
import { useI18n, type IssueLike } from '../i18n';
import { TABLE_NAMES, tableDef, type TableName } from '../model';
import { templateCsv } from '../queries/portfolio';
import type { LoadedDataset } from '../queries/dataset';
import { serializeMapping } from '../queries/savedMappings';
import { MAX_IMPORT_BYTES } from '../queries/importer';
import { TableRejectedError, useWorkspaceActions } from '../queries/workspace';

const SURVEY_TABLES: readonly string[] = ['surveys', 'questions', 'respondents', 'answers'];
/** Survey waves come in through the survey import; every other table can be replaced. */
const PORTFOLIO_TABLES = TABLE_NAMES.filter((n) => !SURVEY_TABLES.includes(n));

interface Props {
  readonly dataset: LoadedDataset;
  /** Opens the import view to replace a wave. */
  readonly onReplace: (surveyId: string) => void;
}

/** The user's imports on the Data page: list, remove, replace, erase, export and restore. */
export function WorkspacePanel({ dataset, onReplace }: Props) {
  const i18n = useI18n();
  const { t, integer } = i18n;
  const actions = useWorkspaceActions();
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [erase, setErase] = useState({ survey: '', respondent: '' });
  const ws = dataset.workspace;
  const [table, setTable] = useState<TableName>('calls');
  const [tableIssues, setTableIssues] = useState<readonly IssueLike[] | null>(null);

  const run = async (task: () => Promise<string>) => {
    setBusy(true);
    setMessage(null);
    try {
      setMessage({ kind: 'ok', text: await task() });
    } catch (e) {
      setMessage({ kind: 'error', text: e instanceof Error ? e.message : String(e) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="workspace-title" data-testid="workspace">
      <h2 id="workspace-title">{t('workspace.title')}</h2>
      {message && (
        <p
          className={message.kind === 'error' ? 'notice error' : 'notice'}
          role={message.kind === 'error' ? 'alert' : 'status'}
          data-testid="workspace-message"
        >
          {message.text}
        </p>
      )}
      {ws.imports.length === 0 && ws.tables.length === 0 ? (
        <p>{t('workspace.empty')}</p>
      ) : (
        <div className="table-scroll" tabIndex={0} role="region" aria-label={t('workspace.title')}>
          <table className="data-table" data-testid="imports">
            <caption>{t('workspace.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('workspace.file')}</th>
                <th scope="col">{t('workspace.survey')}</th>
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
                  <td>{imp.importedAt.replace('T', ' ').slice(0, 16)}</td>
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
                          await actions.removeImport(imp.surveyId);
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
                  <td>{tbl.importedAt.replace('T', ' ').slice(0, 16)}</td>
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
      <fieldset className="portfolio" data-testid="portfolio">
        <legend>{t('portfolio.title')}</legend>
        <p className="hint">{t('portfolio.intro')}</p>
        <div className="field-row">
          <label className="field">
            <span>{t('portfolio.table')}</span>
            <select
              value={table}
              onChange={(e) => setTable(e.target.value as TableName)}
              data-testid="portfolio-table"
            >
              {PORTFOLIO_TABLES.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            onClick={() =>
              downloadText(`${table}.csv`, templateCsv(tableDef(table)), 'text/csv;charset=utf-8')
            }
          >
            {t('portfolio.template')}
          </button>
          <FileDrop
            label={t('portfolio.file')}
            hint={t('import.drop')}
            accept=".csv,.txt,.xlsx"
            disabled={busy}
            testId="portfolio-file"
            onFile={(file) => {
              setTableIssues(null);
              void run(async () => {
                try {
                  const next = await actions.replaceTableFromFile(table, file);
                  const rows = next.workspace.tables.find((x) => x.table === table)?.rows ?? 0;
                  return t('portfolio.done', { table, file: file.name, n: integer(rows) });
                } catch (e) {
                  if (e instanceof TableRejectedError) {
                    setTableIssues(e.issues);
                    throw new Error(t('import.rejected'));
                  }
                  throw e;
                }
              });
            }}
          />
        </div>
        {tableIssues && (
          <div role="alert" data-testid="portfolio-issues">
            <IssueList issues={tableIssues} />
          </div>
        )}
      </fieldset>
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
