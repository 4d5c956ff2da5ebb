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
import type { ImportIssue, IssueCode } from '../issues';
import { isPersonalColumn, mappingProblems, problemIssue, waveProblems } from './mapping';
import { toolColumns } from './propose';
import type {
  ApplyContext,
  ApplyResult,
  CanonicalRow,
  Column,
  Mapping,
  MappedValue,
  ParsedFile,
  QuestionMapping,
  QuestionStats,
  SheetRow,
  WaveInfo,
} from './types';
import {
  type DateOrder,
  defaultValue,
  guessDateOrder,
  isChosen,
  isNotApplicableLabel,
  labelKey,
  lookupValue,
  normalizeProjectId,
  parseNumber,
  parseTimestamp,
  serviceKey,
  splitOptions,
} from './values';

/** How a wave is called when the user gives it no name, as in the demo data. */
const AUDIENCE_NAME_NL: Readonly<Record<Audience, string>> = {
  buyer: 'aankopende besturen',
  company: 'bedrijven',
  stakeholder: 'stakeholders',
};

export interface MappedColumn {
  readonly column: Column;
  readonly question: QuestionMapping;
}

/** One answer to one question: a score, a text or category key, or "not applicable". */
export interface Answer {
  readonly valueNum: number | null;
  readonly valueText: string | null;
  readonly notApplicable: boolean;
}

const NOT_APPLICABLE_ANSWER: Answer = { valueNum: null, valueText: null, notApplicable: true };
const text = (valueText: string): Answer => ({ valueNum: null, valueText, notApplicable: false });
const score = (valueNum: number): Answer => ({ valueNum, valueText: null, notApplicable: false });

export type Problem = Pick<ImportIssue, 'code' | 'severity' | 'value' | 'detail'>;

/** What each respondent gave one question code, and the sums its statistics need. */
interface Tally {
  /** Per respondent (in row order): ANSWERED and/or NOT_APPLICABLE bits. */
  readonly marks: Uint8Array;
  sum: number;
  scored: number;
  promoters: number;
  detractors: number;
}
const ANSWERED = 1;
const NOT_APPLICABLE_MARK = 2;
const INVALID_MARK = 4;

/** The file's columns a mapping names, each checked to exist and not to identify a person. */
export interface ResolvedColumns {
  readonly respondent?: Column;
  readonly project?: Column;
  readonly org?: Column;
  readonly company?: Column;
  readonly submitted?: Column;
  readonly complete?: Column;
  /** Question columns in file order. */
  readonly questions: readonly MappedColumn[];
  readonly issues: readonly ImportIssue[];
}

/**
 * Maps a parsed survey export to the canonical rows of one new survey wave. Every problem is
 * listed, each on its line and column; with any error the result holds no rows at all.
 */
export function applyMapping(
  file: ParsedFile,
  mapping: Mapping,
  wave: WaveInfo,
  ctx: ApplyContext,
): ApplyResult {
  const resolved = resolveColumns(file, mapping);
  const mapped = resolved.questions;
  const rows = respondentRows(file);
  const submitted = readSubmitted(file, rows, resolved.submitted);
  const waveResult = waveRow(mapping, wave, ctx, submitted.dates, rows.length);
  const surveyId = waveResult.survey ? String(waveResult.survey.survey_id) : '';

  const projectColumns = projectColumnsOf(resolved);
  const projectValues = new Map(mapped.map((m) => [m.column, m.question.values]));
  const tallies = new Map<QuestionCode, Tally>();
  for (const { question } of mapped) {
    if (tallies.has(question.code)) continue;
    tallies.set(question.code, {
      marks: new Uint8Array(rows.length),
      sum: 0,
      scored: 0,
      promoters: 0,
      detractors: 0,
    });
  }

  const rowIssues: ImportIssue[] = [];
  const respondents: CanonicalRow[] = [];
  const answers: CanonicalRow[] = [];
  const firstLineOf = new Map<string, number>();
  // A warning is listed once per column and value, on its first line: the same misspelt
  // project number in a hundred rows is one thing to fix.
  const warned = new Set<string>();
  const readCached = cachedReader(file.decimal);

  rows.forEach((row, ordinal) => {
    const report = (column: Column, problem: Problem) => {
      if (problem.severity === 'warning') {
        const once = `${problem.code}\u0000${column.key}\u0000${problem.value ?? ''}`;
        if (warned.has(once)) return;
        warned.add(once);
      }
      rowIssues.push({ ...problem, file: file.fileName, line: row.line, column: column.key });
    };

    let respondentId = `R${String(ordinal + 1).padStart(5, '0')}`;
    if (resolved.respondent) {
      respondentId = cellOf(row, resolved.respondent).trim();
      const earlier = firstLineOf.get(respondentId);
      if (respondentId === '') {
        report(resolved.respondent, { code: 'required', severity: 'error' });
      } else if (earlier === undefined) {
        firstLineOf.set(respondentId, row.line);
      } else {
        report(resolved.respondent, {
          code: 'duplicate_respondent',
          severity: 'error',
          value: respondentId,
          detail: String(earlier),
        });
      }
    }

    const rowKeys: string[] = [];
    for (const { column, question } of mapped) {
      const cell = cellOf(row, column);
      if (cell.trim() === '') continue;
      const found = readCached(question, cell);
      for (const problem of found.problems) {
        report(
          column,
          problem.code === 'unknown_label' ? { ...problem, detail: column.key } : problem,
        );
      }
      const tally = tallies.get(question.code);
      if (tally && found.problems.some((p) => p.severity === 'error')) {
        tally.marks[ordinal] = (tally.marks[ordinal] ?? 0) | INVALID_MARK;
      }
      for (const answer of found.answers) {
        const key =
          answer.valueText === null ? question.code : `${question.code}\u0000${answer.valueText}`;
        if (rowKeys.includes(key)) continue;
        rowKeys.push(key);
        answers.push({
          survey_id: surveyId,
          respondent_id: respondentId,
          question_code: question.code,
          value_num: answer.valueNum,
          value_text: answer.valueText,
          not_applicable: answer.notApplicable,
        });
        if (tally) count(tally, question.code, ordinal, answer);
      }
    }

    let projectId: string | null = null;
    for (const column of projectColumns) {
      const found = readProject(cellOf(row, column), projectValues.get(column), ctx);
      for (const problem of found.problems) report(column, problem);
      projectId ??= found.projectId;
    }

    const badTimestamp = submitted.bad[ordinal];
    if (resolved.submitted && badTimestamp !== undefined) {
      report(resolved.submitted, { code: 'bad_timestamp', severity: 'error', value: badTimestamp });
    }

    let complete = true;
    if (resolved.complete && mapping.completeWhen) {
      const written = cellOf(row, resolved.complete).trim();
      complete =
        'equals' in mapping.completeWhen
          ? sameFlag(written, mapping.completeWhen.equals)
          : written !== '';
    }
    // AAPOR counts a case that broke off before answering any question as a refusal
    // (break-off), not as a partial interview.
    const disposition = complete ? 'complete' : rowKeys.length > 0 ? 'partial' : 'refusal';

    respondents.push({
      survey_id: surveyId,
      respondent_id: respondentId,
      disposition,
      project_id: projectId,
      org_id: resolved.org ? cellOf(row, resolved.org).trim() || null : null,
      company_id: resolved.company ? cellOf(row, resolved.company).trim() || null : null,
      submitted_at: submitted.values[ordinal] ?? null,
    });
  });

  const responses = rows.length;
  const stats = questionStats(mapped, tallies, responses);
  const issues = [
    ...resolved.issues,
    ...waveIssues(file.fileName, waveResult.problems),
    ...rowIssues,
  ];
  if (issues.some((i) => i.severity === 'error') || !waveResult.survey) {
    return { ok: false, stats, responses, issues };
  }
  return {
    ok: true,
    wave: {
      survey: waveResult.survey,
      questions: questionRows(mapped, surveyId),
      respondents,
      answers,
    },
    stats,
    responses,
    issues,
  };
}

/**
 * The columns that can name a row's project, in the order they are tried: the mapping's
 * projectId, then question columns mapped to PROJECT_ID.
 */
export function projectColumnsOf(resolved: ResolvedColumns): Column[] {
  return [
    ...(resolved.project ? [resolved.project] : []),
    ...resolved.questions
      .filter((m) => m.question.code === 'PROJECT_ID' && m.column !== resolved.project)
      .map((m) => m.column),
  ];
}

/** The wave's problems as issues of the file, with no line (they concern it as a whole). */
export function waveIssues(fileName: string, problems: readonly WaveProblem[]): ImportIssue[] {
  return problems.map((problem) => ({
    severity: 'error',
    file: fileName,
    line: null,
    column: null,
    ...problem,
  }));
}

/** Checks the mapping against the file and finds the columns it names. */
export function resolveColumns(file: ParsedFile, mapping: Mapping): ResolvedColumns {
  const issues: ImportIssue[] = [];
  const headerLine = file.headerLines[0] ?? null;
  const issue = (code: IssueCode, fields: Partial<ImportIssue>) =>
    issues.push({
      severity: 'error',
      code,
      file: file.fileName,
      line: null,
      column: null,
      ...fields,
    });
  if (!(AUDIENCES as readonly string[]).includes(mapping.audience)) {
    issues.push(
      problemIssue('bad_mapping', file.fileName, {
        key: 'audienceInvalid',
        args: { value: JSON.stringify(mapping.audience), allowed: AUDIENCES.join(', ') },
      }),
    );
  }
  if (Object.keys(mapping.questions).length === 0) {
    issues.push(problemIssue('bad_mapping', file.fileName, { key: 'questionsEmpty' }));
  }
  for (const p of mappingProblems(mapping)) {
    issues.push(problemIssue('bad_mapping', file.fileName, p));
  }

  const columnsByKey = new Map(file.columns.map((c) => [c.key, c]));
  const keepPersonal = new Set(mapping.keepPersonal ?? []);
  const checked = new Map<string, Column | undefined>();
  const columnOf = (key: string | undefined): Column | undefined => {
    if (key === undefined) return undefined;
    if (checked.has(key)) return checked.get(key);
    let column = columnsByKey.get(key);
    if (!column) {
      issue('unknown_column', { line: headerLine, value: key });
    } else if (isPersonalColumn(column) && !keepPersonal.has(key)) {
      issues.push(
        problemIssue(
          'bad_mapping',
          file.fileName,
          { column: key, key: 'personalColumn', args: { column: key } },
          headerLine,
        ),
      );
      column = undefined;
    }
    checked.set(key, column);
    return column;
  };

  const respondent = columnOf(mapping.respondentId);
  const project = columnOf(mapping.projectId);
  const org = columnOf(mapping.orgId);
  const company = columnOf(mapping.companyId);
  // A mapping written by hand need not name it: the tool's own column gives each date.
  const submitted = columnOf(mapping.submittedAt ?? toolColumns(file).submitted?.key);
  const complete = columnOf(mapping.completeWhen?.column);
  const questions: MappedColumn[] = [];
  for (const [key, question] of Object.entries(mapping.questions)) {
    const column = columnOf(key);
    if (column) questions.push({ column, question });
  }
  questions.sort((a, b) => a.column.index - b.column.index);
  return { respondent, project, org, company, submitted, complete, questions, issues };
}

/** The data rows that are respondents: Qualtrics' own preview and test responses are not. */
function respondentRows(file: ParsedFile): readonly SheetRow[] {
  const status = statusColumn(file);
  return status ? file.rows.filter((row) => !isPreview(cellOf(row, status))) : file.rows;
}

/** Qualtrics' Status column, which marks its own preview and test responses. */
export function statusColumn(file: ParsedFile): Column | undefined {
  // The legacy exporter writes its field names on the second header row (V7 is Status).
  return file.tool === 'qualtrics'
    ? file.columns.find((c) => c.header.trim() === 'Status' || c.text?.trim() === 'Status')
    : undefined;
}

/**
 * Each row's submission time (null when empty or unreadable), the text of those that cannot be
 * read, and the dates, which the wave's year and fieldwork default to.
 */
function readSubmitted(
  file: ParsedFile,
  rows: readonly SheetRow[],
  column: Column | undefined,
): { values: (string | null)[]; bad: (string | undefined)[]; dates: string[] } {
  const values: (string | null)[] = [];
  const bad: (string | undefined)[] = [];
  const dates: string[] = [];
  if (!column) return { values, bad, dates };
  const written = rows.map((row) => cellOf(row, column).trim());
  const order = guessDateOrder(written, defaultDateOrder(file, column));
  for (const text of written) {
    const value = text === '' ? null : parseTimestamp(text, order);
    values.push(value);
    bad.push(text !== '' && value === null ? text : undefined);
    if (value !== null) dates.push(value.slice(0, 10));
  }
  return { values, bad, dates };
}

/** Google Forms' own Timestamp column writes the month first; other dates are read day first. */
export function defaultDateOrder(file: ParsedFile, column: Column): DateOrder {
  return file.tool === 'googleforms' && labelKey(column.header) === 'timestamp' ? 'mdy' : 'dmy';
}

function cellOf(row: SheetRow, column: Column): string {
  return row.cells[column.index] ?? '';
}

/** Qualtrics marks its own preview and test responses in Status: 1 / 2, or the label. */
export function isPreview(status: string): boolean {
  return ['1', '2', 'survey preview', 'survey test'].includes(labelKey(status));
}

/** Qualtrics writes Finished as 1/0 or as True/False depending on the export: both count. */
export function sameFlag(written: string, expected: string): boolean {
  const canonical = (s: string) => {
    const lower = s.trim().toLowerCase();
    return lower === 'true' ? '1' : lower === 'false' ? '0' : lower;
  };
  return canonical(written) === canonical(expected);
}

export interface Read {
  readonly answers: readonly Answer[];
  readonly problems: readonly Problem[];
}

/**
 * readAnswer, remembering the answer to each label of a closed question: an export repeats
 * a handful of labels over many rows. Open text is read afresh, it rarely repeats.
 */
export function cachedReader(
  decimal: ',' | '.',
): (question: QuestionMapping, cell: string) => Read {
  const caches = new Map<QuestionMapping, Map<string, Read>>();
  return (question, cell) => {
    if (scaleOf(question.code) === 'open') return readAnswer(question, cell, decimal);
    let cache = caches.get(question);
    if (!cache) {
      cache = new Map();
      caches.set(question, cache);
    }
    let read = cache.get(cell);
    if (!read) {
      read = readAnswer(question, cell, decimal);
      cache.set(cell, read);
    }
    return read;
  };
}

/** The column key, which the message names, is added by the caller. */
const unknownLabel = (cell: string): Read => ({
  answers: [],
  problems: [{ code: 'unknown_label', severity: 'error', value: cell.trim() }],
});

/** What one non-empty cell answers to its question, with what is wrong with it. */
function readAnswer(question: QuestionMapping, cell: string, decimal: ',' | '.'): Read {
  const { code, values } = question;
  const written = cell.trim();
  const scale = scaleOf(code);
  const range = scoreRange(scale);
  if (range) {
    const value: MappedValue | null | undefined =
      lookupValue(values, cell) ?? parseNumber(written, decimal) ?? defaultValue(code, written);
    if (value === 'not_applicable') return { answers: [NOT_APPLICABLE_ANSWER], problems: [] };
    const number = typeof value === 'string' ? parseNumber(value, decimal) : value;
    if (number === null || number === undefined) return unknownLabel(cell);
    if (!Number.isInteger(number) || number < range.min || number > range.max) {
      return {
        answers: [],
        problems: [
          {
            code: 'score_out_of_scale',
            severity: 'error',
            value: written,
            detail: `${String(range.min)}-${String(range.max)}`,
          },
        ],
      };
    }
    return { answers: [score(number)], problems: [] };
  }
  switch (scale) {
    case 'yes_no_partly':
    case 'category': {
      const value = lookupValue(values, cell) ?? defaultValue(code, written);
      if (value === 'not_applicable') return { answers: [NOT_APPLICABLE_ANSWER], problems: [] };
      const allowed: readonly string[] | null =
        code === 'INNOV_IN_USE'
          ? INNOV_IN_USE_VALUES
          : code === 'ADDITIONALITY'
            ? ADDITIONALITY_VALUES
            : null;
      if (typeof value === 'string' && (!allowed || allowed.includes(value))) {
        return { answers: [text(value)], problems: [] };
      }
      if (allowed) return unknownLabel(cell);
      // ORG_TYPE's options differ per audience and wave: an unrecognised one is kept as
      // written, with a warning so the user can map it to a key.
      return {
        answers: [text(written)],
        problems: [{ code: 'unknown_label', severity: 'warning', value: written }],
      };
    }
    case 'multi':
      return { answers: readOptions(question, cell), problems: [] };
    default: {
      const value = lookupValue(values, cell);
      if (value === 'not_applicable') return { answers: [NOT_APPLICABLE_ANSWER], problems: [] };
      if (typeof value === 'string') return { answers: [text(value)], problems: [] };
      if (code === 'PROJECT_ID') {
        if (isNotApplicableLabel(written))
          return { answers: [NOT_APPLICABLE_ANSWER], problems: [] };
        return { answers: [text(normalizeProjectId(written) ?? written)], problems: [] };
      }
      return { answers: [text(written)], problems: [] };
    }
  }
}

/**
 * A multi-select answer: one row per chosen option, with the SERVICES key where the option
 * names one. A column standing for one option (QuestionMapping.option) is chosen by any mark
 * but N/No/Nee/0; a mapping's values there can only mark the cell not applicable.
 */
function readOptions(question: QuestionMapping, cell: string): Answer[] {
  const { values, option } = question;
  const whole = lookupValue(values, cell);
  if (whole === 'not_applicable') return [NOT_APPLICABLE_ANSWER];
  if (option !== undefined) {
    return isChosen(cell) ? [text(serviceKey(option) ?? option.trim())] : [];
  }
  if (typeof whole === 'string') return [text(whole)];
  if (isNotApplicableLabel(cell)) return [NOT_APPLICABLE_ANSWER];
  const isKnown = (o: string) =>
    lookupValue(values, o) !== undefined || serviceKey(o) !== undefined;
  return splitOptions(cell, isKnown).map((written) => {
    const value = lookupValue(values, written);
    if (value === 'not_applicable') return NOT_APPLICABLE_ANSWER;
    return text(typeof value === 'string' ? value : (serviceKey(written) ?? written));
  });
}

/** The project a cell names, when the portfolio knows it, with warnings about its spelling. */
export function readProject(
  cell: string,
  values: Readonly<Record<string, MappedValue>> | undefined,
  ctx: ApplyContext,
): { projectId: string | null; problems: Problem[] } {
  const written = cell.trim();
  const mappedValue = lookupValue(values, cell);
  if (written === '' || mappedValue === 'not_applicable' || isNotApplicableLabel(written)) {
    return { projectId: null, problems: [] };
  }
  const given = typeof mappedValue === 'string' ? mappedValue.trim() : written;
  const id = normalizeProjectId(given);
  const problems: Problem[] = [];
  if (id === null) {
    problems.push({ code: 'unknown_project', severity: 'warning', value: written });
    return { projectId: null, problems };
  }
  if (id !== given) {
    problems.push({ code: 'non_canonical_id', severity: 'warning', value: written, detail: id });
  }
  if (!ctx.knownProjects.has(id)) {
    problems.push({ code: 'unknown_project', severity: 'warning', value: id });
    return { projectId: null, problems };
  }
  return { projectId: id, problems };
}

function count(tally: Tally, code: QuestionCode, respondent: number, answer: Answer): void {
  if (answer.notApplicable) {
    tally.marks[respondent] = (tally.marks[respondent] ?? 0) | NOT_APPLICABLE_MARK;
    return;
  }
  tally.marks[respondent] = (tally.marks[respondent] ?? 0) | ANSWERED;
  if (answer.valueNum === null) return;
  tally.sum += answer.valueNum;
  tally.scored++;
  if (code === 'NPS') {
    if (answer.valueNum >= 9) tally.promoters++;
    else if (answer.valueNum <= 6) tally.detractors++;
  }
}

/**
 * Per mapped question: respondents with a score or text (answered), with only "not
 * applicable" (notApplicable, left out of every base), and with nothing (missing).
 */
function questionStats(
  mapped: readonly MappedColumn[],
  tallies: ReadonlyMap<QuestionCode, Tally>,
  responses: number,
): QuestionStats[] {
  const stats: QuestionStats[] = [];
  for (const code of QUESTION_CODES) {
    const tally = tallies.get(code);
    if (!tally) continue;
    let answered = 0;
    let notApplicable = 0;
    let invalid = 0;
    for (const mark of tally.marks) {
      if (mark & ANSWERED) answered++;
      else if (mark & NOT_APPLICABLE_MARK) notApplicable++;
      else if (mark & INVALID_MARK) invalid++;
    }
    const scored = tally.scored;
    stats.push({
      code,
      columns: mapped.filter((m) => m.question.code === code).map((m) => m.column.key),
      answered,
      missing: responses - answered - notApplicable - invalid,
      notApplicable,
      invalid,
      mean: scored > 0 && scoreRange(scaleOf(code)) ? tally.sum / scored : null,
      nps:
        code === 'NPS' && scored > 0 ? (100 * (tally.promoters - tally.detractors)) / scored : null,
    });
  }
  return stats;
}

export function questionRows(mapped: readonly MappedColumn[], surveyId: string): CanonicalRow[] {
  const rows: CanonicalRow[] = [];
  for (const code of QUESTION_CODES) {
    const first = mapped.find((m) => m.question.code === code);
    if (!first) continue;
    rows.push({
      survey_id: surveyId,
      question_code: code,
      text_nl: questionText(first.column, first.question.option !== undefined) || code,
      text_en: null,
      scale: scaleOf(code),
    });
  }
  return rows;
}

/**
 * The question a column asks, without what belongs to one option: LimeSurvey's `[SQ001]` or
 * `[Coaching]`, Qualtrics' ` - Selected Choice` or ` - Coaching`.
 */
function questionText(column: Column, perOption: boolean): string {
  let label = (column.text ?? column.header)
    .trim()
    .replace(/\s+-\s+(Selected Choice|Geselecteerde keuze)$/i, '');
  if (perOption) {
    const withoutBracket = label.replace(/\s*\[[^\]]*\]$/, '');
    if (withoutBracket !== label) label = withoutBracket;
    else if (column.text !== null && label.includes(' - ')) {
      label = label.slice(0, label.lastIndexOf(' - '));
    }
  }
  return label.trim() || column.header.trim();
}

type WaveProblem = Pick<ImportIssue, 'code' | 'value' | 'detail' | 'args'> &
  Partial<Pick<ImportIssue, 'severity'>>;

function definedFields(wave: WaveInfo | undefined): WaveInfo {
  return Object.fromEntries(Object.entries(wave ?? {}).filter(([, v]) => v !== undefined));
}

/**
 * The surveys row. The wave details given to the import win over those in the mapping file;
 * what neither gives comes from the data: the year and fieldwork dates from the submission
 * dates, the id from year and audience (`SRV-2024-BUYER`).
 */
export function waveRow(
  mapping: Mapping,
  given: WaveInfo,
  ctx: ApplyContext,
  submittedDates: readonly string[],
  responses: number,
): { survey: CanonicalRow | null; problems: WaveProblem[] } {
  const info: WaveInfo = { ...definedFields(mapping.survey), ...definedFields(given) };
  const problems: WaveProblem[] = waveProblems(info).map((p) => ({
    code: 'bad_wave',
    detail: p.key,
    ...(p.args && { args: p.args }),
  }));
  const sorted = [...submittedDates].sort();
  const firstSubmitted = sorted[0];
  const lastSubmitted = sorted[sorted.length - 1];
  const fieldworkStart = info.fieldworkStart ?? firstSubmitted;
  const fieldworkEnd = info.fieldworkEnd ?? lastSubmitted;
  const year = info.year ?? yearOf(firstSubmitted ?? fieldworkStart);
  const incomplete = (field: keyof WaveInfo) =>
    problems.push({ code: 'wave_incomplete', value: field });
  if (year === undefined) incomplete('year');
  if (fieldworkStart === undefined) incomplete('fieldworkStart');
  if (fieldworkEnd === undefined) incomplete('fieldworkEnd');
  if (
    fieldworkStart !== undefined &&
    fieldworkEnd !== undefined &&
    fieldworkStart > fieldworkEnd &&
    (info.fieldworkStart === undefined || info.fieldworkEnd === undefined)
  ) {
    problems.push({
      code: 'bad_wave',
      detail: 'startAfterEnd',
      args: { start: fieldworkStart, end: fieldworkEnd },
    });
  }
  const populationN = info.populationN ?? null;
  if (populationN !== null && populationN >= 0 && populationN < responses) {
    problems.push({
      code: 'bad_wave',
      detail: 'populationBelowRespondents',
      args: { value: String(populationN), respondents: String(responses) },
    });
  }
  if (year === undefined || fieldworkStart === undefined || fieldworkEnd === undefined) {
    return { survey: null, problems };
  }
  const taken = (id: string) => ctx.existingSurveys.has(id) && id !== ctx.replaces;
  let surveyId = info.surveyId ?? `SRV-${String(year)}-${mapping.audience.toUpperCase()}`;
  if (info.surveyId !== undefined && taken(surveyId)) {
    problems.push({ code: 'survey_exists', value: surveyId });
  } else if (taken(surveyId)) {
    // A round id the user did not choose never clashes: the next free one, said so.
    const proposed = surveyId;
    let n = 2;
    while (taken(`${proposed}-${String(n)}`)) n++;
    surveyId = `${proposed}-${String(n)}`;
    problems.push({
      code: 'survey_id_proposed',
      severity: 'warning',
      value: surveyId,
      detail: proposed,
    });
  }
  const name =
    info.name?.trim() || `Bevraging ${AUDIENCE_NAME_NL[mapping.audience]} ${String(year)}`;
  return {
    survey: {
      survey_id: surveyId,
      name,
      audience: mapping.audience,
      fieldwork_start: fieldworkStart,
      fieldwork_end: fieldworkEnd,
      population_n: populationN,
    },
    problems,
  };
}

function yearOf(date: string | undefined): number | undefined {
  return date === undefined ? undefined : Number(date.slice(0, 4));
}
