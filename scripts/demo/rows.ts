import type { TableName } from '../../src/model/index.ts';

/** A CSV cell before formatting; null is written as an empty field. */
export type Cell = string | number | boolean | null;

/** Row shapes of the canonical tables (money in euros with at most two decimals). */
export interface RowTypes {
  calls: {
    call_id: string;
    year: number;
    call_type: string;
    theme: string;
    deadline: string;
    budget_eur: number | null;
  };
  organisations: {
    org_id: string;
    name: string;
    org_type: string;
    gov_level: string;
    province: string | null;
  };
  population_frame: { org_type: string; n_orgs: number; ref_year: number };
  applications: {
    application_id: string;
    call_id: string;
    lead_org_id: string;
    title: string;
    theme: string;
    submitted_on: string;
    decision: string;
    decided_on: string | null;
  };
  projects: {
    project_id: string;
    application_id: string;
    title: string;
    theme: string;
    procedure: string;
    status: string;
    started_on: string;
    ended_on: string | null;
    pio_cofin_committed_eur: number;
    pio_cofin_paid_eur: number | null;
  };
  project_buyers: { project_id: string; org_id: string; role: string };
  market_consultations: {
    consultation_id: string;
    project_id: string;
    held_on: string;
    format: string;
    n_companies: number;
    n_research_orgs: number | null;
  };
  tenders: {
    tender_id: string;
    project_id: string;
    published_on: string;
    awarded_on: string | null;
    estimated_value_eur: number | null;
    awarded_value_eur: number | null;
    n_bids: number | null;
  };
  companies: {
    company_id: string;
    name: string;
    size_class: string;
    region: string;
    country: string;
    founded_year: number | null;
    is_research_org: boolean;
  };
  participations: {
    project_id: string;
    tender_id: string | null;
    company_id: string;
    stage: string;
    role: string;
    value_eur: number | null;
    on_date: string;
  };
  milestones: { project_id: string; milestone: string; reached_on: string; trl: number | null };
  follow_ons: {
    project_id: string;
    company_id: string;
    buyer_org_id: string;
    same_buyer: boolean;
    value_eur: number | null;
    signed_on: string;
  };
  activities: { activity_id: string; held_on: string; kind: string; title: string };
  activity_attendance: {
    activity_id: string;
    org_id: string | null;
    company_id: string | null;
    persons: number;
  };
  web_metrics: { month: string; page_views: number; unique_visitors: number; downloads: number };
  eu_projects: {
    eu_project_id: string;
    acronym: string;
    programme: string;
    instrument: string;
    started_on: string;
    ended_on: string | null;
    eu_contribution_eur: number | null;
  };
  eu_participations: {
    eu_project_id: string;
    org_id: string;
    role: string;
    pio_supported: boolean;
    eu_contribution_eur: number | null;
  };
  surveys: {
    survey_id: string;
    name: string;
    audience: string;
    fieldwork_start: string;
    fieldwork_end: string;
    population_n: number | null;
  };
  respondents: {
    survey_id: string;
    respondent_id: string;
    disposition: string;
    project_id: string | null;
    org_id: string | null;
    company_id: string | null;
    submitted_at: string | null;
  };
  questions: {
    survey_id: string;
    question_code: string;
    text_nl: string;
    text_en: string | null;
    scale: string;
  };
  answers: {
    survey_id: string;
    respondent_id: string;
    question_code: string;
    value_num: number | null;
    value_text: string | null;
    not_applicable: boolean;
  };
}

export type Dataset = { [K in TableName]: RowTypes[K][] };
