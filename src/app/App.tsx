import { QueryClient, QueryClientProvider, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { AppShell, type NavItem } from '../components/AppShell';
import { DemoBanner } from '../components/DemoBanner';
import { EngineFailure, EngineProgress } from '../components/EngineStatus';
import { IssueList } from '../components/IssueList';
import { I18nProvider, useI18n } from '../i18n';
import {
  DatasetRejectedError,
  EngineStartError,
  datasetQuery,
  useDataset,
  useEngineProgress,
} from '../queries/dataset';
import { DataView } from '../views/DataView';
import { toSearch, useUrlState, type UrlState, type ViewId } from './url';

const NAV: readonly { id: ViewId; label: NavItem['label'] }[] = [{ id: 'data', label: 'nav.data' }];

function Screen({ url, setUrl }: { url: UrlState; setUrl: (p: Partial<UrlState>) => void }) {
  const { t } = useI18n();
  const dataset = useDataset();
  const progress = useEngineProgress();
  const client = useQueryClient();

  if (dataset.isPending) {
    return (
      <EngineProgress progress={progress?.phase === 'ready' ? { phase: 'loading' } : progress} />
    );
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
  return (
    <DataView dataset={dataset.data} selected={url.table} onSelect={(table) => setUrl({ table })} />
  );
}

function Shell() {
  const [url, setUrl] = useUrlState();
  useEffect(() => {
    document.documentElement.lang = url.lang;
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
        banner={<DemoBanner />}
      >
        <Screen url={url} setUrl={setUrl} />
      </AppShell>
    </I18nProvider>
  );
}

const queryClient = new QueryClient({
  defaultOptions: { queries: { refetchOnWindowFocus: false } },
});

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <Shell />
    </QueryClientProvider>
  );
}
