import { MILESTONES } from '../../model';
import { constant, join, raw, sql, type Sql } from '../../sql';
import type { IndicatorDef } from '../types';
import { PROJECT_BREAKDOWNS, PROJECT_FILTERS, t } from './common';

const PROGRESS = MILESTONES.filter((m) => m !== 'stopped');

/** (milestone, rank) in the order a project moves through them. */
function milestoneRanks(milestones: readonly string[] = PROGRESS): Sql {
  return sql`(SELECT * FROM (VALUES ${join(
    milestones.map((m, i) => sql`(${constant(m)}, ${constant(i + 1)})`),
    ', ',
  )}) AS r(milestone, rank))`;
}

/** Each project of `projs` with its highest milestone by the reference date. */
function stages(): Sql {
  return sql`(
    SELECT p.*, CASE
        WHEN s.project_id IS NOT NULL THEN 'stopped'
        ELSE coalesce(h.highest, 'none') END AS stage,
      coalesce(h.highest_rank, 0) AS stage_rank
    FROM projs p
    LEFT JOIN (
      SELECT m.project_id, arg_max(m.milestone, r.rank) AS highest, max(r.rank) AS highest_rank
      FROM miles m JOIN ${milestoneRanks()} r USING (milestone) GROUP BY 1
    ) h USING (project_id)
    LEFT JOIN (SELECT DISTINCT project_id FROM miles WHERE milestone = 'stopped') s
      USING (project_id)
  )`;
}

const VALIDATED_RANK = PROGRESS.indexOf('validated') + 1;

/** Orders a project's milestones by date, and those on the same day by their rank. */
const MILESTONE_ORDER = raw("date_diff('day', DATE '1970-01-01', m.reached_on) * 100 + r.rank");

/** `projs` with the lead buyer's name, for the records behind a figure. */
const PROJECTS = raw(`(
  SELECT p.*, o.name AS lead_org_name
  FROM projs p JOIN organisations o ON o.org_id = p.lead_org_id
)`);

const PROJECT_COLUMNS = raw(
  'project_id, title, call_id, call_year, call_type, theme, procedure, lead_org_name, lead_org_type, lead_gov_level',
);

export const INNOVATION: readonly IndicatorDef[] = [
  {
    id: 'C18',
    question: 'innovation',
    title: t('Lanceringsgraad van aanbestedingen', 'Procurement launch rate'),
    description: t(
      'Aandeel van de ontvankelijke projecten dat een opdracht publiceerde.',
      'Share of eligible projects that published a tender.',
    ),
    numerator: t(
      'Projecten met minstens één opdracht gepubliceerd tegen de peildatum (tenders.published_on)',
      'Projects with at least one tender published by the reference date (tenders.published_on)',
    ),
    denominator: t(
      'Projecten ontvankelijk verklaard tegen de peildatum',
      'Projects found eligible by the reference date',
    ),
    unit: 'share',
    statistic: 'share',
    filters: PROJECT_FILTERS,
    breakdowns: PROJECT_BREAKDOWNS,
    defaultBreakdown: 'call_year',
    sources: ['projects', 'tenders', 'applications'],
    caveats: [
      t(
        'Recente projecten hadden nog weinig tijd om een opdracht te publiceren.',
        'Recent projects have had little time to publish a tender.',
      ),
    ],
    sql: (ctx) => sql`
      SELECT ${ctx.group} AS grp, count(*) FILTER (WHERE t.project_id IS NOT NULL) AS num,
        count(*) AS den
      FROM projs LEFT JOIN (SELECT DISTINCT project_id FROM tenders_f) t USING (project_id)
      GROUP BY 1`,
    records: {
      entity: 'projects',
      equals: 'n',
      sql: (ctx) => sql`
        SELECT ${ctx.group} AS grp, ${PROJECT_COLUMNS}, decided_on, tenders, first_published_on,
          tenders > 0 AS in_numerator
        FROM (
          SELECT p.*, coalesce(t.tenders, 0) AS tenders, t.first_published_on
          FROM ${PROJECTS} p
          LEFT JOIN (
            SELECT project_id, count(*) AS tenders, min(published_on) AS first_published_on
            FROM tenders_f GROUP BY 1
          ) t USING (project_id)
        )`,
    },
  },
  {
    id: 'C19',
    question: 'innovation',
    title: t('Bereikte fase', 'Stage reached'),
    description: t(
      'Verdeling van de projecten over de hoogste mijlpaal die ze bereikten; het kerncijfer is het aandeel met een gevalideerde innovatie (gevalideerd, ingezet of opgeschaald).',
      'Distribution of projects over the highest milestone they reached; the headline is the share with a validated innovation (validated, deployed or scaled).',
    ),
    numerator: t(
      'Projecten waarvan de hoogste mijlpaal tegen de peildatum “gevalideerd”, “in gebruik” of “opgeschaald” is (in de verdeling: projecten in die fase)',
      'Projects whose highest milestone by the reference date is validated, deployed or scaled (in the distribution: projects in that stage)',
    ),
    denominator: t('Ontvankelijke projecten', 'Eligible projects'),
    unit: 'share',
    statistic: 'share',
    filters: PROJECT_FILTERS,
    breakdowns: { milestone: 'stage', ...PROJECT_BREAKDOWNS },
    defaultBreakdown: 'milestone',
    sources: ['projects', 'milestones', 'applications'],
    trendCaveat: t(
      'Projecten uit de laatste oproepjaren lopen nog: ze hebben hun mijlpalen nog niet kunnen bereiken, dus hun aandeel is (nog) laag.',
      'Projects of the last call years are still running: they could not yet reach their milestones, so their share is (still) low.',
    ),
    caveats: [
      t(
        'Een gestopt project staat in de fase “gestopt”, ongeacht hoe ver het kwam.',
        'A stopped project is shown in stage “stopped”, however far it got.',
      ),
    ],
    sql: (ctx) =>
      ctx.breakdown === 'milestone'
        ? sql`
      SELECT ${ctx.group} AS grp, count(*) AS num, sum(count(*)) OVER () AS den
      FROM ${stages()} GROUP BY 1`
        : sql`
      SELECT ${ctx.group} AS grp,
        count(*) FILTER (WHERE stage <> 'stopped' AND stage_rank >= ${constant(VALIDATED_RANK)}) AS num,
        count(*) AS den
      FROM ${stages()} GROUP BY 1`,
    records: {
      entity: 'projects',
      equals: 'n',
      // Each stage of the distribution is a share of all projects: its cell lists them all.
      sql: (ctx) => {
        const projects = sql`(
          SELECT s.* RENAME (stage AS highest_milestone), o.name AS lead_org_name
          FROM ${stages()} s JOIN organisations o ON o.org_id = s.lead_org_id
        )`;
        return ctx.breakdown === 'milestone'
          ? sql`
        SELECT ${ctx.group} AS grp, ${PROJECT_COLUMNS}, highest_milestone,
          highest_milestone = stage AS in_numerator
        FROM ${projects} p, (SELECT DISTINCT stage FROM ${stages()}) c`
          : sql`
        SELECT ${ctx.group} AS grp, ${PROJECT_COLUMNS}, highest_milestone,
          highest_milestone <> 'stopped' AND stage_rank >= ${constant(VALIDATED_RANK)} AS in_numerator
        FROM ${projects}`;
      },
    },
  },
  {
    id: 'C20',
    question: 'innovation',
    title: t('Inzetgraad', 'Deployment rate'),
    description: t(
      'Aandeel van de afgeronde projecten waarvan de oplossing in gebruik genomen werd.',
      'Share of completed projects whose solution was deployed.',
    ),
    numerator: t(
      'Afgeronde projecten met de mijlpaal “in gebruik” tegen de peildatum',
      'Completed projects with the milestone deployed by the reference date',
    ),
    denominator: t(
      'Projecten met status completed en einddatum op of vóór de peildatum',
      'Projects with status completed and an end date on or before the reference date',
    ),
    unit: 'share',
    statistic: 'share',
    filters: PROJECT_FILTERS,
    breakdowns: PROJECT_BREAKDOWNS,
    defaultBreakdown: 'procedure',
    sources: ['projects', 'milestones', 'applications'],
    benchmark: {
      value: 0.5,
      label: t(
        'Afgeronde EU-PCP’s: ongeveer de helft zet de oplossing in',
        'Completed EU PCPs: about half deploy the solution',
      ),
      source: 'zabala.eu',
    },
    caveats: [],
    sql: (ctx) => sql`
      SELECT ${ctx.group} AS grp, count(*) FILTER (WHERE d.project_id IS NOT NULL) AS num,
        count(*) AS den
      FROM projs
      LEFT JOIN (SELECT DISTINCT project_id FROM miles WHERE milestone = 'deployed') d
        USING (project_id)
      WHERE status_at = 'completed'
      GROUP BY 1`,
    records: {
      entity: 'projects',
      equals: 'n',
      sql: (ctx) => sql`
        SELECT ${ctx.group} AS grp, ${PROJECT_COLUMNS}, ended_on, deployed_on,
          deployed_on IS NOT NULL AS in_numerator
        FROM (
          SELECT p.*, d.deployed_on
          FROM ${PROJECTS} p
          LEFT JOIN (
            SELECT project_id, min(reached_on) AS deployed_on
            FROM miles WHERE milestone = 'deployed' GROUP BY 1
          ) d USING (project_id)
          WHERE p.status_at = 'completed'
        )`,
    },
  },
  {
    id: 'C21',
    question: 'innovation',
    title: t('TRL-winst', 'TRL gain'),
    description: t(
      'Mediane stijging van het technologisch maturiteitsniveau (TRL) tussen de eerste en de laatste mijlpaal met een TRL.',
      'Median rise in technology readiness level (TRL) between the first and the last milestone that has a TRL.',
    ),
    numerator: t(
      'Per project: TRL bij de laatste mijlpaal min TRL bij de eerste (tegen de peildatum)',
      'Per project: TRL at the last milestone minus TRL at the first (by the reference date)',
    ),
    denominator: t(
      'Projecten met minstens twee mijlpalen met een TRL',
      'Projects with at least two milestones that have a TRL',
    ),
    unit: 'trl',
    statistic: 'median',
    filters: PROJECT_FILTERS,
    breakdowns: PROJECT_BREAKDOWNS,
    defaultBreakdown: 'procedure',
    sources: ['milestones', 'projects', 'applications'],
    caveats: [
      t(
        'Mijlpalen op dezelfde dag worden in de volgorde van het projectverloop gelezen; een gestopt project telt mee met de TRL bij de stopzetting.',
        'Milestones on the same day are read in the order of the project’s progress; a stopped project counts with its TRL at the stop.',
      ),
    ],
    extras: ['mean'],
    sql: (ctx) => sql`
      SELECT grp, quantile_cont(gain, 0.5) AS median, avg(gain) AS mean, count(*) AS n
      FROM (
        SELECT ${ctx.group} AS grp, p.project_id,
          arg_max(m.trl, ${MILESTONE_ORDER}) - arg_min(m.trl, ${MILESTONE_ORDER}) AS gain
        FROM projs p JOIN miles m USING (project_id)
          JOIN ${milestoneRanks(MILESTONES)} r USING (milestone)
        WHERE m.trl IS NOT NULL
        GROUP BY 1, p.project_id
        HAVING count(*) >= 2
      ) GROUP BY 1`,
    records: {
      entity: 'projects',
      equals: 'n',
      sql: (ctx) => sql`
        SELECT ${ctx.group} AS grp, ${PROJECT_COLUMNS}, first_milestone, first_trl,
          last_milestone, last_trl, last_trl - first_trl AS trl_gain
        FROM ${PROJECTS} p
        JOIN (
          SELECT m.project_id,
            arg_min(m.milestone, ${MILESTONE_ORDER}) AS first_milestone,
            arg_min(m.trl, ${MILESTONE_ORDER}) AS first_trl,
            arg_max(m.milestone, ${MILESTONE_ORDER}) AS last_milestone,
            arg_max(m.trl, ${MILESTONE_ORDER}) AS last_trl
          FROM miles m JOIN ${milestoneRanks(MILESTONES)} r USING (milestone)
          WHERE m.trl IS NOT NULL
          GROUP BY 1
          HAVING count(*) >= 2
        ) USING (project_id)`,
    },
  },
  {
    id: 'C22',
    question: 'innovation',
    title: t('Opschaling', 'Scaling'),
    description: t(
      'Aandeel van de ingezette oplossingen dat door minstens één andere koper werd overgenomen.',
      'Share of deployed solutions taken up by at least one other buyer.',
    ),
    numerator: t(
      'Ingezette projecten met een vervolgopdracht van een andere koper (follow_ons.same_buyer = false) tegen de peildatum',
      'Deployed projects with a follow-on contract from another buyer (follow_ons.same_buyer = false) by the reference date',
    ),
    denominator: t(
      'Projecten met de mijlpaal “in gebruik” tegen de peildatum',
      'Projects with the milestone deployed by the reference date',
    ),
    unit: 'share',
    statistic: 'share',
    filters: PROJECT_FILTERS,
    breakdowns: PROJECT_BREAKDOWNS,
    defaultBreakdown: 'procedure',
    sources: ['milestones', 'follow_ons', 'projects', 'applications'],
    caveats: [],
    sql: (ctx) => sql`
      SELECT ${ctx.group} AS grp, count(*) FILTER (WHERE s.project_id IS NOT NULL) AS num,
        count(*) AS den
      FROM projs
      JOIN (SELECT DISTINCT project_id FROM miles WHERE milestone = 'deployed') d
        USING (project_id)
      LEFT JOIN (SELECT DISTINCT project_id FROM follow WHERE NOT same_buyer) s
        USING (project_id)
      GROUP BY 1`,
    records: {
      entity: 'projects',
      equals: 'n',
      sql: (ctx) => sql`
        SELECT ${ctx.group} AS grp, ${PROJECT_COLUMNS}, deployed_on, other_buyers,
          other_buyer_follow_ons, other_buyer_value_eur, other_buyer_follow_ons > 0 AS in_numerator
        FROM (
          SELECT p.*, d.deployed_on, coalesce(f.buyers, 0) AS other_buyers,
            coalesce(f.follow_ons, 0) AS other_buyer_follow_ons, f.value_eur AS other_buyer_value_eur
          FROM ${PROJECTS} p
          JOIN (
            SELECT project_id, min(reached_on) AS deployed_on
            FROM miles WHERE milestone = 'deployed' GROUP BY 1
          ) d USING (project_id)
          LEFT JOIN (
            SELECT project_id, count(DISTINCT buyer_org_id) AS buyers, count(*) AS follow_ons,
              sum(value_eur) AS value_eur
            FROM follow WHERE NOT same_buyer GROUP BY 1
          ) f USING (project_id)
        )`,
    },
  },
  {
    id: 'C23',
    question: 'innovation',
    title: t('Doorlooptijd tot aanbesteding', 'Time to tender'),
    description: t(
      'Mediaan aantal dagen tussen de ontvankelijkheidsbeslissing en de publicatie van de eerste opdracht.',
      'Median number of days from the eligibility decision to the publication of the first tender.',
    ),
    numerator: t(
      'Per project: dagen van applications.decided_on tot de eerste tenders.published_on',
      'Per project: days from applications.decided_on to the first tenders.published_on',
    ),
    denominator: t(
      'Projecten met een opdracht gepubliceerd tegen de peildatum',
      'Projects with a tender published by the reference date',
    ),
    unit: 'days',
    statistic: 'median',
    filters: PROJECT_FILTERS,
    breakdowns: PROJECT_BREAKDOWNS,
    defaultBreakdown: 'procedure',
    sources: ['projects', 'tenders', 'applications'],
    caveats: [
      t(
        'Projecten zonder opdracht tellen niet mee; de mediaan onderschat dus de wachttijd van trage projecten.',
        'Projects without a tender are left out, so the median understates the wait of slow projects.',
      ),
    ],
    extras: ['mean'],
    sql: (ctx) => sql`
      SELECT ${ctx.group} AS grp, quantile_cont(days, 0.5) AS median, avg(days) AS mean,
        count(*) AS n
      FROM (
        SELECT p.*, date_diff('day', p.decided_on, t.first_published) AS days
        FROM projs p
        JOIN (SELECT project_id, min(published_on) AS first_published FROM tenders_f GROUP BY 1) t
          USING (project_id)
      ) GROUP BY 1`,
    records: {
      entity: 'projects',
      equals: 'n',
      sql: (ctx) => sql`
        SELECT ${ctx.group} AS grp, ${PROJECT_COLUMNS}, decided_on, first_published_on,
          days_to_tender, tenders
        FROM (
          SELECT p.*, t.first_published_on, t.tenders,
            date_diff('day', p.decided_on, t.first_published_on) AS days_to_tender
          FROM ${PROJECTS} p
          JOIN (
            SELECT project_id, min(published_on) AS first_published_on, count(*) AS tenders
            FROM tenders_f GROUP BY 1
          ) t USING (project_id)
        )`,
    },
  },
];
