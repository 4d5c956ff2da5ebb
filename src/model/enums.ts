export const CALL_TYPES = ['open', 'thematic'] as const;

export const ORG_TYPES = [
  'department',
  'flemish_agency',
  'province',
  'municipality',
  'ocmw',
  'intermunicipal',
  'hospital',
  'care',
  'education',
  'other',
] as const;
export type OrgType = (typeof ORG_TYPES)[number];

export const GOV_LEVELS = ['flemish', 'provincial', 'local', 'other'] as const;

export const PROVINCES = [
  'antwerpen',
  'limburg',
  'oost_vlaanderen',
  'vlaams_brabant',
  'west_vlaanderen',
  'brussels',
] as const;

export const THEMES = [
  'digitalisation',
  'mobility',
  'care',
  'energy_transition',
  'circular_economy',
  'water',
  'infrastructure',
  'education',
  'environment',
  'other',
] as const;
export type Theme = (typeof THEMES)[number];

export const APPLICATION_DECISIONS = ['eligible', 'ineligible', 'withdrawn', 'pending'] as const;

export const PROCEDURES = [
  'pcp',
  'ppi',
  'innovation_partnership',
  'competitive_dialogue',
  'negotiated',
  'other',
] as const;

export const PROJECT_STATUSES = [
  'preparing',
  'tendering',
  'running',
  'completed',
  'stopped',
] as const;

export const PROJECT_BUYER_ROLES = ['lead', 'partner'] as const;

export const CONSULTATION_FORMATS = [
  'rfi',
  'open_session',
  'one_to_one',
  'online',
  'workshop',
] as const;

export const COMPANY_SIZES = ['micro', 'small', 'medium', 'large'] as const;
/** EU Recommendation 2003/361: fewer than 250 staff. */
export const SME_SIZES = ['micro', 'small', 'medium'] as const;

export const COMPANY_REGIONS = ['flanders', 'brussels', 'wallonia', 'abroad'] as const;

export const PARTICIPATION_STAGES = ['consultation', 'bid', 'award'] as const;
export const PARTICIPATION_ROLES = ['lead', 'partner', 'subcontractor'] as const;

export const MILESTONES = [
  'needs_analysis',
  'market_consultation',
  'tender_published',
  'contract_signed',
  'prototype',
  'validated',
  'deployed',
  'scaled',
  'stopped',
] as const;
export type Milestone = (typeof MILESTONES)[number];

export const ACTIVITY_KINDS = [
  'info_session',
  'workshop',
  'webinar',
  'training',
  'network_event',
  'publication',
] as const;

export const EU_PROGRAMMES = ['h2020', 'horizon_europe'] as const;
export const EU_INSTRUMENTS = ['pcp', 'ppi', 'csa'] as const;
export const EU_ROLES = ['lead_procurer', 'procurer', 'partner', 'observer', 'supporting'] as const;

export const AUDIENCES = ['buyer', 'company', 'stakeholder'] as const;
export type Audience = (typeof AUDIENCES)[number];

export const DISPOSITIONS = [
  'complete',
  'partial',
  'refusal',
  'noncontact',
  'ineligible',
  'unknown',
] as const;

export const QUESTION_SCALES = [
  'likert5',
  'nps11',
  'yes_no_partly',
  'multi',
  'category',
  'open',
] as const;

export const QUESTION_CODES = [
  'SAT_OVERALL',
  'NPS',
  'SAT_COACHING',
  'SAT_COFIN',
  'INNOV_IN_USE',
  'ADDITIONALITY',
  'SERVICES_USED',
  'ORG_TYPE',
  'PROJECT_ID',
  'REMARKS',
] as const;
export type QuestionCode = (typeof QUESTION_CODES)[number];

/** Answer keys of the standard questionnaire's closed questions. */
export const INNOV_IN_USE_VALUES = ['ja', 'nee', 'gedeeltelijk'] as const;
export const ADDITIONALITY_VALUES = ['not_done', 'later', 'smaller', 'same'] as const;
export const SERVICES = [
  'coaching',
  'cofinancing',
  'market_consultation_support',
  'legal_advice',
  'network_events',
  'knowledge_platform',
] as const;

/** The level of government each organisation type belongs to (local government = `local`). */
export const ORG_TYPE_GOV_LEVEL: Record<OrgType, (typeof GOV_LEVELS)[number]> = {
  department: 'flemish',
  flemish_agency: 'flemish',
  province: 'provincial',
  municipality: 'local',
  ocmw: 'local',
  intermunicipal: 'local',
  hospital: 'other',
  care: 'other',
  education: 'other',
  other: 'other',
};
