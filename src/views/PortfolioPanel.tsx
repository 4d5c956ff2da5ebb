import { useState } from 'react';
import { downloadText } from '../components/download';
import { FileDrop } from '../components/FileDrop';
import { IssueList } from '../components/IssueList';
import { groupIssues, tableLabel, useI18n, type IssueLike } from '../i18n';
import { TABLE_NAMES, tableDef, type TableName } from '../model';
import { templateCsv } from '../queries/portfolio';
import { TableRejectedError, useWorkspaceActions, type Changed } from '../queries/workspace';

const SURVEY_TABLES: readonly string[] = ['surveys', 'questions', 'respondents', 'answers'];
/** Survey rounds come in through the survey import (or a whole portfolio); the rest one by one. */
const PORTFOLIO_TABLES = TABLE_NAMES.filter((n) => !SURVEY_TABLES.includes(n));

interface Props {
  readonly busy: boolean;
  /** Runs a change, showing its message; the panel shows the files' problems itself. */
  readonly run: (task: () => Promise<string>) => Promise<void>;
}

/** The user's portfolio: loaded whole (all tables at once) or one table at a time. */
export function PortfolioPanel({ busy, run }: Props) {
  const { t, lang } = useI18n();
  const actions = useWorkspaceActions();
  const [table, setTable] = useState<TableName>('calls');
  const [issues, setIssues] = useState<{
    readonly list: readonly IssueLike[];
    readonly rejected: boolean;
  } | null>(null);

  const change = (task: () => Promise<Changed>, done: (c: Changed) => string) => {
    setIssues(null);
    void run(async () => {
      try {
        const changed = await task();
        if (changed.warnings.length > 0) setIssues({ list: changed.warnings, rejected: false });
        return done(changed);
      } catch (e) {
        if (e instanceof TableRejectedError) {
          setIssues({ list: e.issues, rejected: true });
          throw new Error(t('import.rejected'));
        }
        throw e;
      }
    });
  };

  return (
    <>
      <fieldset className="portfolio" data-testid="portfolio-whole">
        <legend>{t('portfolio.wholeTitle')}</legend>
        <p className="hint">{t('portfolio.wholeIntro')}</p>
        <FileDrop
          label={t('portfolio.files')}
          folderLabel={t('portfolio.folder')}
          hint={t('portfolio.wholeDrop')}
          accept=".csv,.txt,.tsv,.xlsx"
          disabled={busy}
          testId="portfolio-files"
          onFiles={(files) => {
            if (!window.confirm(t('portfolio.confirmWhole', { n: files.length }))) return;
            change(
              () => actions.loadPortfolio(files),
              (c) =>
                t('portfolio.wholeDone', {
                  n: c.dataset.workspace.tables.length,
                  rows: c.dataset.workspace.tables.reduce((sum, x) => sum + x.rows, 0),
                }),
            );
          }}
        />
      </fieldset>
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
                  {tableLabel(lang, name)} ({name})
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
            accept=".csv,.txt,.tsv,.xlsx"
            disabled={busy}
            testId="portfolio-file"
            onFile={(file) =>
              change(
                () => actions.replaceTableFromFile(table, file),
                (c) =>
                  t('portfolio.done', {
                    table,
                    file: file.name,
                    n: c.dataset.workspace.tables.find((x) => x.table === table)?.rows ?? 0,
                  }),
              )
            }
          />
        </div>
      </fieldset>
      {issues && (
        <div role={issues.rejected ? 'alert' : 'status'} data-testid="portfolio-issues">
          <IssueList
            issues={issues.list}
            summary={
              issues.rejected
                ? undefined
                : t('portfolio.warnings', { n: groupIssues(issues.list).length })
            }
          />
        </div>
      )}
    </>
  );
}
