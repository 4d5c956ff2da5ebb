import { useEffect } from 'react';
import { ExportMenu } from '../components/ExportMenu';
import { dimensionLabel, tableLabel, useI18n, type Lang } from '../i18n';
import { useDataset } from '../queries/dataset';
import { INDICATORS, indicatorSql, type Filters, type IndicatorDef } from '../queries/indicators';
import { AnnexExport } from './AnnexExport';
import { exportContextOf } from './exportContextOf';

interface Props {
  readonly filters: Filters;
  readonly selected: string | null;
  /** Opens an indicator's SQL, under the filters, in the explorer. */
  readonly sqlHref?: (id: string) => string;
}

function definitionRow(
  def: IndicatorDef,
  filters: Filters,
  lang: Lang,
  questionLabel: string,
): Record<string, string | number | null> {
  const q = indicatorSql(def, filters, def.defaultBreakdown ?? null);
  return {
    id: def.id,
    question: questionLabel,
    title: def.title[lang],
    description: def.description[lang],
    numerator: def.numerator[lang],
    denominator: def.denominator[lang],
    unit: def.unit,
    sources: def.sources.map((s) => tableLabel(lang, s)).join(', '),
    breakdowns: Object.keys(def.breakdowns)
      .map((k) => dimensionLabel(lang, k))
      .join(', '),
    filters: def.filters.map((k) => dimensionLabel(lang, k)).join(', '),
    benchmark: def.benchmark ? def.benchmark.value : null,
    benchmark_source: def.benchmark
      ? `${def.benchmark.label[lang]} (${def.benchmark.source})`
      : null,
    caveats: [...def.caveats, ...(def.undatable ? [def.undatable] : [])]
      .map((c) => c[lang])
      .join(' '),
    sql: q.text,
    params: JSON.stringify(q.params),
  };
}

export function CatalogueView({ filters, selected, sqlHref }: Props) {
  const i18n = useI18n();
  const { t, lang, percent } = i18n;
  const dataset = useDataset().data;
  useEffect(() => {
    if (selected) document.getElementById(`def-${selected}`)?.scrollIntoView();
  }, [selected]);
  return (
    <section aria-labelledby="catalogue-title">
      <h1 id="catalogue-title">{t('view.catalogue')}</h1>
      <p>{t('view.catalogueIntro')}</p>
      {dataset && (
        <div className="export-bar">
          <AnnexExport dataset={dataset} filters={filters} />
          <ExportMenu
            label={t('export.catalogue')}
            showLabel
            fileStem="pio-catalogue"
            testId="catalogue"
            context={exportContextOf(i18n, dataset, filters, { title: t('export.catalogue') })}
            columns={[
              { name: 'id', label: t('export.col.indicator') },
              { name: 'question', label: t('catalogue.question') },
              { name: 'title', label: t('export.col.title') },
              { name: 'description', label: t('export.col.description') },
              { name: 'numerator', label: t('catalogue.numerator') },
              { name: 'denominator', label: t('catalogue.denominator') },
              { name: 'unit', label: t('catalogue.unit') },
              { name: 'sources', label: t('catalogue.sources') },
              { name: 'breakdowns', label: t('catalogue.breakdowns') },
              { name: 'filters', label: t('catalogue.filters') },
              { name: 'benchmark', label: t('catalogue.benchmark') },
              { name: 'benchmark_source', label: t('export.col.benchmarkSource') },
              { name: 'caveats', label: t('catalogue.caveats') },
              { name: 'sql', label: t('catalogue.sql') },
              { name: 'params', label: t('catalogue.params') },
            ]}
            rows={INDICATORS.map((d) =>
              definitionRow(d, filters, lang, t(`question.${d.question}`)),
            )}
          />
        </div>
      )}
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
              <dd>{t(`question.${d.question}`)}</dd>
              <dt>{t('catalogue.numerator')}</dt>
              <dd>{d.numerator[lang]}</dd>
              <dt>{t('catalogue.denominator')}</dt>
              <dd>{d.denominator[lang]}</dd>
              <dt>{t('catalogue.sources')}</dt>
              <dd>{d.sources.map((s) => tableLabel(lang, s)).join(', ')}</dd>
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
              {sqlHref && (
                <p>
                  <a href={sqlHref(d.id)} data-testid={`catalogue-sql-${d.id}`}>
                    {t('catalogue.openInExplorer')}
                  </a>
                </p>
              )}
            </details>
          </article>
        );
      })}
    </section>
  );
}
