import type { Audience, QuestionCode } from '../../model';
import { isPersonalColumn } from './mapping';
import type { Column, Mapping, MappedValue, ParsedFile, QuestionMapping, Tool } from './types';
import {
  defaultValue,
  labelKey,
  normalizeProjectId,
  parseNumber,
  scaleOf,
  serviceKey,
  splitOptions,
} from './values';

/** Header names of each tool's own columns, in the order to prefer them. */
const RESPONDENT_ID: Partial<Record<Tool, readonly string[]>> = {
  limesurvey: ['id', 'Response ID'],
  qualtrics: ['ResponseId', 'Response ID'],
  msforms: ['ID'],
  eusurvey: ['Contribution ID'],
};
const ANY_RESPONDENT_ID = ['Respondent ID', 'RespondentId', 'Response ID', 'ResponseId', 'id'];

const SUBMITTED_AT: Partial<Record<Tool, readonly string[]>> = {
  limesurvey: ['submitdate', 'Date submitted'],
  qualtrics: ['RecordedDate', 'EndDate'],
  msforms: ['Completion time', 'Tijd van voltooien', 'Voltooiingstijd'],
  googleforms: ['Timestamp', 'Tijdstempel'],
  eusurvey: ['Created', 'Creation date'],
};
const ANY_SUBMITTED_AT = [
  ...Object.values(SUBMITTED_AT).flat(),
  // Spreadsheets kept by hand (Belgian Excel) name the date column plainly.
  'Datum',
  'Datum ingevuld',
  'Ingediend op',
  'Date',
  'Submitted',
  'Submitted at',
];

/** The tools' metadata columns: never a question. */
const METADATA = new Set(
  [
    ...ANY_RESPONDENT_ID,
    ...Object.values(RESPONDENT_ID).flat(),
    ...ANY_SUBMITTED_AT,
    'lastpage',
    'startlanguage',
    'seed',
    'startdate',
    'datestamp',
    'Last page',
    'Start language',
    'Date started',
    'Date last action',
    'Referrer URL',
    'refurl',
    'token',
    'StartDate',
    'EndDate',
    'Status',
    'Progress',
    'Duration (in seconds)',
    'Finished',
    'DistributionChannel',
    'UserLanguage',
    'Start time',
    'Begintijd',
    'Last modified time',
    'Tijd van laatste wijziging',
    'Updated',
    'Last update',
    'Languages',
    'Invitation number',
  ].map(labelKey),
);

function isMetadata(column: Column): boolean {
  const header = column.header.trim();
  return (
    METADATA.has(labelKey(header)) ||
    /^Q_/.test(header) ||
    /_(NPS_GROUP|TEXT)$/i.test(header) ||
    /^(Recipient|Location|ExternalReference|ExternalDataReference|IPAddress)/i.test(header)
  );
}

/** Question codes as a survey author would type them into LimeSurvey (letters and digits). */
const CODE_HEADERS: ReadonlyMap<string, QuestionCode> = new Map<string, QuestionCode>([
  ['satoverall', 'SAT_OVERALL'],
  ['tevr', 'SAT_OVERALL'],
  ['tevreden', 'SAT_OVERALL'],
  ['tevredenheid', 'SAT_OVERALL'],
  ['nps', 'NPS'],
  ['aanbev', 'NPS'],
  ['aanbeveling', 'NPS'],
  ['satcoaching', 'SAT_COACHING'],
  ['tevrcoach', 'SAT_COACHING'],
  ['coach', 'SAT_COACHING'],
  ['satcofin', 'SAT_COFIN'],
  ['tevrcofin', 'SAT_COFIN'],
  ['cofin', 'SAT_COFIN'],
  ['innovinuse', 'INNOV_IN_USE'],
  ['ingebruik', 'INNOV_IN_USE'],
  ['additionality', 'ADDITIONALITY'],
  ['addit', 'ADDITIONALITY'],
  ['zonderpio', 'ADDITIONALITY'],
  ['servicesused', 'SERVICES_USED'],
  ['dienst', 'SERVICES_USED'],
  ['diensten', 'SERVICES_USED'],
  ['orgtype', 'ORG_TYPE'],
  ['typeorg', 'ORG_TYPE'],
  ['projectid', 'PROJECT_ID'],
  ['proj', 'PROJECT_ID'],
  ['projnr', 'PROJECT_ID'],
  ['projectnr', 'PROJECT_ID'],
  ['projectnummer', 'PROJECT_ID'],
  ['remarks', 'REMARKS'],
  ['opm', 'REMARKS'],
  ['opmerk', 'REMARKS'],
  ['opmerkingen', 'REMARKS'],
]);

const SATISFACTION = [
  'tevreden',
  'satisf',
  'beoordeel',
  'kwaliteit',
  'quality',
  'rate',
  'nuttig',
  'useful',
];

/**
 * Keyword rules in the order they are tried: the first rule whose every group has a word in
 * the question text names the code. Distinctive questions come before the broad ones.
 */
const KEYWORD_RULES: readonly (readonly [QuestionCode, readonly (readonly string[])[]])[] = [
  ['NPS', [['aanbevel', 'aanraden', 'recommend', 'nps']]],
  [
    'ADDITIONALITY',
    [['zonder pio', 'without pio', 'zonder de steun', 'zonder steun', 'without the support']],
  ],
  ['INNOV_IN_USE', [['in gebruik', 'in use']]],
  ['SAT_COACHING', [SATISFACTION, ['coach', 'begeleiding']]],
  ['SAT_COFIN', [SATISFACTION, ['cofinanc', 'co financ', 'financiering', 'financing', 'funding']]],
  ['SAT_OVERALL', [['tevreden', 'satisf']]],
  [
    'ORG_TYPE',
    [
      [
        'type organisatie',
        'soort organisatie',
        'organisatietype',
        'type of organisation',
        'type of organization',
        'organisation type',
        'organization type',
        'groot is uw onderneming',
        'grootte van uw onderneming',
        'size of your company',
        'company size',
        'bedrijfsgrootte',
      ],
    ],
  ],
  [
    'PROJECT_ID',
    [['projectnummer', 'projectnr', 'project number', 'project id', 'welk pio project']],
  ],
  ['REMARKS', [['opmerking', 'suggestie', 'remark', 'comment', 'suggestion']]],
  ['SERVICES_USED', [['dienst', 'services']]],
];

function hasWordStarting(key: string, words: readonly string[]): boolean {
  const padded = ` ${key}`;
  return words.some((w) => padded.includes(` ${labelKey(w)}`));
}

function codeByKeywords(text: string): QuestionCode | undefined {
  const key = labelKey(text);
  return KEYWORD_RULES.find(([, groups]) => groups.every((g) => hasWordStarting(key, g)))?.[0];
}

/** `DIENST[SQ001]` → `DIENST` and `SQ001`; `Services [Coaching]` → `Services` and `Coaching`. */
function splitBracket(label: string): { base: string; option: string | null } {
  const m = /^(.*?)\s*\[([^\]]*)\]\s*$/s.exec(label);
  return m ? { base: m[1] ?? '', option: (m[2] ?? '').trim() } : { base: label, option: null };
}

/** Qualtrics writes `Question - Selected Choice` for a choice and `Question - Option` per option. */
function qualtricsText(text: string): { base: string; option: string | null } {
  const cleaned = text.replace(/\s+-\s+(Selected Choice|Geselecteerde keuze)\s*$/i, '');
  const at = cleaned.lastIndexOf(' - ');
  return at < 0
    ? { base: cleaned, option: null }
    : { base: cleaned.slice(0, at), option: cleaned.slice(at + 3).trim() };
}

interface Guess {
  readonly code: QuestionCode;
  readonly option: string | null;
}

function guessQuestion(column: Column, file: ParsedFile): Guess | undefined {
  const header = splitBracket(column.header.trim());
  const fromText =
    column.text === null
      ? null
      : file.tool === 'qualtrics'
        ? qualtricsText(column.text)
        : splitBracket(column.text);
  const option = header.option ?? fromText?.option ?? null;
  const byHeader = CODE_HEADERS.get(labelKey(header.base).replace(/ /g, ''));
  const code =
    byHeader ??
    codeByKeywords(column.text ?? column.header) ??
    (holdsProjectNumbers(column, file) ? 'PROJECT_ID' : undefined);
  return code && { code, option };
}

function holdsProjectNumbers(column: Column, file: ParsedFile): boolean {
  let filled = 0;
  let ids = 0;
  for (const row of file.rows) {
    const cell = (row.cells[column.index] ?? '').trim();
    if (cell === '') continue;
    filled++;
    if (normalizeProjectId(cell) !== null && parseNumber(cell, file.decimal) === null) ids++;
  }
  return filled > 0 && ids / filled >= 0.8;
}

/** The labels in a column that the default dictionaries know, for the user to confirm. */
function valuesFromCells(
  column: Column,
  code: QuestionCode,
  file: ParsedFile,
): Record<string, MappedValue> | undefined {
  const scale = scaleOf(code);
  if (scale === 'open') return undefined;
  const values: Record<string, MappedValue> = {};
  const seen = new Set<string>();
  for (const row of file.rows) {
    const cell = (row.cells[column.index] ?? '').trim();
    if (cell === '' || seen.has(cell)) continue;
    seen.add(cell);
    const labels = scale === 'multi' ? splitOptions(cell) : [cell];
    for (const label of labels) {
      if (parseNumber(label, file.decimal) !== null) continue;
      const value = defaultValue(code, label);
      if (value !== undefined) values[label] = value;
    }
  }
  return Object.keys(values).length > 0 ? values : undefined;
}

function findColumn(
  columns: readonly Column[],
  names: readonly string[] | undefined,
): Column | undefined {
  for (const name of names ?? []) {
    const found = columns.find((c) => labelKey(c.header) === labelKey(name));
    if (found) return found;
  }
  return undefined;
}

const COMPANY_WORDS = ['bedrijf', 'onderneming', 'company', 'companies', 'leverancier', 'supplier'];
const BUYER_WORDS = ['aankoper', 'koper', 'bestuur', 'besturen', 'buyer'];

/** Who was asked: the file name says it best, else a question addressing "uw onderneming". */
function guessAudience(file: ParsedFile): Audience {
  const name = labelKey(file.fileName);
  if (hasWordStarting(name, ['stakeholder'])) return 'stakeholder';
  if (hasWordStarting(name, COMPANY_WORDS)) return 'company';
  if (hasWordStarting(name, BUYER_WORDS)) return 'buyer';
  const texts = labelKey(file.columns.map((c) => `${c.header} ${c.text ?? ''}`).join(' '));
  if (hasWordStarting(texts, ['uw onderneming', 'uw bedrijf', 'your company'])) return 'company';
  return 'buyer';
}

/**
 * The columns the tool itself writes for the respondent's id and the submission time, where
 * the file has them (never a column that identifies a person). A mapping that names no
 * submission column takes the tool's own.
 */
export function toolColumns(file: ParsedFile): { respondent?: Column; submitted?: Column } {
  const usable = file.columns.filter((c) => !isPersonalColumn(c));
  const respondent =
    findColumn(usable, RESPONDENT_ID[file.tool]) ?? findColumn(usable, ANY_RESPONDENT_ID);
  const submitted =
    findColumn(usable, SUBMITTED_AT[file.tool]) ?? findColumn(usable, ANY_SUBMITTED_AT);
  return { ...(respondent && { respondent }), ...(submitted && { submitted }) };
}

/**
 * A first mapping for the user to confirm: the tool's own columns for respondent, completion
 * and submission time, and each question column the header, the question text or the answers
 * make clear. Personal columns are never proposed.
 */
export function proposeMapping(file: ParsedFile): Mapping {
  const usable = file.columns.filter((c) => !isPersonalColumn(c));
  const { respondent, submitted } = toolColumns(file);
  const submitdate = findColumn(usable, ['submitdate', 'Date submitted']);
  const finished = findColumn(usable, ['Finished']);
  let completeWhen: Mapping['completeWhen'];
  if (submitdate) completeWhen = { column: submitdate.key, notEmpty: true };
  else if (finished) {
    // A Qualtrics export with labels writes True/False where one with values writes 1/0.
    const saysTrue = file.rows.some(
      (r) => (r.cells[finished.index] ?? '').trim().toLowerCase() === 'true',
    );
    completeWhen = { column: finished.key, equals: saysTrue ? 'True' : '1' };
  }

  const questions: Record<string, QuestionMapping> = {};
  const taken = new Set<QuestionCode>();
  let projectColumn: string | undefined;
  for (const column of usable) {
    if (isMetadata(column)) continue;
    const guess = guessQuestion(column, file);
    if (!guess) continue;
    const multi = guess.code === 'SERVICES_USED';
    if (taken.has(guess.code) && !multi) continue;
    taken.add(guess.code);
    if (guess.code === 'PROJECT_ID') projectColumn = column.key;
    const option =
      multi && guess.option !== null ? (serviceKey(guess.option) ?? guess.option) : undefined;
    const values = option === undefined ? valuesFromCells(column, guess.code, file) : undefined;
    questions[column.key] = {
      code: guess.code,
      ...(option !== undefined && { option }),
      ...(values && { values }),
    };
  }

  return {
    audience: guessAudience(file),
    ...(respondent && { respondentId: respondent.key }),
    ...(projectColumn !== undefined && { projectId: projectColumn }),
    ...(submitted && { submittedAt: submitted.key }),
    ...(completeWhen && { completeWhen }),
    questions,
  };
}
