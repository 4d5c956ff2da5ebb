import type { Audience, QuestionCode } from '../../model';
import type { ImportIssue } from '../issues';

/** The survey tool a file comes from, as recognised by its header. */
export type Tool =
  | 'limesurvey'
  | 'qualtrics'
  | 'msforms'
  | 'googleforms'
  | 'eusurvey'
  /** Semicolon-separated, decimal commas: saved from Excel with Belgian settings. */
  | 'excel_be'
  | 'csv';

export type Encoding = 'utf-8' | 'utf-8-bom' | 'windows-1252' | 'utf-16le' | 'utf-16be';
export type Separator = ',' | ';' | '\t';

/** A row of the file: its cells as text, and where it stands in the file. */
export interface SheetRow {
  /** Physical line (CSV, as a text editor counts it) or sheet row number (XLSX), 1-based. */
  readonly line: number;
  readonly cells: readonly string[];
}

export interface Column {
  /** Position in the row, 0-based. */
  readonly index: number;
  /** The header cell exactly as written (Qualtrics: the export tag of its first header row). */
  readonly header: string;
  /**
   * The name a mapping uses for it: the header, or for the n-th repeat of a header name
   * (n >= 2) the header followed by `#n`, so that repeated names are told apart by position.
   */
  readonly key: string;
  /** The question text, where the file gives one apart from the header (Qualtrics row 2). */
  readonly text: string | null;
}

/** A file read and understood, before any mapping: what the preview shows. */
export interface ParsedFile {
  readonly fileName: string;
  readonly format: 'csv' | 'xlsx';
  /** Null for XLSX (the workbook says its own encoding). */
  readonly encoding: Encoding | null;
  readonly separator: Separator | null;
  readonly tool: Tool;
  /** Decimal separator seen in numeric cells (Belgian files write `341.250,00`). */
  readonly decimal: ',' | '.';
  /** Lines of the header row(s); rows above them (EUSurvey's preamble) are skipped. */
  readonly headerLines: readonly number[];
  /** Columns, with trailing empty columns (no header, no value) removed. */
  readonly columns: readonly Column[];
  /** Data rows, entirely empty rows left out; each has exactly `columns.length` cells. */
  readonly rows: readonly SheetRow[];
}

export type ReadResult =
  | { readonly ok: true; readonly file: ParsedFile; readonly issues: readonly ImportIssue[] }
  | { readonly ok: false; readonly issues: readonly ImportIssue[] };

/**
 * An answer value a mapping assigns to a cell's text: a score, a category key, or the text
 * `not_applicable` (NOT_APPLICABLE) for an answer without a score, as the mapping file writes it.
 */
export type MappedValue = number | string;

export const NOT_APPLICABLE = 'not_applicable';

export interface QuestionMapping {
  readonly code: QuestionCode;
  /** Cell text → value. Left out where the cells already hold the numbers. */
  readonly values?: Readonly<Record<string, MappedValue>>;
  /** For one column of a multi-select question: the option it stands for. */
  readonly option?: string;
}

export interface WaveInfo {
  readonly surveyId?: string;
  readonly name?: string;
  readonly year?: number;
  readonly fieldworkStart?: string;
  readonly fieldworkEnd?: string;
  readonly populationN?: number | null;
}

/** The mapping file (JSON): which column holds what. Keys are `Column.key`s. */
export interface Mapping {
  readonly audience: Audience;
  readonly respondentId?: string;
  readonly projectId?: string;
  readonly orgId?: string;
  readonly companyId?: string;
  readonly submittedAt?: string;
  readonly completeWhen?:
    | { readonly column: string; readonly notEmpty: true }
    | { readonly column: string; readonly equals: string };
  readonly questions: Readonly<Record<string, QuestionMapping>>;
  /** Columns that identify a person, kept only because the user mapped them on purpose. */
  readonly keepPersonal?: readonly string[];
  readonly survey?: WaveInfo;
}

/** One row of a canonical table, by column name (see src/model/tables.ts). */
export type CanonicalRow = Readonly<Record<string, string | number | boolean | null>>;

/** A survey export mapped to the canonical survey tables: one new wave. */
export interface WaveRows {
  /** The `surveys` row: survey_id, name, audience, fieldwork_start, fieldwork_end, population_n. */
  readonly survey: CanonicalRow;
  readonly questions: readonly CanonicalRow[];
  readonly respondents: readonly CanonicalRow[];
  readonly answers: readonly CanonicalRow[];
}

/** What the import-check and the import preview report for one mapped question code. */
export interface QuestionStats {
  readonly code: QuestionCode;
  readonly columns: readonly string[];
  readonly answered: number;
  readonly missing: number;
  readonly notApplicable: number;
  /**
   * Respondents whose only answer to it is invalid (out of scale, an unknown label): left out
   * of every other count and of the mean, so that a rejected file's figures hold no bad value.
   */
  readonly invalid: number;
  /** Mean of the scores (numeric scales), else null. */
  readonly mean: number | null;
  /** Net Promoter Score (-100..100) for the NPS question, else null. */
  readonly nps: number | null;
}

export interface ApplyContext {
  /** Project ids in the loaded portfolio, for the unknown-project warning. */
  readonly knownProjects: ReadonlySet<string>;
  /** Survey ids already loaded: a new wave must not reuse one (unless it replaces it). */
  readonly existingSurveys: ReadonlySet<string>;
  readonly replaces?: string;
}

export type ApplyResult =
  | {
      readonly ok: true;
      readonly wave: WaveRows;
      readonly stats: readonly QuestionStats[];
      readonly responses: number;
      /** Warnings only. */
      readonly issues: readonly ImportIssue[];
    }
  | {
      readonly ok: false;
      readonly stats: readonly QuestionStats[];
      readonly responses: number;
      readonly issues: readonly ImportIssue[];
    };
