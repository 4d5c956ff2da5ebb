import { useI18n } from '../i18n';
import { isLoaded, type DataIdentity } from '../queries/dataset';
import type { Filters, Question } from '../queries/indicators';
import { HEADLINES } from '../queries/overview';
import { AnnexExport } from './AnnexExport';
import { IndicatorCard } from './IndicatorCard';

interface Props {
  /** The loaded data, or while the engine starts, what it will be: figures computed ahead show. */
  readonly dataset: DataIdentity;
  readonly filters: Filters;
  readonly catalogueHref: (id: string) => string;
  readonly sqlHref?: (id: string) => string;
  readonly questionHref: (q: Question) => string;
}

export function OverviewView({ dataset, filters, catalogueHref, sqlHref, questionHref }: Props) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="overview-title">
      <h1 id="overview-title">{t('view.overview')}</h1>
      <p>{t('view.overviewIntro')}</p>
      <AnnexExport dataset={isLoaded(dataset) ? dataset : null} filters={filters} />
      {HEADLINES.map(({ question, ids }) => (
        <section
          key={question}
          className={`question question-${question}`}
          aria-labelledby={`q-${question}`}
          data-testid={`question-${question}`}
        >
          <h2 id={`q-${question}`}>{t(`question.${question}`)}</h2>
          <div className="kpi-grid">
            {ids.map((id) => (
              <IndicatorCard
                key={id}
                dataset={dataset}
                id={id}
                filters={filters}
                catalogueHref={catalogueHref}
                sqlHref={sqlHref}
              />
            ))}
          </div>
          {question !== 'objectives' && (
            <p className="question-more">
              <a href={questionHref(question)}>{t('view.more')}</a>
            </p>
          )}
        </section>
      ))}
    </section>
  );
}
