import { ORG_TYPE_GOV_LEVEL } from '../model';
import { constant, join, named, namedList, raw, sql, type Param, type Sql } from '../sql';
import { LATEST_DATE, type Filters, type ListFilterKey } from './filters';

/** The parameter names of the filters, as the SQL explorer shows them (`$org_types`). */
const PARAM_NAMES: Readonly<Record<ListFilterKey, string>> = {
  callYears: 'call_years',
  callTypes: 'call_types',
  themes: 'themes',
  orgTypes: 'org_types',
  govLevels: 'gov_levels',
  procedures: 'procedures',
  companySizes: 'company_sizes',
  regions: 'regions',
  audiences: 'audiences',
};

/** `expr IN $list` for an active filter, TRUE for one that is not. */
function among(expr: string, filters: Filters, key: ListFilterKey): Sql {
  const values: readonly Param[] = filters[key];
  return values.length === 0
    ? raw('TRUE')
    : sql`${raw(expr)} IN ${namedList(PARAM_NAMES[key], values)}`;
}

/**
 * The filtered building blocks every indicator is written against, as common table
 * expressions. Each applies the reference date to its own dated column and the filters that
 * belong to its entity; values are bound parameters.
 *
 * - `apps_all` applications submitted by the reference date, with their call and lead
 *   organisation, filtered by call year and type only; `apps` adds theme and organisation.
 * - `projects_all` projects whose application was found eligible by the reference date,
 *   filtered by call, theme and procedure, with `status_at` (completed or stopped only when
 *   `ended_on` is on or before the reference date, else `ongoing`); `projs` adds the lead
 *   organisation's type and level.
 * - `orgs`, `frame`, `companies_f`: organisations, population frame and companies under the
 *   organisation and company filters. The frame is the latest `ref_year` not after the
 *   reference year (or the earliest there is).
 * - `tenders_f`, `parts`, `consults`, `miles`, `follow`: the dated events of `projs`
 *   (a tender's award fields are empty while its award lies after the reference date).
 * - `acts`, `attend`: activities held by the reference date and attendance by `orgs`.
 * - `surveys_f`, `resp`, `ans`: survey waves whose fieldwork ended by the reference date,
 *   their cases, and the answers of complete and partial respondents. A respondent is kept
 *   under a project, organisation or company filter only when it names a matching one.
 * - `wave_rr`: whether each wave's response rate can be known, and its invited cases that the
 *   respondents table does not list. It is known when the wave lists every invited case (it
 *   lists non-respondents, a disposition per case, or as many cases as `population_n`), or
 *   gives the number invited (`population_n`, whose cases beyond those listed count as
 *   unknown) and no filter selects part of its cases. A wave imported from a survey tool lists only those who answered: without
 *   the number invited its rate would be respondents over respondents.
 */
const DISPOSITIONS = ['complete', 'partial', 'refusal', 'noncontact', 'unknown', 'ineligible'];

/**
 * The AAPOR dispositions of the `resp` rows of a group (joined to `wave_rr` as `w`), one count
 * column each: the invited cases a wave does not list count as `unknown`, and `rr_known` says
 * whether the wave's response rate can be known at all.
 */
export const DISPOSITION_COUNTS = raw(
  [
    'bool_and(w.rr_known) AS rr_known',
    ...DISPOSITIONS.map(
      (d) =>
        `count(*) FILTER (WHERE disposition = '${d}')` +
        (d === 'unknown' ? ' + any_value(w.unlisted)' : '') +
        ` AS ${d}`,
    ),
  ].join(', '),
);

/**
 * The dispositions of a group's cases over its waves (each grouped on its own, so that a
 * wave's unlisted cases count once), summed over the waves whose response rate is known;
 * `waves_unknown` counts the others, left out.
 */
export function pooledDispositions(group: Sql, where: Sql): Sql {
  const sums = DISPOSITIONS.map((d) => `coalesce(sum(${d}) FILTER (WHERE rr_known), 0) AS ${d}`);
  return sql`SELECT grp, ${raw(sums.join(', '))},
  count(*) FILTER (WHERE NOT rr_known) AS waves_unknown
FROM (
  SELECT ${group} AS grp, survey_id, ${DISPOSITION_COUNTS}
  FROM resp JOIN wave_rr w USING (survey_id) WHERE ${where} GROUP BY 1, 2
) AS per_wave
GROUP BY grp`;
}

interface BaseCte {
  readonly name: string;
  readonly sql: Sql;
}

const mentions = (text: string, name: string): boolean => new RegExp(`\\b${name}\\b`).test(text);

/**
 * `body` under the base relations it reads, and those they read in turn, in their order. DuckDB
 * binds every CTE of a statement, read or not (some 18 ms for all of them in DuckDB-WASM on
 * Node, more in a browser), so a statement names only those it needs; the SQL a reader sees is
 * shorter too. A name found where it is not a reference only keeps one CTE more.
 */
export function withBase(f: Filters, body: Sql, shape: BaseShape = {}): Sql {
  const ctes = baseCteList(f, shape);
  const needed = new Set<string>();
  const pending = ctes.filter((c) => mentions(body.text, c.name)).map((c) => c.name);
  for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
    if (needed.has(name)) continue;
    needed.add(name);
    const text = ctes.find((c) => c.name === name)?.sql.text ?? '';
    pending.push(
      ...ctes.filter((c) => c.name !== name && mentions(text, c.name)).map((c) => c.name),
    );
  }
  const kept = ctes.filter((c) => needed.has(c.name));
  return kept.length === 0
    ? body
    : sql`WITH ${join(
        kept.map((c) => c.sql),
        ',\n',
      )}
${body}`;
}

/** How the statement's base relations are planned, chosen by the size of the data. */
export interface BaseShape {
  /**
   * Each reference to the respondents and answers reads them afresh instead of once into memory:
   * DuckDB keeps a relation read more than once (a batch reads the answers some thirty times)
   * uncompressed, about 215 bytes an answer, 1.4 GB for 6.5 million. On small data reading
   * them once plans faster (a filter change on the demo data 250 against 350 ms in Node).
   */
  readonly inlineAnswers?: boolean;
}

/** Answer rows from which a statement reads the answers afresh at each reference. */
export const INLINE_ANSWERS_FROM = 2_500_000;

function baseCteList(f: Filters, shape: BaseShape): readonly BaseCte[] {
  const hint = raw(shape.inlineAnswers === true ? 'NOT MATERIALIZED ' : '');
  const levels = join(
    Object.entries(ORG_TYPE_GOV_LEVEL).map(([t, l]) => sql`(${constant(t)}, ${constant(l)})`),
    ', ',
  );
  const projectFilterActive =
    f.callYears.length + f.callTypes.length + f.themes.length + f.procedures.length > 0;
  const orgFilterActive = f.orgTypes.length + f.govLevels.length > 0;
  const companyFilterActive = f.companySizes.length + f.regions.length > 0;
  // The number invited is known for a whole wave, not for the part of it a filter selects.
  const respondentFilterActive = projectFilterActive || orgFilterActive || companyFilterActive;
  return [
    {
      name: 'params',
      sql: sql`params AS (SELECT CAST(${named('as_of', f.asOf ?? LATEST_DATE)} AS DATE) AS as_of)`,
    },
    {
      name: 'org_levels',
      sql: sql`org_levels AS (SELECT * FROM (VALUES ${levels}) AS t(org_type, gov_level))`,
    },
    {
      name: 'orgs',
      sql: sql`orgs AS (
  SELECT o.* FROM organisations o
  WHERE ${among('o.org_type', f, 'orgTypes')} AND ${among('o.gov_level', f, 'govLevels')}
)`,
    },
    {
      name: 'frame',
      sql: sql`frame AS (
  SELECT pf.org_type, l.gov_level, pf.n_orgs
  FROM population_frame pf JOIN org_levels l USING (org_type)
  WHERE pf.ref_year = (
      SELECT coalesce(max(ref_year) FILTER (WHERE ref_year <= year(as_of)), min(ref_year))
      FROM population_frame, params)
    AND ${among('pf.org_type', f, 'orgTypes')} AND ${among('l.gov_level', f, 'govLevels')}
)`,
    },
    {
      name: 'companies_f',
      sql: sql`companies_f AS (
  SELECT c.* FROM companies c
  WHERE ${among('c.size_class', f, 'companySizes')} AND ${among('c.region', f, 'regions')}
)`,
    },
    {
      name: 'apps_all',
      sql: sql`apps_all AS (
  SELECT a.*, c.year AS call_year, c.call_type, o.org_type, o.gov_level
  FROM applications a
  JOIN calls c USING (call_id)
  JOIN organisations o ON o.org_id = a.lead_org_id, params
  WHERE a.submitted_on <= params.as_of
    AND ${among('c.year', f, 'callYears')} AND ${among('c.call_type', f, 'callTypes')}
)`,
    },
    {
      name: 'apps',
      sql: sql`apps AS (
  SELECT * FROM apps_all
  WHERE ${among('theme', f, 'themes')} AND ${among('org_type', f, 'orgTypes')}
    AND ${among('gov_level', f, 'govLevels')}
)`,
    },
    {
      name: 'projects_all',
      sql: sql`projects_all AS (
  SELECT p.*, a.call_id, a.call_year, a.call_type, a.lead_org_id,
    a.org_type AS lead_org_type, a.gov_level AS lead_gov_level, a.decided_on,
    CASE WHEN p.status IN ('completed', 'stopped') AND p.ended_on <= params.as_of
      THEN p.status ELSE 'ongoing' END AS status_at
  FROM projects p JOIN apps_all a USING (application_id), params
  WHERE a.decision = 'eligible' AND a.decided_on <= params.as_of
    AND ${among('p.theme', f, 'themes')} AND ${among('p.procedure', f, 'procedures')}
)`,
    },
    {
      name: 'projs',
      sql: sql`projs AS (
  SELECT * FROM projects_all
  WHERE ${among('lead_org_type', f, 'orgTypes')} AND ${among('lead_gov_level', f, 'govLevels')}
)`,
    },
    {
      name: 'tenders_f',
      sql: sql`tenders_f AS (
  SELECT t.tender_id, t.project_id, t.published_on, t.estimated_value_eur, t.n_bids,
    CASE WHEN t.awarded_on <= params.as_of THEN t.awarded_on END AS awarded_on,
    CASE WHEN t.awarded_on <= params.as_of THEN t.awarded_value_eur END AS awarded_value_eur,
    p.call_year, p.call_type, p.theme, p.procedure, p.lead_org_type, p.lead_gov_level
  FROM tenders t JOIN projs p USING (project_id), params
  WHERE t.published_on <= params.as_of
)`,
    },
    {
      name: 'parts',
      sql: sql`parts AS (
  SELECT pa.*, c.size_class, c.region, c.founded_year, c.is_research_org,
    p.call_year, p.call_type, p.theme, p.procedure, p.lead_org_type, p.lead_gov_level
  FROM participations pa
  JOIN projs p USING (project_id)
  JOIN companies_f c USING (company_id), params
  WHERE pa.on_date <= params.as_of
)`,
    },
    {
      name: 'consults',
      sql: sql`consults AS (
  SELECT mc.*, p.call_year, p.call_type, p.theme, p.procedure, p.lead_org_type, p.lead_gov_level
  FROM market_consultations mc JOIN projs p USING (project_id), params
  WHERE mc.held_on <= params.as_of
)`,
    },
    {
      name: 'miles',
      sql: sql`miles AS (
  SELECT m.* FROM milestones m JOIN projs USING (project_id), params
  WHERE m.reached_on <= params.as_of
)`,
    },
    {
      name: 'follow',
      sql: sql`follow AS (
  SELECT fo.*, c.size_class, c.region
  FROM follow_ons fo JOIN projs USING (project_id) JOIN companies_f c USING (company_id), params
  WHERE fo.signed_on <= params.as_of
)`,
    },
    {
      name: 'acts',
      sql: sql`acts AS (SELECT a.* FROM activities a, params WHERE a.held_on <= params.as_of)`,
    },
    {
      name: 'attend',
      sql: sql`attend AS (
  SELECT aa.activity_id, aa.org_id, aa.persons, o.org_type, o.gov_level, acts.held_on, acts.kind
  FROM activity_attendance aa JOIN acts USING (activity_id) JOIN orgs o ON o.org_id = aa.org_id
)`,
    },
    {
      name: 'surveys_f',
      sql: sql`surveys_f AS (
  SELECT s.* FROM surveys s, params
  WHERE s.fieldwork_end <= params.as_of AND ${among('s.audience', f, 'audiences')}
)`,
    },
    {
      name: 'resp',
      sql: sql`resp AS ${hint}(
  SELECT r.*, s.audience, s.population_n, s.fieldwork_end,
    p.call_year, p.call_type, p.theme, p.procedure,
    o.org_type, o.gov_level, c.size_class, c.region
  FROM respondents r
  JOIN surveys_f s USING (survey_id)
  LEFT JOIN projects_all p ON p.project_id = r.project_id
  LEFT JOIN organisations o ON o.org_id = r.org_id
  LEFT JOIN companies c ON c.company_id = r.company_id
  WHERE ${raw(projectFilterActive ? 'p.project_id IS NOT NULL' : 'TRUE')}
    AND ${raw(orgFilterActive ? 'o.org_id IS NOT NULL' : 'TRUE')}
    AND ${raw(companyFilterActive ? 'c.company_id IS NOT NULL' : 'TRUE')}
    AND ${among('o.org_type', f, 'orgTypes')} AND ${among('o.gov_level', f, 'govLevels')}
    AND ${among('c.size_class', f, 'companySizes')} AND ${among('c.region', f, 'regions')}
)`,
    },
    {
      name: 'ans',
      sql: sql`ans AS ${hint}(
  SELECT a.survey_id, a.respondent_id, a.question_code, a.value_num, a.value_text,
    a.not_applicable, r.audience, r.population_n, r.project_id, r.org_id, r.company_id,
    r.call_year, r.call_type, r.theme, r.procedure, r.org_type, r.gov_level, r.size_class,
    r.region, r.submitted_at, r.fieldwork_end
  FROM answers a JOIN resp r USING (survey_id, respondent_id)
  WHERE r.disposition IN ('complete', 'partial')
)`,
    },
    {
      name: 'latest_waves',
      sql: sql`latest_waves AS (
  SELECT audience, arg_max(survey_id, fieldwork_end) AS survey_id
  FROM surveys_f GROUP BY audience
)`,
    },
    {
      name: 'wave_cases',
      sql: sql`wave_cases AS (
  SELECT survey_id, count(*) AS listed,
    count(*) FILTER (WHERE disposition IN ('noncontact', 'unknown', 'ineligible')) > 0
      AS lists_nonresponse
  FROM respondents GROUP BY survey_id
)`,
    },
    {
      name: 'wave_rr',
      sql: sql`wave_rr AS (
  SELECT s.survey_id,
    coalesce(c.lists_nonresponse OR c.listed >= s.population_n, FALSE)
      OR (s.population_n IS NOT NULL AND ${raw(respondentFilterActive ? 'FALSE' : 'TRUE')})
      AS rr_known,
    CASE WHEN s.population_n IS NOT NULL AND ${raw(respondentFilterActive ? 'FALSE' : 'TRUE')}
      THEN greatest(s.population_n - coalesce(c.listed, 0), 0) ELSE 0 END AS unlisted
  FROM surveys_f s LEFT JOIN wave_cases c USING (survey_id)
)`,
    },
  ];
}
