import { raw, sql } from '../../sql';
import type { IndicatorDef } from '../types';
import {
  COMPANY_BREAKDOWNS,
  COMPANY_FILTERS,
  PROJECT_BREAKDOWNS,
  PROJECT_FILTERS,
  sme,
  t,
} from './common';

const NAMED_PARTS = raw(`(
  SELECT pa.*, c.name AS company_name, c.country, p.title AS project_title
  FROM parts pa JOIN companies c USING (company_id) JOIN projects p USING (project_id)
)`);

const NO_RESEARCH = t(
  'Onderzoeksorganisaties (universiteiten, onderzoekscentra) tellen niet als bedrijf.',
  'Research organisations (universities, research centres) do not count as companies.',
);

export const COMPANIES: readonly IndicatorDef[] = [
  {
    id: 'B9',
    question: 'companies',
    title: t('Betrokken bedrijven', 'Companies engaged'),
    description: t(
      'Aantal verschillende bedrijven betrokken in een marktconsultatie, een offerte of een opdracht, per jaar.',
      'Number of distinct companies engaged in a market consultation, a bid or a contract, per year.',
    ),
    numerator: t(
      'Verschillende bedrijven met een deelname (consultatie, offerte of gunning) tegen de peildatum',
      'Distinct companies with a participation (consultation, bid or award) by the reference date',
    ),
    denominator: t('—', '—'),
    countOf: t('bedrijven', 'companies'),
    unit: 'count',
    statistic: 'count',
    filters: COMPANY_FILTERS,
    breakdowns: { year: 'year(on_date)', stage: 'stage', ...COMPANY_BREAKDOWNS },
    defaultBreakdown: 'year',
    sources: ['participations', 'companies', 'projects'],
    caveats: [
      NO_RESEARCH,
      t(
        'Bedrijven die een consultatie bijwoonden maar niet bij naam gekend zijn, ontbreken (zie B10 voor de aantallen).',
        'Companies that attended a consultation but are not known by name are missing (see B10 for the counts).',
      ),
    ],
    sql: (ctx) => sql`
      SELECT ${ctx.group} AS grp, count(DISTINCT company_id) AS num
      FROM parts WHERE NOT is_research_org GROUP BY 1`,
    records: {
      entity: 'companies',
      equals: 'numerator',
      sql: (ctx) => sql`
        SELECT ${ctx.group} AS grp, company_id, company_name, size_class, region,
          string_agg(DISTINCT stage, ', ' ORDER BY stage) AS stages, count(*) AS participations,
          min(on_date) AS first_on, max(on_date) AS last_on
        FROM ${NAMED_PARTS}
        WHERE NOT is_research_org
        GROUP BY ALL`,
    },
  },
  {
    id: 'B10',
    question: 'companies',
    title: t('Bedrijven per marktconsultatie', 'Companies per market consultation'),
    description: t(
      'Gemiddeld (en mediaan) aantal bedrijven bereikt per marktconsultatie.',
      'Mean (and median) number of companies reached per market consultation.',
    ),
    numerator: t(
      'Som van het aantal bereikte bedrijven (market_consultations.n_companies)',
      'Sum of companies reached (market_consultations.n_companies)',
    ),
    denominator: t(
      'Marktconsultaties gehouden tegen de peildatum',
      'Market consultations held by the reference date',
    ),
    unit: 'number',
    statistic: 'mean',
    filters: PROJECT_FILTERS,
    breakdowns: { ...PROJECT_BREAKDOWNS, year: 'year(held_on)' },
    defaultBreakdown: 'year',
    sources: ['market_consultations', 'projects'],
    caveats: [
      t(
        'Een bedrijf dat aan meerdere consultaties deelnam, telt in elk ervan.',
        'A company that took part in several consultations counts in each.',
      ),
    ],
    extras: ['median'],
    sql: (ctx) => sql`
      SELECT ${ctx.group} AS grp, avg(n_companies) AS mean, stddev_samp(n_companies) AS sd,
        count(*) AS n, quantile_cont(n_companies, 0.5) AS median
      FROM consults GROUP BY 1`,
    records: {
      entity: 'consultations',
      equals: 'n',
      sql: (ctx) => sql`
        SELECT ${ctx.group} AS grp, consultation_id, project_id, project_title, held_on, format,
          n_companies, n_research_orgs, call_year, call_type, theme, procedure, lead_org_type,
          lead_gov_level
        FROM (
          SELECT mc.*, p.title AS project_title
          FROM consults mc JOIN projects p USING (project_id)
        )`,
    },
  },
  {
    id: 'B11',
    question: 'companies',
    title: t('Concurrentie: offertes per opdracht', 'Competition: bids per tender'),
    description: t(
      'Gemiddeld aantal offertes per gegunde opdracht, de mediaan, en het aandeel opdrachten met één enkele offerte.',
      'Mean number of bids per awarded tender, the median, and the share of single-bid tenders.',
    ),
    numerator: t('Som van het aantal offertes', 'Sum of bids received'),
    denominator: t(
      'Opdrachten gegund tegen de peildatum met gekend aantal offertes',
      'Tenders awarded by the reference date with a known number of bids',
    ),
    unit: 'number',
    statistic: 'mean',
    filters: PROJECT_FILTERS,
    breakdowns: PROJECT_BREAKDOWNS,
    defaultBreakdown: 'procedure',
    sources: ['tenders', 'projects'],
    caveats: [
      t(
        'Het aantal offertes is pas zeker na de gunning: lopende opdrachten tellen niet mee.',
        'The number of bids is final only at award: open tenders are left out.',
      ),
    ],
    extras: ['median', 'single_bid_share', 'single_bid_tenders'],
    sql: (ctx) => sql`
      SELECT ${ctx.group} AS grp, avg(n_bids) AS mean, stddev_samp(n_bids) AS sd, count(*) AS n,
        quantile_cont(n_bids, 0.5) AS median,
        count(*) FILTER (WHERE n_bids = 1) / count(*) AS single_bid_share,
        count(*) FILTER (WHERE n_bids = 1) AS single_bid_tenders
      FROM tenders_f WHERE awarded_on IS NOT NULL AND n_bids IS NOT NULL GROUP BY 1`,
    records: {
      entity: 'tenders',
      equals: 'n',
      sql: (ctx) => sql`
        SELECT ${ctx.group} AS grp, tender_id, project_id, project_title, published_on,
          awarded_on, n_bids, estimated_value_eur, awarded_value_eur, call_year, call_type, theme,
          procedure, lead_org_type, lead_gov_level
        FROM (
          SELECT t.*, p.title AS project_title
          FROM tenders_f t JOIN projects p USING (project_id)
        )
        WHERE awarded_on IS NOT NULL AND n_bids IS NOT NULL`,
    },
  },
  {
    id: 'B12',
    question: 'companies',
    title: t('KMO-aandeel in de gunningen (aantal)', 'SME share of awarded companies (count)'),
    description: t(
      'Aandeel KMO’s (minder dan 250 werknemers) onder de bedrijven die een opdracht kregen.',
      'Share of SMEs (fewer than 250 staff) among the companies awarded a contract.',
    ),
    numerator: t(
      'Verschillende bedrijven met een gunning die micro, klein of middelgroot zijn',
      'Distinct awarded companies that are micro, small or medium-sized',
    ),
    denominator: t(
      'Verschillende bedrijven met een gunning tegen de peildatum',
      'Distinct companies with an award by the reference date',
    ),
    unit: 'share',
    statistic: 'share',
    filters: COMPANY_FILTERS,
    breakdowns: COMPANY_BREAKDOWNS,
    defaultBreakdown: 'procedure',
    sources: ['participations', 'companies', 'projects'],
    caveats: [NO_RESEARCH],
    sql: (ctx) => sql`
      SELECT ${ctx.group} AS grp,
        count(DISTINCT company_id) FILTER (WHERE ${sme('size_class')}) AS num,
        count(DISTINCT company_id) AS den
      FROM parts WHERE stage = 'award' AND NOT is_research_org GROUP BY 1`,
    records: {
      entity: 'companies',
      equals: 'n',
      sql: (ctx) => sql`
        SELECT ${ctx.group} AS grp, company_id, company_name, size_class, region,
          ${sme('size_class')} AS in_numerator, count(*) AS awards,
          min(on_date) AS first_award_on, sum(value_eur) AS awarded_value_eur
        FROM ${NAMED_PARTS}
        WHERE stage = 'award' AND NOT is_research_org
        GROUP BY ALL`,
    },
  },
  {
    id: 'B13',
    question: 'companies',
    title: t('KMO-aandeel in de gegunde waarde', 'SME share of awarded value'),
    description: t(
      'Aandeel van de gegunde waarde dat rechtstreeks naar KMO’s gaat.',
      'Share of the awarded value that goes directly to SMEs.',
    ),
    numerator: t('Gegunde waarde aan KMO’s', 'Value awarded to SMEs'),
    denominator: t(
      'Gegunde waarde aan alle bedrijven tegen de peildatum (participations.value_eur)',
      'Value awarded to all companies by the reference date (participations.value_eur)',
    ),
    unit: 'share',
    statistic: 'share',
    filters: COMPANY_FILTERS,
    breakdowns: COMPANY_BREAKDOWNS,
    defaultBreakdown: 'procedure',
    sources: ['participations', 'companies', 'projects'],
    benchmark: {
      value: 0.715,
      label: t(
        'EU-gefinancierde PCP’s: 71,5% rechtstreeks naar KMO’s',
        'EU-funded PCPs: 71.5% directly to SMEs',
      ),
      source: 'European Commission, digital-strategy.ec.europa.eu (30 EU-funded PCPs)',
    },
    caveats: [
      NO_RESEARCH,
      t(
        'Enkel rechtstreekse gunningen; onderaanneming via een groot bedrijf telt bij dat bedrijf.',
        'Direct awards only; subcontracting through a large company counts with that company.',
      ),
    ],
    sql: (ctx) => sql`
      SELECT ${ctx.group} AS grp,
        coalesce(sum(value_eur) FILTER (WHERE ${sme('size_class')}), 0) AS num,
        sum(value_eur) AS den, count(*) AS n
      FROM parts WHERE stage = 'award' AND NOT is_research_org AND value_eur IS NOT NULL
      GROUP BY 1`,
    records: {
      entity: 'participations',
      equals: 'n',
      sql: (ctx) => sql`
        SELECT ${ctx.group} AS grp, project_id, project_title, tender_id, company_id,
          company_name, size_class, region, role, on_date AS awarded_on, value_eur,
          ${sme('size_class')} AS in_numerator, call_year, call_type, theme, procedure,
          lead_org_type, lead_gov_level
        FROM ${NAMED_PARTS}
        WHERE stage = 'award' AND NOT is_research_org AND value_eur IS NOT NULL`,
    },
  },
  {
    id: 'B14',
    question: 'companies',
    title: t('Aandeel start-ups in de gunningen', 'Start-up share of awarded companies'),
    description: t(
      'Aandeel start-ups (jonger dan 5 jaar bij de eerste gunning) onder de bedrijven met een gunning.',
      'Share of start-ups (less than 5 years old at their first award) among awarded companies.',
    ),
    numerator: t(
      'Bedrijven waarvan het jaar van de eerste gunning min het oprichtingsjaar kleiner is dan 5',
      'Companies whose first award year minus founding year is less than 5',
    ),
    denominator: t(
      'Bedrijven met een gunning en een gekend oprichtingsjaar',
      'Awarded companies with a known founding year',
    ),
    unit: 'share',
    statistic: 'share',
    filters: COMPANY_FILTERS,
    breakdowns: COMPANY_BREAKDOWNS,
    defaultBreakdown: 'company_size',
    sources: ['participations', 'companies', 'projects'],
    caveats: [
      NO_RESEARCH,
      t(
        'Bedrijven zonder oprichtingsjaar vallen weg uit teller en noemer.',
        'Companies without a founding year are left out of numerator and denominator.',
      ),
    ],
    sql: (ctx) => sql`
      SELECT grp, count(*) FILTER (WHERE year(first_award) - founded_year < 5) AS num,
        count(*) AS den
      FROM (
        SELECT ${ctx.group} AS grp, company_id, min(on_date) AS first_award,
          any_value(founded_year) AS founded_year
        FROM parts
        WHERE stage = 'award' AND NOT is_research_org AND founded_year IS NOT NULL
        GROUP BY 1, company_id
      ) GROUP BY 1`,
    records: {
      entity: 'companies',
      equals: 'n',
      sql: (ctx) => sql`
        SELECT grp, company_id, company_name, size_class, region, founded_year, first_award_on,
          year(first_award_on) - founded_year AS age_at_first_award,
          year(first_award_on) - founded_year < 5 AS in_numerator
        FROM (
          SELECT ${ctx.group} AS grp, company_id, company_name, size_class, region, founded_year,
            min(on_date) AS first_award_on
          FROM ${NAMED_PARTS}
          WHERE stage = 'award' AND NOT is_research_org AND founded_year IS NOT NULL
          GROUP BY ALL
        )`,
    },
  },
  {
    id: 'B15',
    question: 'companies',
    title: t('Geografie van de gegunde waarde', 'Geography of awarded value'),
    description: t(
      'Aandeel van de gegunde waarde naar bedrijven in Vlaanderen, de rest van België en het buitenland.',
      'Share of awarded value going to companies in Flanders, the rest of Belgium and abroad.',
    ),
    numerator: t(
      'Gegunde waarde aan bedrijven in Vlaanderen (per regio in de uitsplitsing)',
      'Value awarded to companies in Flanders (per region in the breakdown)',
    ),
    denominator: t(
      'Alle gegunde waarde tegen de peildatum',
      'All awarded value by the reference date',
    ),
    unit: 'share',
    statistic: 'share',
    filters: COMPANY_FILTERS,
    breakdowns: {
      region_group: `CASE region WHEN 'flanders' THEN 'flanders' WHEN 'abroad' THEN 'abroad' ELSE 'rest_of_belgium' END`,
    },
    defaultBreakdown: 'region_group',
    sources: ['participations', 'companies', 'projects'],
    benchmark: {
      value: 0.331,
      label: t(
        'EU-gefinancierde PCP’s: 33,1% van de opdrachten grensoverschrijdend (aandeel buitenland)',
        'EU-funded PCPs: 33.1% of contracts awarded cross-border (share abroad)',
      ),
      source: 'European Commission, digital-strategy.ec.europa.eu',
      only: { breakdown: 'region_group', keys: ['abroad'] },
    },
    caveats: [
      NO_RESEARCH,
      t(
        'De benchmark telt opdrachten, niet waarde, en geldt voor het aandeel buitenland.',
        'The benchmark counts contracts, not value, and applies to the share abroad.',
      ),
    ],
    sql: (ctx) => sql`
      SELECT ${ctx.group} AS grp,
        ${raw(ctx.breakdown === null ? "coalesce(sum(value_eur) FILTER (WHERE region = 'flanders'), 0)" : 'sum(value_eur)')} AS num,
        sum(sum(value_eur)) OVER () AS den, count(*) AS n
      FROM parts WHERE stage = 'award' AND NOT is_research_org AND value_eur IS NOT NULL
      GROUP BY 1`,
    records: {
      entity: 'participations',
      equals: 'n',
      sql: (ctx) => sql`
        SELECT ${ctx.group} AS grp, project_id, project_title, tender_id, company_id,
          company_name, region, country, on_date AS awarded_on, value_eur,
          ${raw(ctx.breakdown === null ? "region = 'flanders'" : 'TRUE')} AS in_numerator
        FROM ${NAMED_PARTS}
        WHERE stage = 'award' AND NOT is_research_org AND value_eur IS NOT NULL`,
    },
  },
  {
    id: 'B16',
    question: 'companies',
    title: t('Hefboom', 'Leverage'),
    description: t(
      'Gegunde opdrachtwaarde per euro betaalde PIO-cofinanciering.',
      'Awarded contract value per euro of PIO co-financing paid.',
    ),
    numerator: t(
      'Gegunde waarde van de opdrachten (tenders.awarded_value_eur)',
      'Awarded value of the tenders (tenders.awarded_value_eur)',
    ),
    denominator: t(
      'Betaalde PIO-cofinanciering (projects.pio_cofin_paid_eur)',
      'PIO co-financing paid (projects.pio_cofin_paid_eur)',
    ),
    unit: 'ratio',
    statistic: 'ratio',
    filters: PROJECT_FILTERS,
    breakdowns: PROJECT_BREAKDOWNS,
    defaultBreakdown: 'procedure',
    sources: ['tenders', 'projects'],
    undatable: t(
      'De betaalde cofinanciering heeft geen datum: onder een peildatum kan de hefboom niet eerlijk berekend worden.',
      'Paid co-financing carries no date: under a reference date leverage cannot be computed honestly.',
    ),
    caveats: [
      t(
        'Teller en noemer gaan over dezelfde projecten, ook projecten zonder gegunde opdracht.',
        'Numerator and denominator cover the same projects, including projects without an award.',
      ),
    ],
    sql: (ctx) => sql`
      SELECT d.grp, coalesce(n.num, 0) AS num, d.den, d.n
      FROM (
        SELECT ${ctx.group} AS grp, sum(pio_cofin_paid_eur) AS den, count(*) AS n
        FROM projs GROUP BY 1
      ) d
      LEFT JOIN (
        SELECT ${ctx.group} AS grp, sum(awarded_value_eur) AS num FROM tenders_f GROUP BY 1
      ) n ON n.grp IS NOT DISTINCT FROM d.grp`,
    records: {
      entity: 'projects',
      equals: 'n',
      sql: (ctx) => sql`
        SELECT ${ctx.group} AS grp, project_id, title, status_at AS status, pio_cofin_paid_eur,
          coalesce(awarded_value_eur, 0) AS awarded_value_eur,
          coalesce(awarded_tenders, 0) AS awarded_tenders, call_year, call_type, theme,
          procedure, lead_org_type, lead_gov_level
        FROM (
          SELECT p.*, t.awarded_value_eur, t.awarded_tenders
          FROM projs p
          LEFT JOIN (
            SELECT project_id, sum(awarded_value_eur) AS awarded_value_eur,
              count(awarded_on) AS awarded_tenders
            FROM tenders_f GROUP BY 1
          ) t USING (project_id)
        )`,
    },
  },
  {
    id: 'B17',
    question: 'companies',
    title: t('Vervolgopdrachten', 'Follow-on sales'),
    description: t(
      'Aandeel van de bedrijven met een gunning dat later een vervolgopdracht kreeg, en de waarde ervan.',
      'Share of awarded companies that later won a follow-on contract, and its value.',
    ),
    numerator: t(
      'Bedrijven met een vervolgopdracht ondertekend na hun eerste gunning en tegen de peildatum',
      'Companies with a follow-on contract signed after their first award and by the reference date',
    ),
    denominator: t('Bedrijven met een gunning', 'Companies with an award'),
    unit: 'share',
    statistic: 'share',
    filters: COMPANY_FILTERS,
    breakdowns: COMPANY_BREAKDOWNS,
    defaultBreakdown: 'company_size',
    sources: ['participations', 'follow_ons', 'companies', 'projects'],
    caveats: [NO_RESEARCH],
    extras: ['follow_on_value_eur'],
    sql: (ctx) => sql`
      SELECT aw.grp, count(DISTINCT aw.company_id) FILTER (WHERE f.company_id IS NOT NULL) AS num,
        count(DISTINCT aw.company_id) AS den, coalesce(sum(f.value_eur), 0) AS follow_on_value_eur
      FROM (
        SELECT ${ctx.group} AS grp, company_id, min(on_date) AS first_award
        FROM parts WHERE stage = 'award' AND NOT is_research_org GROUP BY 1, company_id
      ) aw
      LEFT JOIN follow f ON f.company_id = aw.company_id AND f.signed_on > aw.first_award
      GROUP BY 1`,
    records: {
      entity: 'companies',
      equals: 'n',
      sql: (ctx) => sql`
        SELECT aw.grp, aw.company_id, aw.company_name, aw.size_class, aw.region,
          aw.first_award_on, count(f.company_id) > 0 AS in_numerator,
          count(f.company_id) AS follow_ons, coalesce(sum(f.value_eur), 0) AS follow_on_value_eur
        FROM (
          SELECT ${ctx.group} AS grp, company_id, company_name, size_class, region,
            min(on_date) AS first_award_on
          FROM ${NAMED_PARTS}
          WHERE stage = 'award' AND NOT is_research_org
          GROUP BY ALL
        ) aw
        LEFT JOIN follow f ON f.company_id = aw.company_id AND f.signed_on > aw.first_award_on
        GROUP BY ALL`,
    },
  },
];
