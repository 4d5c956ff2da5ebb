import { useEffect } from 'react';
import { dimensionLabel, useI18n, type MessageKey } from '../i18n';
import { INDICATORS, indicatorSql, type Filters } from '../queries/indicators';

interface Props {
  readonly filters: Filters;
  readonly selected: string | null;
}

export function CatalogueView({ filters, selected }: Props) {
  const { t, lang, percent } = useI18n();
  useEffect(() => {
    if (selected) document.getElementById(`def-${selected}`)?.scrollIntoView();
  }, [selected]);
  return (
    <section aria-labelledby="catalogue-title">
      <h1 id="catalogue-title">{t('view.catalogue')}</h1>
      <p>{t('view.catalogueIntro')}</p>
      <nav className="catalogue-index" aria-label={t('view.catalogue')}>
        {INDICATORS.map((d) => (
          <a key={d.id} href={`#def-${d.id}`}>
            {d.id}
          </a>
        ))}
      </nav>
      {INDICATORS.map((d) => {
        const q = indicatorSql(d, filters, d.defaultBreakdown ?? null);
        return (
          <article
            key={d.id}
            id={`def-${d.id}`}
            className="definition"
            data-testid={`definition-${d.id}`}
            aria-current={d.id === selected ? 'true' : undefined}
            tabIndex={-1}
          >
            <h2>
              <span className="kpi-id">{d.id}</span> {d.title[lang]}
            </h2>
            <p>{d.description[lang]}</p>
            <dl>
              <dt>{t('catalogue.question')}</dt>
              <dd>{t(`question.${d.question}` as MessageKey)}</dd>
              <dt>{t('catalogue.numerator')}</dt>
              <dd>{d.numerator[lang]}</dd>
              <dt>{t('catalogue.denominator')}</dt>
              <dd>{d.denominator[lang]}</dd>
              <dt>{t('catalogue.sources')}</dt>
              <dd>{d.sources.join(', ')}</dd>
              <dt>{t('catalogue.breakdowns')}</dt>
              <dd>
                {Object.keys(d.breakdowns)
                  .map((k) => dimensionLabel(lang, k))
                  .join(', ')}
              </dd>
              <dt>{t('catalogue.filters')}</dt>
              <dd>{d.filters.map((k) => dimensionLabel(lang, k)).join(', ')}</dd>
              {d.benchmark && (
                <>
                  <dt>{t('catalogue.benchmark')}</dt>
                  <dd>
                    {d.benchmark.label[lang]} ({percent(d.benchmark.value)}; {d.benchmark.source})
                  </dd>
                </>
              )}
              {(d.caveats.length > 0 || d.undatable) && (
                <>
                  <dt>{t('catalogue.caveats')}</dt>
                  <dd>
                    <ul>
                      {[...d.caveats, ...(d.undatable ? [d.undatable] : [])].map((c) => (
                        <li key={c.en}>{c[lang]}</li>
                      ))}
                    </ul>
                  </dd>
                </>
              )}
            </dl>
            <details>
              <summary>{t('catalogue.sql')}</summary>
              <pre className="sql" data-testid={`sql-${d.id}`}>
                {q.text}
              </pre>
              <p>
                {t('catalogue.params')}: <code>{JSON.stringify(q.params)}</code>
              </p>
            </details>
          </article>
        );
      })}
    </section>
  );
}
