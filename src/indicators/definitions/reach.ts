import { raw, sql } from '../../sql';
import type { IndicatorDef } from '../types';
import { numOverDen, t } from './common';

const ORG_BREAKDOWNS = { org_type: 'org_type', gov_level: 'gov_level' };

const BUYER_ORGS = raw(`
  SELECT o.org_id, o.name, o.org_type, o.gov_level, count(DISTINCT pb.project_id) AS projects,
    count(DISTINCT pb.project_id) FILTER (WHERE pb.role = 'lead') AS lead_projects,
    string_agg(DISTINCT pb.project_id, ', ' ORDER BY pb.project_id) AS project_ids,
    min(p.decided_on) AS first_eligible_on
  FROM project_buyers pb JOIN projects_all p USING (project_id) JOIN orgs o USING (org_id)
  GROUP BY ALL`);

/** Attendance whose 12-month window has closed, by the reference date and in the data. */
const CLOSED_WINDOWS = raw(`
  SELECT aa.* FROM attend aa, params
  WHERE aa.held_on + INTERVAL 12 MONTH <= least(
    params.as_of, (SELECT max(submitted_on) FROM applications))`);

const APPLICATIONS = raw(`
  SELECT a.application_id, a.title, a.call_id, a.call_year, a.call_type, a.theme,
    a.lead_org_id, o.name AS lead_org_name, a.org_type, a.gov_level, a.submitted_on,
    a.decision, a.decided_on
  FROM apps a JOIN organisations o ON o.org_id = a.lead_org_id`);

export const REACH: readonly IndicatorDef[] = [
  {
    id: 'A1',
    question: 'reach',
    title: t('Dekking aanvragers', 'Applicant coverage'),
    description: t(
      'Aandeel van de in aanmerking komende organisaties dat minstens één aanvraag indiende.',
      'Share of eligible organisations that submitted at least one application.',
    ),
    numerator: t(
      'Organisaties die als aanvrager minstens één aanvraag indienden tegen de peildatum',
      'Organisations that submitted at least one application as lead, by the reference date',
    ),
    denominator: t(
      'Organisaties in het populatiekader (laatste referentiejaar vóór of in het jaar van de peildatum)',
      'Organisations in the population frame (latest reference year not after the reference date)',
    ),
    unit: 'share',
    statistic: 'share',
    filters: ['asOf', 'callYears', 'callTypes', 'themes', 'orgTypes', 'govLevels'],
    breakdowns: ORG_BREAKDOWNS,
    defaultBreakdown: 'org_type',
    sources: ['applications', 'calls', 'organisations', 'population_frame'],
    caveats: [
      t(
        'Enkel de aanvragende (leidende) organisatie telt; partners in een aanvraag niet.',
        'Only the applying (lead) organisation counts; partners in an application do not.',
      ),
    ],
    sql: (ctx) =>
      numOverDen(
        ctx,
        raw(
          'count(*) AS num FROM (SELECT DISTINCT lead_org_id, org_type, gov_level FROM apps) GROUP BY 1',
        ),
        raw('sum(n_orgs) AS den FROM frame GROUP BY 1'),
      ),
    records: {
      entity: 'organisations',
      equals: 'numerator',
      sql: (ctx) => sql`
        SELECT ${ctx.group} AS grp, org_id, name, org_type, gov_level, applications,
          first_submitted_on
        FROM (
          SELECT a.lead_org_id AS org_id, o.name, a.org_type, a.gov_level,
            count(*) AS applications, min(a.submitted_on) AS first_submitted_on
          FROM apps a JOIN organisations o ON o.org_id = a.lead_org_id
          GROUP BY ALL
        )`,
    },
  },
  {
    id: 'A2',
    question: 'reach',
    title: t('Dekking deelnemers', 'Participant coverage'),
    description: t(
      'Aandeel van de in aanmerking komende organisaties dat koper is in minstens één PIO-project.',
      'Share of eligible organisations that are a buyer in at least one PIO project.',
    ),
    numerator: t(
      'Organisaties die leidende of partnerkoper zijn in een project dat tegen de peildatum ontvankelijk werd verklaard',
      'Organisations that are lead or partner buyer in a project found eligible by the reference date',
    ),
    denominator: t('Organisaties in het populatiekader', 'Organisations in the population frame'),
    unit: 'share',
    statistic: 'share',
    filters: ['asOf', 'callYears', 'callTypes', 'themes', 'orgTypes', 'govLevels', 'procedures'],
    breakdowns: ORG_BREAKDOWNS,
    defaultBreakdown: 'org_type',
    sources: ['projects', 'project_buyers', 'applications', 'organisations', 'population_frame'],
    caveats: [
      t(
        'Het organisatietype van de koper zelf telt, niet dat van de leidende koper van het project.',
        'The buyer’s own organisation type counts, not that of the project’s lead buyer.',
      ),
    ],
    sql: (ctx) =>
      numOverDen(
        ctx,
        raw(`count(*) AS num FROM (
          SELECT DISTINCT o.org_id, o.org_type, o.gov_level
          FROM project_buyers pb JOIN projects_all p USING (project_id) JOIN orgs o USING (org_id)
        ) GROUP BY 1`),
        raw('sum(n_orgs) AS den FROM frame GROUP BY 1'),
      ),
    records: {
      entity: 'organisations',
      equals: 'numerator',
      sql: (ctx) => sql`
        SELECT ${ctx.group} AS grp, org_id, name, org_type, gov_level, projects, lead_projects,
          project_ids, first_eligible_on
        FROM (${BUYER_ORGS})`,
    },
  },
  {
    id: 'A3',
    question: 'reach',
    title: t('Aandeel lokale besturen in de aanvragen', 'Local-government share of applications'),
    description: t(
      'Aandeel van de aanvragen dat door een lokaal bestuur werd ingediend.',
      'Share of applications submitted by a local government.',
    ),
    numerator: t(
      'Aanvragen van een organisatie met bestuursniveau lokaal (gemeente, OCMW, intergemeentelijk)',
      'Applications by an organisation of government level local (municipality, OCMW, intermunicipal)',
    ),
    denominator: t(
      'Alle aanvragen ingediend tegen de peildatum',
      'All applications submitted by the reference date',
    ),
    unit: 'share',
    statistic: 'share',
    filters: ['asOf', 'callYears', 'callTypes', 'themes'],
    breakdowns: { call: 'call_id', call_year: 'call_year', call_type: 'call_type', theme: 'theme' },
    defaultBreakdown: 'call_year',
    sources: ['applications', 'calls', 'organisations'],
    caveats: [],
    sql: (ctx) => sql`
      SELECT ${ctx.group} AS grp, count(*) FILTER (WHERE gov_level = 'local') AS num,
        count(*) AS den
      FROM apps GROUP BY 1`,
    records: {
      entity: 'applications',
      equals: 'n',
      sql: (ctx) => sql`
        SELECT ${ctx.group} AS grp, application_id, title, call_id, call_year, call_type, theme,
          lead_org_id, lead_org_name, org_type, gov_level, submitted_on,
          gov_level = 'local' AS in_numerator
        FROM (${APPLICATIONS})`,
    },
  },
  {
    id: 'A4',
    question: 'reach',
    title: t('Slaagkans van aanvragen', 'Success rate of applications'),
    description: t(
      'Aandeel van de besliste aanvragen dat ontvankelijk werd verklaard, per oproep.',
      'Share of decided applications that were found eligible, per call.',
    ),
    numerator: t(
      'Aanvragen ontvankelijk verklaard tegen de peildatum',
      'Applications found eligible by the reference date',
    ),
    denominator: t(
      'Aanvragen waarover tegen de peildatum beslist was (ontvankelijk, niet ontvankelijk of ingetrokken); aanvragen in behandeling tellen niet mee',
      'Applications decided by the reference date (eligible, ineligible or withdrawn); pending ones are left out',
    ),
    unit: 'share',
    statistic: 'share',
    filters: ['asOf', 'callYears', 'callTypes', 'themes', 'orgTypes', 'govLevels'],
    breakdowns: {
      call: 'call_id',
      call_year: 'call_year',
      call_type: 'call_type',
      theme: 'theme',
      ...ORG_BREAKDOWNS,
    },
    defaultBreakdown: 'call',
    sources: ['applications', 'calls', 'organisations'],
    caveats: [
      t(
        'Een ingetrokken aanvraag telt als niet geslaagd.',
        'A withdrawn application counts as not successful.',
      ),
    ],
    sql: (ctx) => sql`
      SELECT ${ctx.group} AS grp,
        count(*) FILTER (WHERE decision = 'eligible') AS num,
        count(*) AS den
      FROM apps, params
      WHERE decision IN ('eligible', 'ineligible', 'withdrawn') AND decided_on <= params.as_of
      GROUP BY 1`,
    records: {
      entity: 'applications',
      equals: 'n',
      sql: (ctx) => sql`
        SELECT ${ctx.group} AS grp, application_id, title, call_id, call_year, call_type, theme,
          lead_org_id, lead_org_name, org_type, gov_level, submitted_on, decision, decided_on,
          decision = 'eligible' AS in_numerator
        FROM (${APPLICATIONS}), params
        WHERE decision IN ('eligible', 'ineligible', 'withdrawn') AND decided_on <= params.as_of`,
    },
  },
  {
    id: 'A5',
    question: 'reach',
    title: t('Terugkerende kopers', 'Repeat buyers'),
    description: t(
      'Aandeel van de koper-organisaties dat in twee of meer projecten koopt.',
      'Share of buying organisations that buy in two or more projects.',
    ),
    numerator: t('Organisaties met 2 of meer projecten', 'Organisations with 2 or more projects'),
    denominator: t('Organisaties met minstens 1 project', 'Organisations with at least 1 project'),
    unit: 'share',
    statistic: 'share',
    filters: ['asOf', 'callYears', 'callTypes', 'themes', 'orgTypes', 'govLevels', 'procedures'],
    breakdowns: ORG_BREAKDOWNS,
    defaultBreakdown: 'org_type',
    sources: ['projects', 'project_buyers', 'applications', 'organisations'],
    caveats: [
      t('Leidende en partnerkopers tellen allebei.', 'Lead and partner buyers both count.'),
    ],
    sql: (ctx) => sql`
      SELECT ${ctx.group} AS grp, count(*) FILTER (WHERE k >= 2) AS num, count(*) AS den
      FROM (
        SELECT o.org_id, o.org_type, o.gov_level, count(DISTINCT pb.project_id) AS k
        FROM project_buyers pb JOIN projects_all p USING (project_id) JOIN orgs o USING (org_id)
        GROUP BY ALL
      ) GROUP BY 1`,
    records: {
      entity: 'organisations',
      equals: 'n',
      sql: (ctx) => sql`
        SELECT ${ctx.group} AS grp, org_id, name, org_type, gov_level, projects, lead_projects,
          project_ids, first_eligible_on, projects >= 2 AS in_numerator
        FROM (${BUYER_ORGS})`,
    },
  },
  {
    id: 'A6',
    question: 'reach',
    title: t('Bereik van sensibilisering', 'Awareness reach'),
    description: t(
      'Aandeel van de in aanmerking komende organisaties dat minstens één PIO-activiteit bijwoonde.',
      'Share of eligible organisations that attended at least one PIO activity.',
    ),
    numerator: t(
      'Organisaties met minstens één deelname aan een activiteit tegen de peildatum',
      'Organisations that attended at least one activity by the reference date',
    ),
    denominator: t('Organisaties in het populatiekader', 'Organisations in the population frame'),
    unit: 'share',
    statistic: 'share',
    filters: ['asOf', 'orgTypes', 'govLevels'],
    breakdowns: ORG_BREAKDOWNS,
    defaultBreakdown: 'org_type',
    sources: ['activities', 'activity_attendance', 'organisations', 'population_frame'],
    caveats: [],
    sql: (ctx) =>
      numOverDen(
        ctx,
        raw(
          'count(*) AS num FROM (SELECT DISTINCT org_id, org_type, gov_level FROM attend) GROUP BY 1',
        ),
        raw('sum(n_orgs) AS den FROM frame GROUP BY 1'),
      ),
    records: {
      entity: 'organisations',
      equals: 'numerator',
      sql: (ctx) => sql`
        SELECT ${ctx.group} AS grp, org_id, name, org_type, gov_level, activities, persons,
          first_attended_on, last_attended_on
        FROM (
          SELECT aa.org_id, o.name, aa.org_type, aa.gov_level,
            count(DISTINCT aa.activity_id) AS activities, sum(aa.persons) AS persons,
            min(aa.held_on) AS first_attended_on, max(aa.held_on) AS last_attended_on
          FROM attend aa JOIN organisations o ON o.org_id = aa.org_id
          GROUP BY ALL
        )`,
    },
  },
  {
    id: 'A7',
    question: 'reach',
    title: t('Conversie na activiteiten', 'Conversion after activities'),
    description: t(
      'Aandeel van de deelnemende organisaties dat binnen 12 maanden na een activiteit een aanvraag indiende.',
      'Share of attending organisations that applied within 12 months after an activity.',
    ),
    numerator: t(
      'Deelnemende organisaties met een aanvraag ingediend na een bijgewoonde activiteit en uiterlijk 12 maanden erna',
      'Attending organisations with an application submitted after an attended activity and at most 12 months later',
    ),
    denominator: t(
      'Organisaties die een activiteit bijwoonden waarvan de 12 maanden volledig verstreken zijn (vóór de peildatum, of vóór de laatste aanvraag in de gegevens)',
      'Organisations that attended an activity whose 12 months have fully passed (before the reference date, or before the last application in the data)',
    ),
    unit: 'share',
    statistic: 'share',
    filters: ['asOf', 'orgTypes', 'govLevels'],
    breakdowns: ORG_BREAKDOWNS,
    defaultBreakdown: 'org_type',
    sources: ['activities', 'activity_attendance', 'applications', 'organisations'],
    caveats: [
      t(
        'Activiteiten van de laatste 12 maanden tellen nog niet mee: hun venster is niet afgelopen.',
        'Activities of the last 12 months do not count yet: their window has not closed.',
      ),
      t(
        'Een aanvraag na een activiteit bewijst geen oorzakelijk verband.',
        'An application after an activity does not prove a causal link.',
      ),
    ],
    sql: (ctx) => sql`
      SELECT ${ctx.group} AS grp, count(*) FILTER (WHERE converted) AS num, count(*) AS den
      FROM (
        SELECT e.org_id, any_value(e.org_type) AS org_type, any_value(e.gov_level) AS gov_level,
          count(a.application_id) > 0 AS converted
        FROM (${CLOSED_WINDOWS}) e
        LEFT JOIN applications a ON a.lead_org_id = e.org_id
          AND a.submitted_on > e.held_on AND a.submitted_on <= e.held_on + INTERVAL 12 MONTH
        GROUP BY e.org_id
      ) GROUP BY 1`,
    records: {
      entity: 'organisations',
      equals: 'n',
      sql: (ctx) => sql`
        SELECT ${ctx.group} AS grp, org_id, name, org_type, gov_level, activities,
          first_activity_on, applications_within_12_months, first_application_on,
          applications_within_12_months > 0 AS in_numerator
        FROM (
          SELECT e.org_id, o.name, e.org_type, e.gov_level,
            count(DISTINCT e.activity_id) AS activities, min(e.held_on) AS first_activity_on,
            count(DISTINCT a.application_id) AS applications_within_12_months,
            min(a.submitted_on) AS first_application_on
          FROM (${CLOSED_WINDOWS}) e
          JOIN organisations o ON o.org_id = e.org_id
          LEFT JOIN applications a ON a.lead_org_id = e.org_id
            AND a.submitted_on > e.held_on AND a.submitted_on <= e.held_on + INTERVAL 12 MONTH
          GROUP BY ALL
        )`,
    },
  },
  {
    id: 'A8',
    question: 'reach',
    title: t('Internationaal: EU-PCP/PPI-projecten', 'International: EU PCP/PPI projects'),
    description: t(
      'Vlaamse organisaties in EU-gefinancierde PCP- en PPI-projecten en hun EU-bijdrage, met en zonder PIO-steun (OD4).',
      'Flemish organisations in EU-funded PCP and PPI projects and their EU contribution, with and without PIO support (OD4).',
    ),
    numerator: t(
      'Organisaties in minstens één EU-PCP/PPI-project dat tegen de peildatum gestart was',
      'Organisations in at least one EU PCP/PPI project started by the reference date',
    ),
    denominator: t('—', '—'),
    countOf: t('Vlaamse organisaties in EU-projecten', 'Flemish organisations in EU projects'),
    unit: 'count',
    statistic: 'count',
    filters: ['asOf', 'orgTypes', 'govLevels'],
    breakdowns: {
      pio_supported: 'pio_supported',
      org_type: 'org_type',
      gov_level: 'gov_level',
    },
    defaultBreakdown: 'pio_supported',
    sources: ['eu_projects', 'eu_participations', 'organisations'],
    caveats: [
      t(
        'Coördinatie- en ondersteuningsacties (CSA) tellen niet mee.',
        'Coordination and support actions (CSA) are left out.',
      ),
    ],
    extras: ['supported_orgs', 'eu_contribution_eur', 'eu_contribution_supported_eur'],
    sql: (ctx) => sql`
      SELECT ${ctx.group} AS grp, count(DISTINCT org_id) AS num,
        count(DISTINCT org_id) FILTER (WHERE pio_supported) AS supported_orgs,
        sum(eu_contribution_eur) AS eu_contribution_eur,
        coalesce(sum(eu_contribution_eur) FILTER (WHERE pio_supported), 0)
          AS eu_contribution_supported_eur
      FROM (
        SELECT ep.eu_project_id, ep.org_id, ep.pio_supported, ep.eu_contribution_eur,
          o.org_type, o.gov_level
        FROM eu_participations ep
        JOIN eu_projects e USING (eu_project_id)
        JOIN orgs o USING (org_id), params
        WHERE e.instrument IN ('pcp', 'ppi') AND e.started_on <= params.as_of
      ) GROUP BY 1`,
    records: {
      entity: 'organisations',
      equals: 'numerator',
      // One row per organisation in each cell: under pio_supported, one that took part both
      // with and without support is counted, and shown, in both cells.
      sql: (ctx) => sql`
        SELECT ${ctx.group} AS grp, org_id, name, org_type, gov_level,
          count(*) AS eu_projects,
          string_agg(acronym, ', ' ORDER BY acronym) AS eu_project_acronyms,
          count(*) FILTER (WHERE pio_supported) AS pio_supported_eu_projects,
          sum(eu_contribution_eur) AS eu_contribution_eur,
          min(started_on) AS first_started_on
        FROM (
          SELECT ep.eu_project_id, e.acronym, e.started_on, ep.org_id, o.name, ep.pio_supported,
            ep.eu_contribution_eur, o.org_type, o.gov_level
          FROM eu_participations ep
          JOIN eu_projects e USING (eu_project_id)
          JOIN orgs o USING (org_id), params
          WHERE e.instrument IN ('pcp', 'ppi') AND e.started_on <= params.as_of
        )
        GROUP BY ALL`,
    },
  },
];
