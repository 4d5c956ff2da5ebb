import {
  ACTIVITY_KINDS,
  APPLICATION_DECISIONS,
  AUDIENCES,
  CALL_TYPES,
  COMPANY_REGIONS,
  COMPANY_SIZES,
  CONSULTATION_FORMATS,
  DISPOSITIONS,
  EU_INSTRUMENTS,
  EU_PROGRAMMES,
  EU_ROLES,
  GOV_LEVELS,
  MILESTONES,
  ORG_TYPES,
  PARTICIPATION_ROLES,
  PARTICIPATION_STAGES,
  PROCEDURES,
  PROJECT_BUYER_ROLES,
  PROJECT_STATUSES,
  PROVINCES,
  QUESTION_SCALES,
  THEMES,
} from './enums';

/** The SQL types the canonical tables use. Money is DECIMAL so sums keep their cents. */
export type ColumnType =
  'VARCHAR' | 'INTEGER' | 'DOUBLE' | 'DECIMAL(14,2)' | 'DATE' | 'TIMESTAMP' | 'BOOLEAN';

export interface ColumnDef {
  readonly name: string;
  readonly type: ColumnType;
  readonly required?: boolean;
  readonly enum?: readonly string[];
  readonly min?: number;
  readonly max?: number;
  readonly description: string;
}

export interface ForeignKey {
  readonly columns: readonly string[];
  readonly table: TableName;
  readonly refColumns: readonly string[];
}

export interface TableDef {
  readonly name: TableName;
  readonly description: string;
  readonly columns: readonly ColumnDef[];
  /** Columns whose combined values are unique. NULLs take part as a value. */
  readonly primaryKey: readonly string[];
  readonly foreignKeys: readonly ForeignKey[];
}

export const TABLE_NAMES = [
  'calls',
  'organisations',
  'population_frame',
  'applications',
  'projects',
  'project_buyers',
  'market_consultations',
  'tenders',
  'companies',
  'participations',
  'milestones',
  'follow_ons',
  'activities',
  'activity_attendance',
  'web_metrics',
  'eu_projects',
  'eu_participations',
  'surveys',
  'respondents',
  'questions',
  'answers',
] as const;

export type TableName = (typeof TABLE_NAMES)[number];

const id = (name: string, description: string): ColumnDef => ({
  name,
  type: 'VARCHAR',
  required: true,
  description,
});
const ref = (name: string, description: string, required = true): ColumnDef => ({
  name,
  type: 'VARCHAR',
  required,
  description,
});
const fk = (column: string, table: TableName, refColumn = column): ForeignKey => ({
  columns: [column],
  table,
  refColumns: [refColumn],
});
const money = (name: string, description: string, required = false): ColumnDef => ({
  name,
  type: 'DECIMAL(14,2)',
  required,
  min: 0,
  description,
});
const date = (name: string, description: string, required = false): ColumnDef => ({
  name,
  type: 'DATE',
  required,
  description,
});
const oneOf = (
  name: string,
  values: readonly string[],
  description: string,
  required = true,
): ColumnDef => ({ name, type: 'VARCHAR', enum: values, required, description });
const text = (name: string, description: string, required = false): ColumnDef => ({
  name,
  type: 'VARCHAR',
  required,
  description,
});
const count = (name: string, description: string, required = false): ColumnDef => ({
  name,
  type: 'INTEGER',
  min: 0,
  required,
  description,
});

export const TABLES: readonly TableDef[] = [
  {
    name: 'calls',
    description:
      'One row per submission deadline of a call (a call with two deadlines is two rows).',
    columns: [
      id('call_id', 'Key, e.g. CALL-2020-OPEN-1'),
      {
        name: 'year',
        type: 'INTEGER',
        required: true,
        min: 2016,
        max: 2100,
        description: 'Call year',
      },
      oneOf('call_type', CALL_TYPES, 'open or thematic'),
      text('theme', '`all` for an open call, else the thematic call’s theme key', true),
      date('deadline', 'Submission deadline', true),
      money('budget_eur', 'Budget announced for this deadline'),
    ],
    primaryKey: ['call_id'],
    foreignKeys: [],
  },
  {
    name: 'organisations',
    description: 'Public organisations (buyers and applicants) and other organisations met.',
    columns: [
      id('org_id', 'Key, e.g. ORG-0042'),
      text('name', 'Name', true),
      oneOf('org_type', ORG_TYPES, 'Type of organisation'),
      oneOf('gov_level', GOV_LEVELS, 'Level of government (local = local government)'),
      oneOf('province', PROVINCES, 'Province (brussels for bodies seated in Brussels)', false),
    ],
    primaryKey: ['org_id'],
    foreignKeys: [],
  },
  {
    name: 'population_frame',
    description: 'How many eligible bodies of each type exist: the denominator of reach.',
    columns: [
      oneOf('org_type', ORG_TYPES, 'Type of organisation'),
      count('n_orgs', 'Number of eligible organisations of this type', true),
      {
        name: 'ref_year',
        type: 'INTEGER',
        required: true,
        min: 2016,
        max: 2100,
        description: 'Reference year of the count',
      },
    ],
    primaryKey: ['org_type', 'ref_year'],
    foreignKeys: [],
  },
  {
    name: 'applications',
    description: 'Project proposals submitted to a call deadline.',
    columns: [
      id('application_id', 'Key, e.g. APP-2019-014'),
      ref('call_id', 'Call deadline applied to'),
      ref('lead_org_id', 'Applying (lead) organisation'),
      text('title', 'Title of the proposal', true),
      oneOf('theme', THEMES, 'Theme of the proposal'),
      date('submitted_on', 'Date submitted', true),
      oneOf('decision', APPLICATION_DECISIONS, 'Outcome of the selection'),
      date('decided_on', 'Date of the decision (empty while pending)'),
    ],
    primaryKey: ['application_id'],
    foreignKeys: [fk('call_id', 'calls'), fk('lead_org_id', 'organisations', 'org_id')],
  },
  {
    name: 'projects',
    description: 'Eligible applications that became PIO projects.',
    columns: [
      id('project_id', 'Key, e.g. PIO-2019-014'),
      ref('application_id', 'The eligible application'),
      text('title', 'Project title', true),
      oneOf('theme', THEMES, 'Theme'),
      oneOf('procedure', PROCEDURES, 'Procurement procedure'),
      oneOf('status', PROJECT_STATUSES, 'Current state (today)'),
      date('started_on', 'Start of the project', true),
      date('ended_on', 'End of the project (completed or stopped)'),
      money('pio_cofin_committed_eur', 'Co-financing committed by PIO', true),
      money('pio_cofin_paid_eur', 'Co-financing paid so far (not dated)'),
    ],
    primaryKey: ['project_id'],
    foreignKeys: [fk('application_id', 'applications')],
  },
  {
    name: 'project_buyers',
    description: 'Public buyers of each project.',
    columns: [
      ref('project_id', 'Project'),
      ref('org_id', 'Buying organisation'),
      oneOf('role', PROJECT_BUYER_ROLES, 'lead or partner buyer'),
    ],
    primaryKey: ['project_id', 'org_id'],
    foreignKeys: [fk('project_id', 'projects'), fk('org_id', 'organisations')],
  },
  {
    name: 'market_consultations',
    description: 'Market consultations held by projects.',
    columns: [
      id('consultation_id', 'Key, e.g. MC-0012'),
      ref('project_id', 'Project'),
      date('held_on', 'Date held', true),
      oneOf('format', CONSULTATION_FORMATS, 'Format of the consultation'),
      count('n_companies', 'Companies reached (source of truth)', true),
      count('n_research_orgs', 'Research organisations reached'),
    ],
    primaryKey: ['consultation_id'],
    foreignKeys: [fk('project_id', 'projects')],
  },
  {
    name: 'tenders',
    description: 'Tenders published by projects.',
    columns: [
      id('tender_id', 'Key, e.g. TND-0031'),
      ref('project_id', 'Project'),
      date('published_on', 'Publication date (source of truth for tender launch)', true),
      date('awarded_on', 'Award date (empty while not awarded)'),
      money('estimated_value_eur', 'Estimated value'),
      money('awarded_value_eur', 'Awarded value'),
      count('n_bids', 'Number of bids received'),
    ],
    primaryKey: ['tender_id'],
    foreignKeys: [fk('project_id', 'projects')],
  },
  {
    name: 'companies',
    description: 'Companies and research organisations engaged at any stage.',
    columns: [
      id('company_id', 'Key, e.g. CMP-0007'),
      text('name', 'Name', true),
      oneOf('size_class', COMPANY_SIZES, 'micro, small, medium (SMEs) or large'),
      oneOf('region', COMPANY_REGIONS, 'Region of the seat'),
      text('country', 'ISO 3166-1 alpha-2 country code', true),
      { name: 'founded_year', type: 'INTEGER', min: 1800, max: 2100, description: 'Year founded' },
      {
        name: 'is_research_org',
        type: 'BOOLEAN',
        required: true,
        description: 'Research organisation rather than a company',
      },
    ],
    primaryKey: ['company_id'],
    foreignKeys: [],
  },
  {
    name: 'participations',
    description: 'Companies at each stage of a project: consultation, bid, award.',
    columns: [
      ref('project_id', 'Project'),
      ref('tender_id', 'Tender (empty for a consultation)', false),
      ref('company_id', 'Company'),
      oneOf('stage', PARTICIPATION_STAGES, 'consultation, bid or award'),
      oneOf('role', PARTICIPATION_ROLES, 'lead, partner or subcontractor'),
      money('value_eur', 'Awarded value for this company (awards)'),
      date('on_date', 'Date of the participation', true),
    ],
    primaryKey: ['project_id', 'tender_id', 'company_id', 'stage'],
    foreignKeys: [
      fk('project_id', 'projects'),
      fk('tender_id', 'tenders'),
      fk('company_id', 'companies'),
    ],
  },
  {
    name: 'milestones',
    description: 'Milestones reached by each project, with the TRL at that point.',
    columns: [
      ref('project_id', 'Project'),
      oneOf('milestone', MILESTONES, 'Milestone'),
      date('reached_on', 'Date reached', true),
      {
        name: 'trl',
        type: 'INTEGER',
        min: 1,
        max: 9,
        description: 'Technology readiness level (1-9)',
      },
    ],
    primaryKey: ['project_id', 'milestone'],
    foreignKeys: [fk('project_id', 'projects')],
  },
  {
    name: 'follow_ons',
    description:
      'Later contracts for a solution; same_buyer = false on a deployed project means scaling.',
    columns: [
      ref('project_id', 'Project the solution came from'),
      ref('company_id', 'Supplying company'),
      ref('buyer_org_id', 'Buyer of the follow-on contract'),
      {
        name: 'same_buyer',
        type: 'BOOLEAN',
        required: true,
        description: 'Bought by a buyer of the original project',
      },
      money('value_eur', 'Contract value'),
      date('signed_on', 'Date signed', true),
    ],
    primaryKey: ['project_id', 'company_id', 'buyer_org_id', 'signed_on'],
    foreignKeys: [
      fk('project_id', 'projects'),
      fk('company_id', 'companies'),
      fk('buyer_org_id', 'organisations', 'org_id'),
    ],
  },
  {
    name: 'activities',
    description: 'Awareness activities: info sessions, workshops, webinars, publications.',
    columns: [
      id('activity_id', 'Key, e.g. ACT-0101'),
      date('held_on', 'Date held', true),
      oneOf('kind', ACTIVITY_KINDS, 'Kind of activity'),
      text('title', 'Title', true),
    ],
    primaryKey: ['activity_id'],
    foreignKeys: [],
  },
  {
    name: 'activity_attendance',
    description: 'Who attended an activity; exactly one of org_id and company_id is filled.',
    columns: [
      ref('activity_id', 'Activity'),
      ref('org_id', 'Attending organisation', false),
      ref('company_id', 'Attending company', false),
      count('persons', 'Number of persons', true),
    ],
    primaryKey: ['activity_id', 'org_id', 'company_id'],
    foreignKeys: [
      fk('activity_id', 'activities'),
      fk('org_id', 'organisations'),
      fk('company_id', 'companies'),
    ],
  },
  {
    name: 'web_metrics',
    description: 'Monthly use of the knowledge platform (OD2).',
    columns: [
      date('month', 'First day of the month', true),
      count('page_views', 'Page views', true),
      count('unique_visitors', 'Unique visitors', true),
      count('downloads', 'Downloads', true),
    ],
    primaryKey: ['month'],
    foreignKeys: [],
  },
  {
    name: 'eu_projects',
    description: 'EU-funded PCP/PPI projects (OD4).',
    columns: [
      id('eu_project_id', 'Key, e.g. EU-H2020-780265'),
      text('acronym', 'Project acronym', true),
      oneOf('programme', EU_PROGRAMMES, 'h2020 or horizon_europe'),
      oneOf('instrument', EU_INSTRUMENTS, 'pcp, ppi or csa'),
      date('started_on', 'Start', true),
      date('ended_on', 'End'),
      money('eu_contribution_eur', 'EU contribution to the whole project'),
    ],
    primaryKey: ['eu_project_id'],
    foreignKeys: [],
  },
  {
    name: 'eu_participations',
    description: 'Flemish organisations in EU projects, with or without PIO support.',
    columns: [
      ref('eu_project_id', 'EU project'),
      ref('org_id', 'Organisation'),
      oneOf('role', EU_ROLES, 'Role in the consortium'),
      {
        name: 'pio_supported',
        type: 'BOOLEAN',
        required: true,
        description: 'PIO supported the participation',
      },
      money('eu_contribution_eur', 'EU contribution to this organisation'),
    ],
    primaryKey: ['eu_project_id', 'org_id'],
    foreignKeys: [fk('eu_project_id', 'eu_projects'), fk('org_id', 'organisations')],
  },
  {
    name: 'surveys',
    description: 'Survey waves.',
    columns: [
      id('survey_id', 'Key, e.g. SRV-2021-BUYER'),
      text('name', 'Name of the wave', true),
      oneOf('audience', AUDIENCES, 'buyer, company or stakeholder'),
      date('fieldwork_start', 'First day of fieldwork', true),
      date('fieldwork_end', 'Last day of fieldwork', true),
      count(
        'population_n',
        'Size of the population invited (for the finite population correction)',
      ),
    ],
    primaryKey: ['survey_id'],
    foreignKeys: [],
  },
  {
    name: 'respondents',
    description: 'Every case of a survey wave with its AAPOR disposition.',
    columns: [
      ref('survey_id', 'Survey wave'),
      ref('respondent_id', 'Respondent within the wave'),
      oneOf('disposition', DISPOSITIONS, 'AAPOR disposition'),
      ref('project_id', 'Project the respondent speaks for', false),
      ref('org_id', 'Organisation of the respondent', false),
      ref('company_id', 'Company of the respondent', false),
      {
        name: 'submitted_at',
        type: 'TIMESTAMP',
        description: 'When submitted (Brussels local time)',
      },
    ],
    primaryKey: ['survey_id', 'respondent_id'],
    foreignKeys: [
      fk('survey_id', 'surveys'),
      fk('project_id', 'projects'),
      fk('org_id', 'organisations'),
      fk('company_id', 'companies'),
    ],
  },
  {
    name: 'questions',
    description: 'The questions of each wave, in the standard PIO questionnaire codes.',
    columns: [
      ref('survey_id', 'Survey wave'),
      ref('question_code', 'Question code, e.g. SAT_OVERALL'),
      text('text_nl', 'Question text in Dutch', true),
      text('text_en', 'Question text in English'),
      oneOf('scale', QUESTION_SCALES, 'Answer scale'),
    ],
    primaryKey: ['survey_id', 'question_code'],
    foreignKeys: [fk('survey_id', 'surveys')],
  },
  {
    name: 'answers',
    description:
      'One row per answer; a multi-select answer is one row per chosen option (value_text).',
    columns: [
      ref('survey_id', 'Survey wave'),
      ref('respondent_id', 'Respondent'),
      ref('question_code', 'Question'),
      { name: 'value_num', type: 'DOUBLE', description: 'Numeric answer (scores)' },
      text('value_text', 'Text answer, category key or chosen option'),
      {
        name: 'not_applicable',
        type: 'BOOLEAN',
        required: true,
        description: 'Not applicable or don’t know: no score',
      },
    ],
    primaryKey: ['survey_id', 'respondent_id', 'question_code', 'value_text'],
    foreignKeys: [
      {
        columns: ['survey_id', 'respondent_id'],
        table: 'respondents',
        refColumns: ['survey_id', 'respondent_id'],
      },
      {
        columns: ['survey_id', 'question_code'],
        table: 'questions',
        refColumns: ['survey_id', 'question_code'],
      },
    ],
  },
];

const byName = new Map(TABLES.map((t) => [t.name, t]));

export function tableDef(name: TableName): TableDef {
  const def = byName.get(name);
  if (!def) throw new Error(`Unknown table ${name}`);
  return def;
}

export function isTableName(name: string): name is TableName {
  return byName.has(name as TableName);
}
