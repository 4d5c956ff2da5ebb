import { QueryClient, QueryClientProvider, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { AppShell, type NavItem } from '../components/AppShell';
import { DemoBanner } from '../components/DemoBanner';
import { EngineFailure, EngineProgress, EngineStarting } from '../components/EngineStatus';
import { IssueList } from '../components/IssueList';
import { PrintHeader } from '../components/PrintHeader';
import {
  dimensionLabel,
  formatInteger,
  formatMoney,
  formatNumber,
  formatPercent,
  I18nProvider,
  useI18n,
} from '../i18n';
import { useEngineRecovery } from '../queries/engineRecovery';
import {
  DatasetRejectedError,
  EngineStartError,
  datasetQuery,
  isLoaded,
  type DataIdentity,
  useDataIdentity,
  useDataset,
  useEngineProgress,
} from '../queries/dataset';
import { FilterPanel } from '../views/FilterPanel';
import { StorageNotice } from '../views/StorageNotice';
import { originText } from '../views/origin';
import { OverviewView } from '../views/OverviewView';
import { toSearch, useUrlState, type UrlState, type ViewId } from './url';

// Screens other than the overview load when first opened, so the first screen loads less.
const CatalogueView = lazy(() =>
  import('../views/CatalogueView').then((m) => ({ default: m.CatalogueView })),
);
const ExplorerView = lazy(() =>
  import('../views/ExplorerView').then((m) => ({ default: m.ExplorerView })),
);
const DataView = lazy(() => import('../views/DataView').then((m) => ({ default: m.DataView })));
const ImportView = lazy(() =>
  import('../views/ImportView').then((m) => ({ default: m.ImportView })),
);
const QuestionView = lazy(() =>
  import('../views/QuestionView').then((m) => ({ default: m.QuestionView })),
);
const WorkspacePanel = lazy(() =>
  import('../views/WorkspacePanel').then((m) => ({ default: m.WorkspacePanel })),
);

const NAV: readonly { id: ViewId; label: NavItem['label'] }[] = [
  { id: 'overview', label: 'nav.overview' },
  { id: 'reach', label: 'nav.reach' },
  { id: 'companies', label: 'nav.companies' },
  { id: 'innovation', label: 'nav.innovation' },
  { id: 'satisfaction', label: 'nav.satisfaction' },
  { id: 'catalogue', label: 'nav.catalogue' },
  { id: 'data', label: 'nav.data' },
  { id: 'import', label: 'nav.import' },
  { id: 'explorer', label: 'nav.explorer' },
];

function Screen({ url, setUrl }: { url: UrlState; setUrl: (p: Partial<UrlState>) => void }) {
  const { t } = useI18n();
  const dataset = useDataset();
  const identity = useDataIdentity();
  const recovery = useEngineRecovery();
  const client = useQueryClient();

  if (dataset.isPending) {
    // The overview shows figures computed ahead while the engine starts; other screens wait.
    if (url.view === 'overview' && identity) {
      return <Figures url={url} setUrl={setUrl} data={identity} notice={null} />;
    }
    return <Progress inline={false} />;
  }
  if (dataset.isError) {
    const error = dataset.error;
    const retry = () => void client.resetQueries({ queryKey: datasetQuery.queryKey });
    if (error instanceof DatasetRejectedError) {
      return (
        <div role="alert" data-testid="dataset-rejected">
          <h2>{t('engine.dataFailed')}</h2>
          <IssueList issues={error.issues} />
        </div>
      );
    }
    return (
      <EngineFailure
        title={error instanceof EngineStartError ? t('engine.failed') : t('engine.dataFailed')}
        detail={error.message}
        onRetry={retry}
      />
    );
  }
  const data = dataset.data;
  const notice = (
    <>
      {recovery.message !== null && (
        <p className="notice" role="alert" data-testid="engine-crashed">
          {recovery.failed !== null
            ? t('engine.recoveryFailed', { message: recovery.message, detail: recovery.failed })
            : t(recovery.recovering ? 'engine.recovering' : 'engine.crashed', {
                message: recovery.message,
              })}
        </p>
      )}
      <StorageNotice dataset={data} />
    </>
  );
  if (url.view === 'data') {
    return (
      <>
        {notice}
        <WorkspacePanel
          dataset={data}
          onReplace={(replace) => setUrl({ view: 'import', replace })}
        />
        <DataView dataset={data} selected={url.table} onSelect={(table) => setUrl({ table })} />
      </>
    );
  }
  if (url.view === 'import') {
    return (
      <>
        {notice}
        <ImportView key={url.replace ?? ''} dataset={data} replaces={url.replace} />
        <WorkspacePanel
          dataset={data}
          onReplace={(replace) => setUrl({ view: 'import', replace })}
        />
      </>
    );
  }
  if (url.view === 'explorer') {
    return (
      <>
        {notice}
        <ExplorerView
          key={`${url.sql ?? ''}|${url.indicator ?? ''}`}
          dataset={data}
          filters={url.filters}
          sharedText={url.sql}
          indicator={url.sql === null ? url.indicator : null}
          shareHref={(text) =>
            toSearch({ ...url, view: 'explorer', sql: text, indicator: null, data: null })
          }
        />
      </>
    );
  }
  return <Figures url={url} setUrl={setUrl} data={data} notice={notice} />;
}

/** Alone in following the engine's many progress events, so that nothing else re-renders. */
function Progress({ inline }: { inline: boolean }) {
  const progress = useEngineProgress();
  const view = progress?.phase === 'ready' ? { phase: 'loading' as const } : progress;
  return inline ? <EngineStarting progress={view} /> : <EngineProgress progress={view} />;
}

/**
 * The overview, the question views and the catalogue. The overview renders before the data is
 * loaded (`data` is then only what it will be): the same elements in the same places either
 * way, so the cards and their queries live on when the engine is ready.
 */
function Figures({
  url,
  setUrl,
  data,
  notice,
}: {
  url: UrlState;
  setUrl: (p: Partial<UrlState>) => void;
  data: DataIdentity;
  notice: ReactNode;
}) {
  const { t, lang } = useI18n();
  const loaded = isLoaded(data) ? data : null;
  const catalogueHref = (id: string) => toSearch({ ...url, view: 'catalogue', indicator: id });
  const sqlHref = (id: string) =>
    toSearch({ ...url, view: 'explorer', indicator: id, sql: null, data: data.version });
  return (
    <>
      {!loaded && <Progress inline />}
      {url.data !== null && url.data !== data.version && (
        <p className="notice" role="status" data-testid="other-data">
          {t('data.otherData', { linked: url.data, loaded: data.version })}
        </p>
      )}
      {url.rejected.length > 0 && (
        <p className="notice" role="status" data-testid="url-rejected">
          {t('url.rejected', {
            values: url.rejected
              .map((r) => `${dimensionLabel(lang, r.key)} “${r.value}”`)
              .join(', '),
          })}
        </p>
      )}
      {notice}
      {loaded && <PrintHeader origin={originText(t, loaded)} fingerprint={data.version} />}
      <FilterPanel
        dataset={data}
        filters={url.filters}
        onChange={(filters) => setUrl({ filters, data: data.version })}
      />
      {url.view === 'overview' && (
        <OverviewView
          dataset={data}
          filters={url.filters}
          catalogueHref={catalogueHref}
          sqlHref={sqlHref}
          questionHref={(q) => toSearch({ ...url, view: q as ViewId })}
        />
      )}
      {loaded &&
        (url.view === 'reach' ||
          url.view === 'companies' ||
          url.view === 'innovation' ||
          url.view === 'satisfaction') && (
          <QuestionView
            key={url.view}
            dataset={loaded}
            question={url.view}
            filters={url.filters}
            catalogueHref={catalogueHref}
            sqlHref={sqlHref}
          />
        )}
      {url.view === 'catalogue' && (
        <CatalogueView filters={url.filters} selected={url.indicator} sqlHref={sqlHref} />
      )}
    </>
  );
}

function Banner() {
  const dataset = useDataset();
  const ws = dataset.data?.workspace;
  // The user's own workspace holds no demo data: nothing to warn about.
  if (dataset.data?.origin === 'own') return null;
  const own = ws ? [...ws.tables.map((x) => x.fileName), ...ws.imports.map((x) => x.fileName)] : [];
  return <DemoBanner ownFiles={own} />;
}

function Shell() {
  const [url, setUrl] = useUrlState();
  useEffect(() => {
    document.documentElement.lang = url.lang;
  }, [url.lang]);
  useEffect(() => {
    // The first number format of a language costs tens of milliseconds: better now, while
    // storage is read, than when the first figures are drawn.
    for (const format of [formatPercent, formatNumber, formatInteger, formatMoney]) {
      format(url.lang, 0);
    }
  }, [url.lang]);
  const nav: NavItem[] = NAV.map((n) => ({
    ...n,
    href: toSearch({ ...url, view: n.id }),
  }));
  return (
    <I18nProvider lang={url.lang}>
      <AppShell
        nav={nav}
        current={url.view}
        onNavigate={(view) => setUrl({ view: view as ViewId })}
        onLangChange={(lang) => setUrl({ lang })}
        banner={<Banner />}
      >
        <Suspense fallback={<p role="status">{'…'}</p>}>
          <Screen url={url} setUrl={setUrl} />
        </Suspense>
      </AppShell>
    </I18nProvider>
  );
}

export const queryClient = new QueryClient({
  defaultOptions: { queries: { refetchOnWindowFocus: false } },
});

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <Shell />
    </QueryClientProvider>
  );
}
