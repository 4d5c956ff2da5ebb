import type {
  ACTIVITY_KINDS,
  APPLICATION_DECISIONS,
  Audience,
  COMPANY_REGIONS,
  COMPANY_SIZES,
  CONSULTATION_FORMATS,
  DISPOSITIONS,
  EU_INSTRUMENTS,
  EU_PROGRAMMES,
  EU_ROLES,
  GOV_LEVELS,
  Milestone,
  OrgType,
  PARTICIPATION_ROLES,
  PARTICIPATION_STAGES,
  PROCEDURES,
  PROJECT_BUYER_ROLES,
  PROJECT_STATUSES,
  PROVINCES,
  QUESTION_SCALES,
  QuestionCode,
  Theme,
} from '../../src/model/index.ts';
import type { Day } from './dates.ts';

/* The generator's own object graph; ids are given out only when the CSV rows are written. */

type Of<T extends readonly string[]> = T[number];

export type Province = Of<typeof PROVINCES>;
export type GovLevel = Of<typeof GOV_LEVELS>;
export type Decision = Of<typeof APPLICATION_DECISIONS>;
export type Procedure = Of<typeof PROCEDURES>;
export type ProjectStatus = Of<typeof PROJECT_STATUSES>;
export type BuyerRole = Of<typeof PROJECT_BUYER_ROLES>;
export type ConsultationFormat = Of<typeof CONSULTATION_FORMATS>;
export type SizeClass = Of<typeof COMPANY_SIZES>;
export type Region = Of<typeof COMPANY_REGIONS>;
export type Stage = Of<typeof PARTICIPATION_STAGES>;
export type ParticipationRole = Of<typeof PARTICIPATION_ROLES>;
export type ActivityKind = Of<typeof ACTIVITY_KINDS>;
export type EuProgramme = Of<typeof EU_PROGRAMMES>;
export type EuInstrument = Of<typeof EU_INSTRUMENTS>;
export type EuRole = Of<typeof EU_ROLES>;
export type Disposition = Of<typeof DISPOSITIONS>;
export type Scale = Of<typeof QUESTION_SCALES>;

/** Money is kept in whole cents so that parts add up exactly to their totals. */
export type Cents = number;

export interface Org {
  readonly name: string;
  readonly type: OrgType;
  readonly level: GovLevel;
  readonly province: Province | null;
  /** Relative chance of applying; 0 for bodies that only attend or take part otherwise. */
  readonly propensity: number;
  readonly themes: Readonly<Partial<Record<Theme, number>>>;
}

export interface Company {
  readonly name: string;
  readonly size: SizeClass;
  readonly region: Region;
  readonly country: string;
  readonly founded: number;
  readonly research: boolean;
  readonly themes: readonly Theme[];
}

export interface Call {
  readonly id: string;
  readonly year: number;
  readonly type: 'open' | 'thematic';
  readonly theme: string;
  readonly deadline: Day;
  readonly budget: Cents;
}

export interface Application {
  id: string;
  readonly call: Call;
  readonly lead: Org;
  readonly title: string;
  readonly theme: Theme;
  readonly submitted: Day;
  decision: Decision;
  decided: Day | null;
  project: Project | null;
}

export interface Buyer {
  readonly org: Org;
  readonly role: BuyerRole;
}

export interface Consultation {
  readonly project: Project;
  readonly held: Day;
  readonly format: ConsultationFormat;
  readonly nCompanies: number;
  readonly nResearch: number;
}

export interface Tender {
  readonly project: Project;
  readonly published: Day;
  awarded: Day | null;
  estimated: Cents;
  awardedValue: Cents | null;
  nBids: number | null;
}

export interface Participation {
  readonly project: Project;
  readonly tender: Tender | null;
  readonly company: Company;
  readonly stage: Stage;
  readonly role: ParticipationRole;
  readonly value: Cents | null;
  readonly on: Day;
}

export interface MilestoneRecord {
  readonly milestone: Milestone;
  readonly reached: Day;
  readonly trl: number | null;
}

export interface FollowOn {
  readonly project: Project;
  readonly company: Company;
  readonly buyer: Org;
  readonly sameBuyer: boolean;
  readonly value: Cents;
  readonly signed: Day;
}

export interface Project {
  readonly id: string;
  readonly application: Application;
  readonly title: string;
  readonly theme: Theme;
  readonly procedure: Procedure;
  readonly started: Day;
  status: ProjectStatus;
  ended: Day | null;
  committed: Cents;
  paid: Cents;
  buyers: Buyer[];
  consultations: Consultation[];
  tenders: Tender[];
  participations: Participation[];
  milestones: MilestoneRecord[];
  followOns: FollowOn[];
}

export interface Attendance {
  readonly org: Org | null;
  readonly company: Company | null;
  readonly persons: number;
}

export interface Activity {
  readonly held: Day;
  readonly kind: ActivityKind;
  readonly title: string;
  readonly attendance: Attendance[];
}

export interface WebMonth {
  readonly month: Day;
  readonly pageViews: number;
  readonly uniqueVisitors: number;
  readonly downloads: number;
}

export interface EuParticipant {
  readonly org: Org;
  readonly role: EuRole;
  readonly pioSupported: boolean;
  readonly contribution: Cents | null;
}

export interface EuProject {
  readonly id: string;
  readonly acronym: string;
  readonly programme: EuProgramme;
  readonly instrument: EuInstrument;
  readonly started: Day;
  readonly ended: Day | null;
  readonly contribution: Cents;
  readonly participants: readonly EuParticipant[];
}

export interface Question {
  readonly code: QuestionCode;
  readonly textNl: string;
  readonly textEn: string;
  readonly scale: Scale;
}

export interface Answer {
  readonly code: QuestionCode;
  readonly num: number | null;
  readonly text: string | null;
  readonly notApplicable: boolean;
}

export interface Respondent {
  readonly id: string;
  readonly disposition: Disposition;
  readonly project: Project | null;
  readonly org: Org | null;
  readonly company: Company | null;
  readonly submittedAt: string | null;
  readonly answers: readonly Answer[];
}

export interface Survey {
  readonly id: string;
  readonly name: string;
  readonly audience: Audience;
  readonly start: Day;
  readonly end: Day;
  readonly questions: readonly Question[];
  readonly respondents: readonly Respondent[];
}

export interface World {
  readonly calls: readonly Call[];
  readonly orgs: readonly Org[];
  readonly population: readonly { type: OrgType; n: number; year: number }[];
  readonly applications: readonly Application[];
  readonly projects: readonly Project[];
  readonly companies: readonly Company[];
  readonly activities: readonly Activity[];
  readonly web: readonly WebMonth[];
  readonly eu: readonly EuProject[];
  readonly surveys: readonly Survey[];
}
