import {
  scaleOf,
  scoreRange,
  ADDITIONALITY_VALUES,
  AUDIENCES,
  INNOV_IN_USE_VALUES,
  QUESTION_CODES,
  type Audience,
  type QuestionCode,
} from '../../model';
import { isIsoDate } from '../canonical';
import type { ImportIssue } from '../issues';
import type { Column, Mapping, MappedValue, QuestionMapping, WaveInfo } from './types';
import { labelKey } from './values';

export type ParseMappingResult =
  | { readonly ok: true; readonly mapping: Mapping }
  | { readonly ok: false; readonly issues: ImportIssue[] };

/**
 * What can be wrong with a mapping or a wave's details, each said in the UI language by the
 * message `problem.<key>` with the problem's `args` (field paths, values, codes).
 */
export const MAPPING_PROBLEM_KEYS = [
  'notJson',
  'notObject',
  'unknownField',
  'audienceMissing',
  'audienceInvalid',
  'notColumnName',
  'keepPersonalList',
  'completeWhenUsage',
  'notEmptyTrue',
  'equalsText',
  'questionsMissing',
  'questionsObject',
  'questionsEmpty',
  'emptyColumnName',
  'questionObject',
  'codeMissing',
  'codeUnknown',
  'valuesObject',
  'valueType',
  'optionText',
  'surveyObject',
  'fieldText',
  'fieldNumber',
  'populationNumber',
  'surveyIdSpaces',
  'nameEmpty',
  'yearRange',
  'dateFormat',
  'startAfterEnd',
  'populationWhole',
  'populationBelowRespondents',
  'twoColumnsOneAnswer',
  'optionOnlyServices',
  'valueNotScore',
  'valueNotText',
  'valueNotKey',
  'valueEmpty',
  'personalColumn',
] as const;
export type MappingProblemKey = (typeof MAPPING_PROBLEM_KEYS)[number];

/** A problem with a mapping: which column of the survey file it concerns, and what is wrong. */
export interface MappingProblem {
  readonly column: string | null;
  readonly key: MappingProblemKey;
  readonly args?: Readonly<Record<string, string>>;
}

/** A problem as an import issue: `detail` is its key, `args` what its message names. */
export function problemIssue(
  code: 'bad_mapping' | 'bad_wave',
  file: string,
  problem: Omit<MappingProblem, 'column'> & { readonly column?: string | null },
  line: number | null = null,
): ImportIssue {
  return {
    severity: 'error',
    code,
    file,
    line,
    column: problem.column ?? null,
    detail: problem.key,
    ...(problem.args && { args: problem.args }),
  };
}

const TOP_FIELDS = [
  'audience',
  'respondentId',
  'projectId',
  'orgId',
  'companyId',
  'submittedAt',
  'completeWhen',
  'questions',
  'keepPersonal',
  'survey',
] as const;
const COLUMN_FIELDS = ['respondentId', 'projectId', 'orgId', 'companyId', 'submittedAt'] as const;
const QUESTION_FIELDS = ['code', 'values', 'option'];
const SURVEY_FIELDS = [
  'surveyId',
  'name',
  'year',
  'fieldworkStart',
  'fieldworkEnd',
  'populationN',
] as const;

/** Codes that more than one column may feed: the options of a multi-select, several remarks. */
const MULTI_COLUMN_CODES: ReadonlySet<QuestionCode> = new Set(['SERVICES_USED', 'REMARKS']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isQuestionCode(value: unknown): value is QuestionCode {
  return typeof value === 'string' && (QUESTION_CODES as readonly string[]).includes(value);
}

function isAudience(value: unknown): value is Audience {
  return typeof value === 'string' && (AUDIENCES as readonly string[]).includes(value);
}

function nonEmptyText(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/** `questions.Q1` for a plain key, `questions["Hoe tevreden bent u?"]` for any other. */
function path(parent: string, key: string): string {
  return /^[A-Za-z_][\w#]*$/.test(key) ? `${parent}.${key}` : `${parent}[${JSON.stringify(key)}]`;
}

/**
 * Comments and trailing commas blanked out, every other character where it was: a mapping
 * written by hand may carry both (the example in the documentation does), and JSON.parse's error
 * positions still point into the original text.
 */
function blankCommentsAndTrailingCommas(text: string): string {
  const out = text.split('');
  let inString = false;
  for (let i = 0; i < out.length; i++) {
    const c = out[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') {
      inString = true;
    } else if (c === '/' && out[i + 1] === '/') {
      while (i < out.length && out[i] !== '\n') out[i++] = ' ';
    } else if (c === '/' && out[i + 1] === '*') {
      out[i] = out[i + 1] = ' ';
      i += 2;
      while (i < out.length && !(out[i] === '*' && out[i + 1] === '/')) {
        if (out[i] !== '\n') out[i] = ' ';
        i++;
      }
      if (i < out.length) out[i] = out[i + 1] = ' ';
      i++;
    }
  }
  const blanked = out.join('');
  return blanked.replace(/,(\s*[}\]])/g, (match, rest: string, offset: number) =>
    insideString(blanked, offset) ? match : ` ${rest}`,
  );
}

function insideString(text: string, offset: number): boolean {
  let inString = false;
  for (let i = 0; i < offset; i++) {
    if (inString && text[i] === '\\') i++;
    else if (text[i] === '"') inString = !inString;
  }
  return inString;
}

function jsonErrorLine(message: string, text: string): number | null {
  const line = /line (\d+)/.exec(message);
  if (line) return Number(line[1]);
  const position = /position (\d+)/.exec(message);
  if (!position) return null;
  return text.slice(0, Number(position[1])).split('\n').length;
}

/**
 * Reads a mapping file (JSON; comments and trailing commas allowed) and checks it by hand,
 * listing every problem rather than the first.
 */
export function parseMapping(json: string, fileName: string): ParseMappingResult {
  let data: unknown;
  try {
    data = JSON.parse(blankCommentsAndTrailingCommas(json.replace(/^\uFEFF/, '')));
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      issues: [
        problemIssue('bad_mapping', fileName, { key: 'notJson' }, jsonErrorLine(message, json)),
      ],
    };
  }
  if (!isRecord(data)) {
    return { ok: false, issues: [problemIssue('bad_mapping', fileName, { key: 'notObject' })] };
  }
  const problems: MappingProblem[] = [];
  const problem: Problem = (key, args, column = null) =>
    problems.push({ column, key, ...(args && { args }) });

  for (const key of Object.keys(data)) {
    if (!(TOP_FIELDS as readonly string[]).includes(key)) {
      problem('unknownField', { field: key, allowed: TOP_FIELDS.join(', ') });
    }
  }
  const audience = data.audience;
  if (audience === undefined) problem('audienceMissing', { allowed: AUDIENCES.join(', ') });
  else if (!isAudience(audience)) {
    problem('audienceInvalid', { value: JSON.stringify(audience), allowed: AUDIENCES.join(', ') });
  }

  const columns: Partial<Record<(typeof COLUMN_FIELDS)[number], string>> = {};
  for (const field of COLUMN_FIELDS) {
    const value = data[field];
    if (value === undefined) continue;
    if (nonEmptyText(value)) columns[field] = value;
    else problem('notColumnName', { field });
  }

  const completeWhen = readCompleteWhen(data.completeWhen, problem);
  const questions = readQuestions(data.questions, problem);

  let keepPersonal: string[] | undefined;
  if (data.keepPersonal !== undefined) {
    if (Array.isArray(data.keepPersonal) && data.keepPersonal.every(nonEmptyText)) {
      keepPersonal = data.keepPersonal;
    } else problem('keepPersonalList');
  }

  const survey = readSurvey(data.survey, problem);

  if (questions) problems.push(...mappingProblems({ questions }));
  if (problems.length > 0 || !isAudience(audience) || !questions) {
    return { ok: false, issues: problems.map((p) => problemIssue('bad_mapping', fileName, p)) };
  }
  const mapping: Mapping = {
    audience,
    ...columns,
    ...(completeWhen && { completeWhen }),
    questions,
    ...(keepPersonal && { keepPersonal }),
    ...(survey && { survey }),
  };
  return { ok: true, mapping };
}

type Problem = (
  key: MappingProblemKey,
  args?: Record<string, string>,
  column?: string | null,
) => void;

function readCompleteWhen(value: unknown, problem: Problem): Mapping['completeWhen'] | undefined {
  if (value === undefined) return undefined;
  if (!isRecord(value) || !nonEmptyText(value.column)) {
    problem('completeWhenUsage');
    return undefined;
  }
  for (const key of Object.keys(value)) {
    if (!['column', 'notEmpty', 'equals'].includes(key)) {
      problem('unknownField', {
        field: `completeWhen.${key}`,
        allowed: 'column, notEmpty, equals',
      });
    }
  }
  const hasNotEmpty = value.notEmpty !== undefined;
  const hasEquals = value.equals !== undefined;
  if (hasNotEmpty === hasEquals) {
    problem('completeWhenUsage');
    return undefined;
  }
  if (hasNotEmpty) {
    if (value.notEmpty !== true) {
      problem('notEmptyTrue');
      return undefined;
    }
    return { column: value.column, notEmpty: true };
  }
  if (typeof value.equals === 'number')
    return { column: value.column, equals: String(value.equals) };
  if (typeof value.equals !== 'string') {
    problem('equalsText');
    return undefined;
  }
  return { column: value.column, equals: value.equals };
}

function readQuestions(
  value: unknown,
  problem: Problem,
): Record<string, QuestionMapping> | undefined {
  if (value === undefined) {
    problem('questionsMissing');
    return undefined;
  }
  if (!isRecord(value)) {
    problem('questionsObject');
    return undefined;
  }
  if (Object.keys(value).length === 0) problem('questionsEmpty');
  const questions: Record<string, QuestionMapping> = {};
  for (const [column, entry] of Object.entries(value)) {
    const at = path('questions', column);
    if (column.trim() === '') {
      problem('emptyColumnName');
      continue;
    }
    if (!isRecord(entry)) {
      problem('questionObject', { path: at }, column);
      continue;
    }
    for (const key of Object.keys(entry)) {
      if (!QUESTION_FIELDS.includes(key)) {
        problem(
          'unknownField',
          { field: `${at}.${key}`, allowed: QUESTION_FIELDS.join(', ') },
          column,
        );
      }
    }
    if (!isQuestionCode(entry.code)) {
      if (entry.code === undefined) problem('codeMissing', { path: `${at}.code` }, column);
      else {
        problem(
          'codeUnknown',
          {
            path: `${at}.code`,
            value: JSON.stringify(entry.code),
            allowed: QUESTION_CODES.join(', '),
          },
          column,
        );
      }
      continue;
    }
    let values: Record<string, MappedValue> | undefined;
    if (entry.values !== undefined) {
      if (!isRecord(entry.values)) {
        problem('valuesObject', { path: `${at}.values` }, column);
        continue;
      }
      values = {};
      for (const [label, mapped] of Object.entries(entry.values)) {
        if (typeof mapped === 'number' || typeof mapped === 'string') values[label] = mapped;
        else problem('valueType', { path: path(`${at}.values`, label) }, column);
      }
    }
    if (entry.option !== undefined && !nonEmptyText(entry.option)) {
      problem('optionText', { path: `${at}.option` }, column);
      continue;
    }
    questions[column] = {
      code: entry.code,
      ...(values && { values }),
      ...(entry.option !== undefined && { option: entry.option }),
    };
  }
  return questions;
}

function readSurvey(value: unknown, problem: Problem): WaveInfo | undefined {
  if (value === undefined) return undefined;
  if (!isRecord(value)) {
    problem('surveyObject');
    return undefined;
  }
  for (const key of Object.keys(value)) {
    if (!(SURVEY_FIELDS as readonly string[]).includes(key)) {
      problem('unknownField', { field: `survey.${key}`, allowed: SURVEY_FIELDS.join(', ') });
    }
  }
  const wave: {
    -readonly [K in keyof WaveInfo]: WaveInfo[K];
  } = {};
  let typed = true;
  const text = (field: 'surveyId' | 'name' | 'fieldworkStart' | 'fieldworkEnd') => {
    const v = value[field];
    if (v === undefined) return;
    if (typeof v === 'string') wave[field] = v;
    else {
      problem('fieldText', { field: `survey.${field}` });
      typed = false;
    }
  };
  text('surveyId');
  text('name');
  text('fieldworkStart');
  text('fieldworkEnd');
  const year = value.year;
  if (typeof year === 'number') wave.year = year;
  else if (year !== undefined) {
    problem('fieldNumber', { field: 'survey.year' });
    typed = false;
  }
  const populationN = value.populationN;
  if (typeof populationN === 'number' || populationN === null) wave.populationN = populationN;
  else if (populationN !== undefined) {
    problem('populationNumber', { field: 'survey.populationN' });
    typed = false;
  }
  if (!typed) return undefined;
  for (const p of waveProblems(wave, 'survey.')) problem(p.key, p.args);
  return wave;
}

/**
 * What is wrong with a wave's details, each naming its field (after `prefix`: `survey.` in a
 * mapping file, nothing on the import form).
 */
export function waveProblems(wave: WaveInfo, prefix = ''): Omit<MappingProblem, 'column'>[] {
  const problems: Omit<MappingProblem, 'column'>[] = [];
  if (wave.surveyId !== undefined && !/^\S(.*\S)?$/.test(wave.surveyId)) {
    problems.push({ key: 'surveyIdSpaces', args: { field: `${prefix}surveyId` } });
  }
  if (wave.name?.trim() === '')
    problems.push({ key: 'nameEmpty', args: { field: `${prefix}name` } });
  if (
    wave.year !== undefined &&
    !(Number.isInteger(wave.year) && wave.year >= 2016 && wave.year <= 2100)
  ) {
    problems.push({ key: 'yearRange', args: { field: `${prefix}year`, value: String(wave.year) } });
  }
  for (const field of ['fieldworkStart', 'fieldworkEnd'] as const) {
    const date = wave[field];
    if (date !== undefined && !isIsoDate(date)) {
      problems.push({ key: 'dateFormat', args: { field: `${prefix}${field}`, value: date } });
    }
  }
  if (
    wave.fieldworkStart !== undefined &&
    wave.fieldworkEnd !== undefined &&
    isIsoDate(wave.fieldworkStart) &&
    isIsoDate(wave.fieldworkEnd) &&
    wave.fieldworkStart > wave.fieldworkEnd
  ) {
    problems.push({
      key: 'startAfterEnd',
      args: { start: wave.fieldworkStart, end: wave.fieldworkEnd },
    });
  }
  const n = wave.populationN;
  if (n !== undefined && n !== null && !(Number.isInteger(n) && n >= 0)) {
    problems.push({
      key: 'populationWhole',
      args: { field: `${prefix}populationN`, value: String(n) },
    });
  }
  return problems;
}

/**
 * What a well-formed mapping may still get wrong: values that do not fit the question's scale,
 * an option on a question that has none, two columns feeding a question that takes one answer.
 */
export function mappingProblems(mapping: Pick<Mapping, 'questions'>): MappingProblem[] {
  const problems: MappingProblem[] = [];
  const entries = Object.entries(mapping.questions);
  const firstColumnOf = new Map<QuestionCode, string>();
  for (const [column, question] of entries) {
    const at = path('questions', column);
    const first = firstColumnOf.get(question.code);
    if (first === undefined) firstColumnOf.set(question.code, column);
    else if (!MULTI_COLUMN_CODES.has(question.code)) {
      problems.push({
        column,
        key: 'twoColumnsOneAnswer',
        args: { path: at, other: path('questions', first), code: question.code },
      });
    }
    if (question.option !== undefined && question.code !== 'SERVICES_USED') {
      problems.push({ column, key: 'optionOnlyServices', args: { path: `${at}.option` } });
    }
    for (const [label, value] of Object.entries(question.values ?? {})) {
      const wrong = valueProblem(question.code, value);
      if (wrong) {
        problems.push({
          column,
          key: wrong.key,
          args: { path: path(`${at}.values`, label), value: JSON.stringify(value), ...wrong.args },
        });
      }
    }
  }
  return problems;
}

function valueProblem(
  code: QuestionCode,
  value: MappedValue,
): { key: MappingProblemKey; args?: Record<string, string> } | null {
  if (value === 'not_applicable') return null;
  const range = scoreRange(scaleOf(code));
  if (range) {
    return typeof value === 'number' &&
      Number.isInteger(value) &&
      value >= range.min &&
      value <= range.max
      ? null
      : { key: 'valueNotScore', args: { range: `${String(range.min)}-${String(range.max)}` } };
  }
  if (typeof value !== 'string') return { key: 'valueNotText' };
  const allowed =
    code === 'INNOV_IN_USE'
      ? INNOV_IN_USE_VALUES
      : code === 'ADDITIONALITY'
        ? ADDITIONALITY_VALUES
        : null;
  if (allowed && !(allowed as readonly string[]).includes(value)) {
    return { key: 'valueNotKey', args: { allowed: [...allowed, 'not_applicable'].join(', ') } };
  }
  return value.trim() === '' ? { key: 'valueEmpty' } : null;
}

const PERSONAL_HEADERS = new Set(
  [
    'e-mail',
    'email',
    'e-mailadres',
    'emailadres',
    'email address',
    'e-mail address',
    'emailaddress',
    'mail',
    'naam',
    'name',
    'voornaam',
    'achternaam',
    'familienaam',
    'naam en voornaam',
    'voornaam en naam',
    'uw naam',
    'your name',
    'first name',
    'firstname',
    'last name',
    'lastname',
    'surname',
    'full name',
    'ip address',
    'ipaddress',
    'ip-adres',
    'ipaddr',
    'ip',
    'telefoon',
    'telefoonnummer',
    'gsm',
    'phone',
    'phone number',
    'externalreference',
    'externaldatareference',
    'user name',
    'username',
    'contactpersoon',
    'contact person',
    'contact',
  ].map(labelKey),
);

/**
 * Whether a column identifies a person (e-mail, a name or contact person, IP address, phone,
 * Qualtrics recipient and location fields, an external reference): such a column is stored
 * only when the user lists it in `keepPersonal`.
 */
export function isPersonalColumn(column: Pick<Column, 'header' | 'text'>): boolean {
  const nameWords =
    /(^| )(naam|namen|name|names|voornaam|achternaam|familienaam|contactpersoon|contactpersonen|contact person|surname)( |$)/;
  // A name of an organisation or a project is no person's, nor a question rating a contact.
  const notAPerson =
    /(^| )(organisatie|organisation|organization|bestuur|bedrijf|onderneming|company|project|gemeente|stad|dienst|leverancier|supplier|entiteit|school|tevreden|satisf|beoordeel|kwaliteit|quality|rate|rating)/;
  return [column.header, column.text ?? ''].some((label) => {
    const key = labelKey(label);
    return (
      PERSONAL_HEADERS.has(key) ||
      /^(recipient|location)[a-z]*$/i.test(column.header.trim()) ||
      /\b(e ?mail ?adres|e ?mail address)\b/.test(key) ||
      (nameWords.test(key) && !notAPerson.test(key))
    );
  });
}

/** The mapping as pretty JSON with its fields always in the same order, for saving and diffing. */
export function serializeMapping(mapping: Mapping): string {
  const questions: Record<string, unknown> = {};
  for (const [column, q] of Object.entries(mapping.questions)) {
    questions[column] = {
      code: q.code,
      ...(q.option !== undefined && { option: q.option }),
      ...(q.values !== undefined && { values: q.values }),
    };
  }
  const survey = mapping.survey && orderedSurvey(mapping.survey);
  const ordered = {
    audience: mapping.audience,
    respondentId: mapping.respondentId,
    projectId: mapping.projectId,
    orgId: mapping.orgId,
    companyId: mapping.companyId,
    submittedAt: mapping.submittedAt,
    completeWhen: mapping.completeWhen && {
      column: mapping.completeWhen.column,
      ...('equals' in mapping.completeWhen
        ? { equals: mapping.completeWhen.equals }
        : { notEmpty: true }),
    },
    questions,
    keepPersonal: mapping.keepPersonal,
    survey,
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

function orderedSurvey(wave: WaveInfo): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of SURVEY_FIELDS) {
    if (wave[field] !== undefined) out[field] = wave[field];
  }
  return out;
}
