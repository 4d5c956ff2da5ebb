import { useEffect, useId, useRef, useState } from 'react';
import { ExportMenu } from '../components/ExportMenu';
import { ResultGrid } from '../components/ResultGrid';
import { SchemaBrowser } from '../components/SchemaBrowser';
import { lineAndColumn, SqlEditor, type SqlEditorHandle } from '../components/SqlEditor';
import { useI18n, type MessageKey } from '../i18n';
import type { LoadedDataset } from '../queries/dataset';
import {
  ExplorerSqlError,
  fetchAllRows,
  indicatorSql,
  PAGE_SIZE,
  useExplorer,
  useExplorerPage,
  type NamedParam,
  type Param,
} from '../queries/explorer';
import { EXPLORER_EXAMPLES } from '../queries/explorer';
import { useExplorerStore } from '../queries/explorerStore';
import type { Filters } from '../queries/indicators';
import { exportContextOf } from './exportContextOf';

export interface ExplorerViewProps {
  readonly dataset: LoadedDataset;
  readonly filters: Filters;
  /** The text a shared link carries. */
  readonly sharedText: string | null;
  /** An indicator whose SQL, under `filters`, opens in the editor. */
  readonly indicator: string | null;
  /** The address of a link that opens the explorer with this text. */
  readonly shareHref: (text: string) => string;
}

const ERROR_KEYS: Record<ExplorerSqlError['kind'], MessageKey> = {
  syntax: 'explorer.error.syntax',
  engine: 'explorer.error.engine',
  refused_write: 'explorer.error.refusedWrite',
  refused_external: 'explorer.error.refusedExternal',
  refused_config: 'explorer.error.refusedConfig',
  refused_session: 'explorer.error.refusedSession',
  cancelled: 'explorer.error.cancelled',
  out_of_memory: 'explorer.error.outOfMemory',
  parameters: 'explorer.error.parameters',
  empty: 'explorer.error.empty',
};

const QUESTIONS = ['data', 'reach', 'companies', 'innovation', 'satisfaction'] as const;

/** A parameter as the field shows it: a list as its values joined by commas. */
function paramText(value: NamedParam['value']): string {
  if (Array.isArray(value)) return (value as readonly Param[]).map((v) => String(v)).join(', ');
  return value === null ? '' : String(value);
}

function scalarValue(original: Param, text: string): Param {
  if (typeof original === 'number') {
    const n = Number(text.replace(',', '.'));
    return text.trim() !== '' && Number.isFinite(n) ? n : text;
  }
  if (typeof original === 'boolean') return text === 'true';
  if (original === null && text === '') return null;
  return text;
}

/** The field's text as the parameter's value, of the type its first value had. */
function paramValue(original: NamedParam['value'], text: string): NamedParam['value'] {
  if (!Array.isArray(original)) return scalarValue(original as Param, text);
  const first = (original as readonly Param[])[0] ?? '';
  return text
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== '')
    .map((v) => scalarValue(first, v));
}

/** The parameters the text still names: a parameter of a query replaced since is dropped. */
function usedParams(text: string, params: readonly NamedParam[]): NamedParam[] {
  return params.filter((p) => new RegExp(`\\$${p.name}\\b`).test(text));
}

/** An example's text with its first comment line in the UI language. */
function exampleText(t: (key: MessageKey) => string, example: (typeof EXPLORER_EXAMPLES)[number]) {
  const title = t(`explorer.example.${example.id}`);
  return example.text.replace(/^--[^\n]*/, `-- ${title}`);
}

function firstLine(text: string): string {
  const line =
    text
      .split('\n')
      .map((l) => l.replace(/^\s*--\s*/, '').trim())
      .find((l) => l !== '') ?? '';
  return line.length > 80 ? `${line.slice(0, 79)}…` : line;
}

export function ExplorerView({
  dataset,
  filters,
  sharedText,
  indicator,
  shareHref,
}: ExplorerViewProps) {
  const i18n = useI18n();
  const { t, integer, number } = i18n;
  const explorer = useExplorer(dataset);
  const store = useExplorerStore();
  // The view is mounted anew for every shared text or indicator (App keys it on both).
  const [initial] = useState(() => {
    if (sharedText !== null) return { text: sharedText, params: [] as NamedParam[] };
    const fromIndicator = indicator ? indicatorSql(indicator, filters) : null;
    if (fromIndicator) {
      return {
        text: `-- ${indicator ?? ''}\n${fromIndicator.text}`,
        params: [...fromIndicator.params],
      };
    }
    const first = EXPLORER_EXAMPLES[1];
    return { text: first ? exampleText(t, first) : 'SELECT 1', params: [] as NamedParam[] };
  });
  const [text, setText] = useState(initial.text);
  const [allParams, setParams] = useState<readonly NamedParam[]>(initial.params);
  const [originalParams, setOriginalParams] = useState<readonly NamedParam[]>(initial.params);
  const params = usedParams(text, allParams);
  const [offset, setOffset] = useState(0);
  const [saveName, setSaveName] = useState('');
  const [shared, setShared] = useState<string | null>(null);
  const [elapsed, setElapsed] = useState(0);
  const editor = useRef<SqlEditorHandle>(null);
  const errorId = useId();
  const saveId = useId();
  const autoRan = useRef(false);

  const result = explorer.result;
  const page = useExplorerPage(explorer.session, result?.table ?? null, offset, result?.rows ?? []);
  const rows = offset === 0 || !result?.table ? (result?.rows ?? []) : (page.data ?? []);

  const run = async (source = text, values = params) => {
    setOffset(0);
    setShared(null);
    const ok = await explorer.run(source, values);
    store.remember(source, ok);
  };

  useEffect(() => {
    if (autoRan.current || !explorer.session || (sharedText === null && indicator === null)) return;
    autoRan.current = true;
    void run(initial.text, initial.params);
    // Runs once, when the copy is ready: a shared link or "show SQL" shows its result at once.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [explorer.session]);

  useEffect(() => {
    if (!explorer.running) return;
    const started = performance.now();
    const timer = setInterval(() => setElapsed((performance.now() - started) / 1000), 200);
    return () => {
      clearInterval(timer);
      setElapsed(0);
    };
  }, [explorer.running]);

  const load = (next: string, nextParams: readonly NamedParam[] = []) => {
    setText(next);
    setParams(nextParams);
    setOriginalParams(nextParams);
    editor.current?.focus();
  };

  const error = explorer.error;
  const sqlError = error instanceof ExplorerSqlError ? error : null;
  const position = sqlError?.position ?? null;
  const where = position !== null ? lineAndColumn(text, position) : null;
  const errorLine = where ? (text.split('\n')[where.line - 1] ?? '') : '';

  const errorMessage = (): string => {
    if (!sqlError) return t('explorer.error.engine', { message: error?.message ?? '' });
    if (sqlError.kind === 'parameters') {
      const [wanted = '0', given = '0'] = sqlError.message.split(':');
      return t('explorer.error.parameters', { wanted: Number(wanted), given: Number(given) });
    }
    return t(ERROR_KEYS[sqlError.kind], {
      message: sqlError.message,
      type: sqlError.engineType ?? '',
    });
  };

  return (
    <section className="explorer" aria-labelledby="explorer-title" data-testid="explorer">
      <h2 id="explorer-title">{t('explorer.title')}</h2>
      <p className="hint">{t('explorer.intro')}</p>
      <p className="notice notice-info" data-testid="explorer-guard">
        {t('explorer.readOnly')}
      </p>
      {explorer.restarted !== null && (
        <p className="notice" role="status" data-testid="explorer-restarted">
          {explorer.restarted === 'cancelled'
            ? t('explorer.restartedCancel')
            : t('explorer.restartedCrash', { message: explorer.restarted })}
        </p>
      )}
      {explorer.startError !== null && (
        <p className="notice" role="alert">
          {t('explorer.startFailed', { message: explorer.startError })}
        </p>
      )}
      <div className="explorer-layout">
        <aside className="explorer-side" aria-label={t('explorer.side')}>
          <h3>{t('explorer.schema')}</h3>
          {explorer.session ? (
            <SchemaBrowser
              tables={explorer.session.tables}
              onQuery={(table) => load(`SELECT *\nFROM ${table}\nLIMIT 1000;`)}
            />
          ) : (
            <p role="status" data-testid="explorer-starting">
              {t('explorer.starting')}
            </p>
          )}
          <h3>{t('explorer.examples')}</h3>
          {QUESTIONS.map((q) => {
            const examples = EXPLORER_EXAMPLES.filter((x) => x.question === q);
            return (
              <div key={q}>
                <h4>{t(`explorer.q.${q}`)}</h4>
                <ul className="plain">
                  {examples.map((x) => (
                    <li key={x.id}>
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => load(exampleText(t, x))}
                      >
                        {t(`explorer.example.${x.id}`)}
                      </button>
                    </li>
                  ))}
                </ul>
              </div>
            );
          })}
          <h3>{t('explorer.saved')}</h3>
          {store.saved.length === 0 ? (
            <p className="hint">{t('explorer.noSaved')}</p>
          ) : (
            <ul className="plain" data-testid="saved-queries">
              {store.saved.map((q) => (
                <li key={q.name}>
                  <button type="button" className="link-button" onClick={() => load(q.text)}>
                    {q.name}
                  </button>{' '}
                  <a href={shareHref(q.text)} className="hint">
                    {t('explorer.link')}
                  </a>{' '}
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => store.remove(q.name)}
                    aria-label={t('explorer.removeSaved', { name: q.name })}
                  >
                    {t('explorer.remove')}
                  </button>
                </li>
              ))}
            </ul>
          )}
          <h3>{t('explorer.history')}</h3>
          {store.history.length === 0 ? (
            <p className="hint">{t('explorer.noHistory')}</p>
          ) : (
            <>
              <ol className="plain history" data-testid="history">
                {store.history.slice(0, 15).map((h) => (
                  <li key={h.at}>
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => load(h.text)}
                      title={h.text}
                    >
                      {h.ok ? '' : '⚠ '}
                      {firstLine(h.text) || '…'}
                    </button>
                  </li>
                ))}
              </ol>
              <button type="button" className="link-button" onClick={() => store.clearHistory()}>
                {t('explorer.clearHistory')}
              </button>
            </>
          )}
          {!store.stored && <p className="notice">{t('explorer.notStored')}</p>}
        </aside>
        <div className="explorer-main">
          <SqlEditor
            ref={editor}
            value={text}
            onChange={setText}
            onRun={() => void run()}
            label={t('explorer.editor')}
            describedBy={error ? errorId : undefined}
            invalid={error !== null}
          />
          {params.length > 0 && (
            <fieldset className="params" data-testid="explorer-params">
              <legend>{t('explorer.params')}</legend>
              <p className="hint">
                {t('explorer.paramsHint')}{' '}
                <button type="button" className="link-button" onClick={() => setParams([])}>
                  {t('explorer.clearParams')}
                </button>
              </p>
              <ol>
                {params.map((p) => (
                  <li key={p.name}>
                    <label>
                      <span className="param-index">{`$${p.name}`}</span>
                      <input
                        value={paramText(p.value)}
                        data-param={p.name}
                        onChange={(e) => {
                          const original =
                            originalParams.find((o) => o.name === p.name)?.value ?? p.value;
                          setParams(
                            allParams.map((o) =>
                              o.name === p.name
                                ? { ...o, value: paramValue(original, e.target.value) }
                                : o,
                            ),
                          );
                        }}
                      />
                    </label>
                  </li>
                ))}
              </ol>
            </fieldset>
          )}
          <div className="explorer-actions">
            <button
              type="button"
              className="primary-button"
              onClick={() => void run()}
              disabled={!explorer.session || explorer.running}
              data-testid="explorer-run"
            >
              {t('explorer.run')}
            </button>
            <span className="hint">{t('explorer.runHint')}</span>
            {explorer.running && (
              <>
                <span role="status" data-testid="explorer-running">
                  {t('explorer.running', { s: number(elapsed, 1) })}
                </span>
                <button
                  type="button"
                  onClick={() => explorer.cancel()}
                  disabled={explorer.cancelling}
                  data-testid="explorer-cancel"
                >
                  {explorer.cancelling ? t('explorer.cancelling') : t('explorer.cancel')}
                </button>
              </>
            )}
            <form
              className="save-query"
              onSubmit={(e) => {
                e.preventDefault();
                if (saveName.trim() === '') return;
                store.save(saveName.trim(), text);
                setSaveName('');
              }}
            >
              <label htmlFor={saveId}>{t('explorer.saveAs')}</label>
              <input
                id={saveId}
                value={saveName}
                onChange={(e) => setSaveName(e.target.value)}
                data-testid="explorer-save-name"
              />
              <button type="submit" disabled={saveName.trim() === ''}>
                {t('explorer.save')}
              </button>
            </form>
            <button
              type="button"
              onClick={() => setShared(new URL(shareHref(text), window.location.href).href)}
              data-testid="explorer-share"
            >
              {t('explorer.share')}
            </button>
          </div>
          {shared !== null && (
            <p className="share-link">
              <label>
                {t('explorer.shareLink')}{' '}
                <input
                  readOnly
                  value={shared}
                  onFocus={(e) => e.currentTarget.select()}
                  data-testid="explorer-share-link"
                />
              </label>{' '}
              <span className="hint">
                {params.length > 0 ? t('explorer.shareParams') : t('explorer.shareHint')}
              </span>
            </p>
          )}
          {error !== null && (
            <div className="sql-error" role="alert" id={errorId} data-testid="explorer-error">
              <p>
                {sqlError && sqlError.statement > 0 && (
                  <strong>{t('explorer.statement', { n: integer(sqlError.statement) })} </strong>
                )}
                {errorMessage()}
              </p>
              {where && (
                <>
                  <p data-testid="explorer-error-position">
                    {t('explorer.position', {
                      line: integer(where.line),
                      column: integer(where.column),
                    })}{' '}
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => position !== null && editor.current?.select(position)}
                    >
                      {t('explorer.showPosition')}
                    </button>
                  </p>
                  <pre className="error-caret" aria-hidden="true">
                    {`${errorLine}\n${' '.repeat(Math.max(0, where.column - 1))}^`}
                  </pre>
                </>
              )}
            </div>
          )}
          {result && (
            <div className="explorer-result" data-testid="explorer-result">
              <p className="hint" data-testid="explorer-summary">
                {t('explorer.summary', {
                  rows: result.total,
                  s: number(result.elapsedMs / 1000, 2),
                  statements: result.statements,
                })}
              </p>
              {result.columns.length > 0 && (
                <>
                  <ExportMenu
                    columns={result.columns.map((c) => ({ name: c.name, label: c.name }))}
                    fetchRows={() => {
                      const session = explorer.session;
                      return result.table && session
                        ? fetchAllRows(session, result.table)
                        : Promise.resolve(result.rows);
                    }}
                    context={exportContextOf(i18n, dataset, null, {
                      title: t('explorer.exportTitle'),
                      scope: explorer.ranText ?? '',
                    })}
                    fileStem="pio-sql"
                    label={t('explorer.exportTitle')}
                    testId="explorer-export"
                  />
                  <ResultGrid
                    columns={result.columns}
                    rows={rows}
                    total={result.total}
                    offset={offset}
                    pageSize={PAGE_SIZE}
                    loading={page.isFetching}
                    onPage={setOffset}
                    truncated={!result.complete}
                  />
                </>
              )}
            </div>
          )}
        </div>
      </div>
    </section>
  );
}
