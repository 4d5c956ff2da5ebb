import { useI18n, type MessageKey } from '../i18n';
import type { LoadedDataset } from '../queries/dataset';
import { INDICATORS, type Filters, type Question } from '../queries/indicators';
import { IndicatorCard } from './IndicatorCard';
import { FunnelPanel } from './FunnelPanel';
import { LikertPanel } from './LikertPanel';

interface Props {
  readonly dataset: LoadedDataset;
  readonly question: Exclude<Question, 'objectives'>;
  readonly filters: Filters;
  readonly catalogueHref: (id: string) => string;
}

export function QuestionView({ dataset, question, filters, catalogueHref }: Props) {
  const { t } = useI18n();
  const defs = INDICATORS.filter((d) => d.question === question);
  return (
    <section aria-labelledby="question-title" data-testid={`view-${question}`}>
      <h1 id="question-title">{t(`view.${question}` as MessageKey)}</h1>
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
            withChart
          />
        ))}
      </div>
    </section>
  );
}
