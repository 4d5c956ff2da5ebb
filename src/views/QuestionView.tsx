import { ExportContextProvider } from '../components/exportContext';
import { useI18n } from '../i18n';
import type { LoadedDataset } from '../queries/dataset';
import { INDICATORS, type Filters, type Question } from '../queries/indicators';
import { exportContextOf } from './exportContextOf';
import { IndicatorCard } from './IndicatorCard';
import { FunnelPanel } from './FunnelPanel';
import { LikertPanel } from './LikertPanel';
import { ResultsExport } from './ResultsExport';

interface Props {
  readonly dataset: LoadedDataset;
  readonly question: Exclude<Question, 'objectives'>;
  readonly filters: Filters;
  readonly catalogueHref: (id: string) => string;
  readonly sqlHref?: (id: string) => string;
}

export function QuestionView({ dataset, question, filters, catalogueHref, sqlHref }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const defs = INDICATORS.filter((d) => d.question === question);
  const title = t(`view.${question}`);
  // Charts inside the cards state the same filters, reference date and origin in their exports.
  const context = exportContextOf(i18n, dataset, filters);
  return (
    <section aria-labelledby="question-title" data-testid={`view-${question}`}>
      <h1 id="question-title">{title}</h1>
      <ExportContextProvider value={context}>
        <ResultsExport
          dataset={dataset}
          filters={filters}
          defs={defs}
          context={{ ...context, title: t('export.resultsOf', { view: title }) }}
          fileStem={`pio-results-${question}`}
          label={t('export.resultsOf', { view: title })}
        />
        {question === 'companies' && <FunnelPanel dataset={dataset} filters={filters} />}
        {question === 'satisfaction' && <LikertPanel dataset={dataset} filters={filters} />}
        <div className="panel-grid">
          {defs.map((d) => (
            <IndicatorCard
              key={d.id}
              dataset={dataset}
              id={d.id}
              filters={filters}
              catalogueHref={catalogueHref}
              sqlHref={sqlHref}
              withChart
            />
          ))}
        </div>
      </ExportContextProvider>
    </section>
  );
}
