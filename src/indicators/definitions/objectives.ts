import { raw, sql } from '../../sql';
import type { IndicatorDef } from '../types';
import { PROJECT_FILTERS, t } from './common';

export const OBJECTIVES: readonly IndicatorDef[] = [
  {
    id: 'OD1',
    question: 'objectives',
    title: t('Diversiteit van de portefeuille', 'Portfolio diversity'),
    description: t(
      'Aandeel projecten buiten digitalisering, met het aantal thema’s en de projecten uit thematische oproepen.',
      'Share of projects outside digitalisation, with the number of themes and the projects from thematic calls.',
    ),
    numerator: t(
      'Projecten met een ander thema dan digitalisering',
      'Projects with a theme other than digitalisation',
    ),
    denominator: t('Ontvankelijke projecten', 'Eligible projects'),
    unit: 'share',
    statistic: 'share',
    filters: PROJECT_FILTERS,
    breakdowns: { call_year: 'call_year', call_type: 'call_type', procedure: 'procedure' },
    defaultBreakdown: 'call_year',
    sources: ['projects', 'applications', 'calls'],
    caveats: [],
    extras: ['themes', 'thematic_call_projects'],
    sql: (ctx) => sql`
      SELECT ${ctx.group} AS grp, count(*) FILTER (WHERE theme <> 'digitalisation') AS num,
        count(*) AS den, count(DISTINCT theme) AS themes,
        count(*) FILTER (WHERE call_type = 'thematic') AS thematic_call_projects
      FROM projs GROUP BY 1`,
    records: {
      entity: 'projects',
      equals: 'n',
      sql: (ctx) => sql`
        SELECT ${ctx.group} AS grp, project_id, title, call_id, call_year, call_type, theme,
          procedure, lead_org_name, lead_org_type, lead_gov_level,
          theme <> 'digitalisation' AS in_numerator
        FROM (
          SELECT p.*, o.name AS lead_org_name
          FROM projs p JOIN organisations o ON o.org_id = p.lead_org_id
        )`,
    },
  },
  {
    id: 'OD2',
    question: 'objectives',
    title: t('Kennisplatform', 'Knowledge platform'),
    description: t(
      'Paginaweergaven van het kennisplatform in het laatste jaar met gegevens, met unieke bezoekers en downloads; per jaar in de uitsplitsing.',
      'Page views of the knowledge platform in the latest year with data, with unique visitors and downloads; per year in the breakdown.',
    ),
    numerator: t('Som van de paginaweergaven', 'Sum of the page views'),
    denominator: t('—', '—'),
    countOf: t('paginaweergaven', 'page views'),
    unit: 'count',
    statistic: 'count',
    filters: ['asOf'],
    breakdowns: { year: 'year(month)' },
    defaultBreakdown: 'year',
    sources: ['web_metrics'],
    caveats: [
      t(
        'Unieke bezoekers worden per maand opgeteld: wie in twee maanden terugkomt, telt twee keer.',
        'Unique visitors are summed per month: a visitor returning in two months counts twice.',
      ),
    ],
    extras: ['unique_visitors', 'downloads', 'months'],
    sql: (ctx) => sql`
      SELECT ${ctx.group} AS grp, sum(page_views) AS num, sum(unique_visitors) AS unique_visitors,
        sum(downloads) AS downloads, count(*) AS months, count(*) AS n
      FROM web_metrics, params
      WHERE month <= params.as_of AND ${raw(
        ctx.breakdown === null
          ? '(SELECT max(year(month)) FROM web_metrics, params WHERE month <= params.as_of) = year(month)'
          : 'TRUE',
      )}
      GROUP BY 1`,
    records: {
      entity: 'months',
      equals: 'n',
      sql: (ctx) => sql`
        SELECT ${ctx.group} AS grp, month, page_views, unique_visitors, downloads
        FROM web_metrics, params
        WHERE month <= params.as_of AND ${raw(
          ctx.breakdown === null
            ? '(SELECT max(year(month)) FROM web_metrics, params WHERE month <= params.as_of) = year(month)'
            : 'TRUE',
        )}`,
    },
  },
  {
    id: 'OD3',
    question: 'objectives',
    title: t('Sensibilisering', 'Awareness'),
    description: t(
      'Activiteiten en deelnemers (personen) per jaar, en de bereikte organisaties (zie ook A6 en A7).',
      'Activities and attendees (persons) per year, and the organisations reached (see also A6 and A7).',
    ),
    numerator: t(
      'Activiteiten gehouden tegen de peildatum',
      'Activities held by the reference date',
    ),
    denominator: t('—', '—'),
    countOf: t('activiteiten', 'activities'),
    unit: 'count',
    statistic: 'count',
    filters: ['asOf'],
    breakdowns: { year: 'year(held_on)', activity_kind: 'kind' },
    defaultBreakdown: 'year',
    sources: ['activities', 'activity_attendance'],
    caveats: [],
    extras: ['attendees', 'organisations_reached', 'companies_reached'],
    sql: (ctx) => sql`
      SELECT ${ctx.group} AS grp, count(DISTINCT a.activity_id) AS num,
        coalesce(sum(aa.persons), 0) AS attendees,
        count(DISTINCT aa.org_id) AS organisations_reached,
        count(DISTINCT aa.company_id) AS companies_reached
      FROM acts a LEFT JOIN activity_attendance aa USING (activity_id)
      GROUP BY 1`,
    records: {
      entity: 'activities',
      equals: 'numerator',
      sql: (ctx) => sql`
        SELECT ${ctx.group} AS grp, activity_id, held_on, kind, title, attendees,
          organisations_reached, companies_reached
        FROM (
          SELECT a.activity_id, a.held_on, a.kind, a.title,
            coalesce(sum(aa.persons), 0) AS attendees,
            count(DISTINCT aa.org_id) AS organisations_reached,
            count(DISTINCT aa.company_id) AS companies_reached
          FROM acts a LEFT JOIN activity_attendance aa USING (activity_id)
          GROUP BY ALL
        )`,
    },
  },
  {
    id: 'OD4',
    question: 'objectives',
    title: t('PIO op de internationale kaart', 'PIO on the international map'),
    description: t(
      'EU-PCP/PPI-projecten met Vlaamse deelname die PIO ondersteunde, en de EU-bijdrage aan die deelnemers (zie ook A8).',
      'EU PCP/PPI projects with Flemish participation supported by PIO, and the EU contribution to those participants (see also A8).',
    ),
    numerator: t(
      'EU-projecten met minstens één door PIO ondersteunde Vlaamse deelnemer',
      'EU projects with at least one Flemish participant supported by PIO',
    ),
    denominator: t(
      'EU-PCP/PPI-projecten met Vlaamse deelname, gestart tegen de peildatum',
      'EU PCP/PPI projects with Flemish participation, started by the reference date',
    ),
    countOf: t('EU-projecten met PIO-steun', 'EU projects with PIO support'),
    unit: 'count',
    statistic: 'count',
    filters: ['asOf'],
    breakdowns: { year: 'year(started_on)' },
    defaultBreakdown: 'year',
    sources: ['eu_projects', 'eu_participations'],
    caveats: [],
    extras: ['eu_contribution_supported_eur'],
    sql: (ctx) => sql`
      SELECT ${ctx.group} AS grp,
        count(DISTINCT eu_project_id) FILTER (WHERE pio_supported) AS num,
        count(DISTINCT eu_project_id) AS den,
        coalesce(sum(ep.eu_contribution_eur) FILTER (WHERE pio_supported), 0)
          AS eu_contribution_supported_eur
      FROM eu_participations ep JOIN eu_projects e USING (eu_project_id), params
      WHERE e.instrument IN ('pcp', 'ppi') AND e.started_on <= params.as_of
      GROUP BY 1`,
    records: {
      entity: 'eu_projects',
      equals: 'numerator',
      sql: (ctx) => sql`
        SELECT ${ctx.group} AS grp, eu_project_id, acronym, programme, instrument, started_on,
          ended_on, eu_contribution_eur, supported_participants, eu_contribution_supported_eur
        FROM (
          SELECT e.eu_project_id, e.acronym, e.programme, e.instrument, e.started_on, e.ended_on,
            e.eu_contribution_eur,
            string_agg(coalesce(o.name, ep.org_id), '; ' ORDER BY ep.org_id)
              AS supported_participants,
            sum(ep.eu_contribution_eur) AS eu_contribution_supported_eur
          FROM eu_participations ep
          JOIN eu_projects e USING (eu_project_id)
          LEFT JOIN organisations o USING (org_id), params
          WHERE ep.pio_supported AND e.instrument IN ('pcp', 'ppi')
            AND e.started_on <= params.as_of
          GROUP BY ALL
        )`,
    },
  },
];
