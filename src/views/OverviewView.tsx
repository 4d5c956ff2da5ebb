import { useI18n, type MessageKey } from '../i18n';
import type { LoadedDataset } from '../queries/dataset';
import type { Filters, Question } from '../queries/indicators';
import { AnnexExport } from './AnnexExport';
import { IndicatorCard } from './IndicatorCard';

/** The few headline figures that answer each question at a glance. */
export const HEADLINES: readonly { question: Question; ids: readonly string[] }[] = [
  { question: 'reach', ids: ['A1', 'A2', 'A4', 'A3'] },
  { question: 'companies', ids: ['B13', 'B12', 'B11', 'B16'] },
  { question: 'innovation', ids: ['C18', 'C19', 'C20', 'C22'] },
  { question: 'satisfaction', ids: ['D24', 'D26', 'D27', 'D28'] },
  { question: 'objectives', ids: ['OD1', 'OD2', 'OD3', 'OD4'] },
];

interface Props {
  readonly dataset: LoadedDataset;
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
      <AnnexExport dataset={dataset} filters={filters} />
      {HEADLINES.map(({ question, ids }) => (
        <section
          key={question}
          className={`question question-${question}`}
          aria-labelledby={`q-${question}`}
          data-testid={`question-${question}`}
        >
          <h2 id={`q-${question}`}>{t(`question.${question}` as MessageKey)}</h2>
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
