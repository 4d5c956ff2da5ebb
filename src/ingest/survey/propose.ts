import {
  scaleOf,
  scoreRange,
  ADDITIONALITY_VALUES,
  INNOV_IN_USE_VALUES,
  SERVICES,
  type Audience,
  type QuestionCode,
} from '../../model';
import { isPersonalColumn } from './mapping';
import type { Column, Mapping, MappedValue, ParsedFile, QuestionMapping, Tool } from './types';
import {
  defaultValue,
  labelKey,
  normalizeProjectId,
  parseNumber,
  serviceKey,
  splitOptions,
} from './values';

/** Why a column was proposed: a code a message names, with what it needs to say it. */
export type ProposalReason =
  /** A column the survey tool writes itself (respondent id, submission time, completion). */
  | { readonly kind: 'tool_column'; readonly role: 'respondent' | 'submitted' | 'complete' }
  /** The header (or the LimeSurvey question code in it) is a known question code. */
  | { readonly kind: 'header_code'; readonly code: string }
  /** Words of the question text or header name the question. */
  | { readonly kind: 'text_words'; readonly words: readonly string[] }
  /** Nothing in the header; most cells are project numbers. */
  | { readonly kind: 'cells_project_ids' }
  /** The option of a multi-select column, from its subquestion label or choice text. */
  | { readonly kind: 'option_label'; readonly option: string }
  /** An option label that names no PIO service: kept as written. */
  | { readonly kind: 'option_unknown'; readonly option: string }
  /** Subquestions without text (`SQ001`..): taken in the standard questionnaire's order. */
  | { readonly kind: 'option_order_assumed'; readonly position: number }
  /** Answer labels the dictionaries know. */
  | { readonly kind: 'labels_known'; readonly count: number }
  /** Numeric answer codes read from choice texts the export carries. */
  | { readonly kind: 'numeric_recode_texts' }
  /** Numeric or LimeSurvey answer codes without texts: the standard questionnaire's order. */
  | { readonly kind: 'numeric_recode_assumed' };

export type Confidence = 'sure' | 'unsure';

export interface ColumnProposal {
  readonly confidence: Confidence;
  readonly reasons: readonly ProposalReason[];
}

/** A proposed mapping, and per proposed column (by key) why and how sure. */
export interface Proposal {
  readonly mapping: Mapping;
  readonly columns: Readonly<Record<string, ColumnProposal>>;
}

const UNSURE_KINDS: ReadonlySet<ProposalReason['kind']> = new Set([
  'cells_project_ids',
  'option_unknown',
  'option_order_assumed',
  'numeric_recode_assumed',
]);

function columnProposal(reasons: readonly ProposalReason[]): ColumnProposal {
  return {
    confidence: reasons.some((r) => UNSURE_KINDS.has(r.kind)) ? 'unsure' : 'sure',
    reasons,
  };
}

/** Header names of each tool's own columns, in the order to prefer them. */
const RESPONDENT_ID: Partial<Record<Tool, readonly string[]>> = {
  limesurvey: ['id', 'Response ID', 'Antwoord ID'],
  qualtrics: ['ResponseId', 'Response ID', 'Antwoord-ID'],
  msforms: ['ID'],
  eusurvey: ['Contribution ID'],
};
const ANY_RESPONDENT_ID = ['Respondent ID', 'RespondentId', 'Response ID', 'ResponseId', 'id'];

const SUBMITTED_AT: Partial<Record<Tool, readonly string[]>> = {
  limesurvey: ['submitdate', 'Date submitted', 'Datum verstuurd'],
  qualtrics: ['RecordedDate', 'EndDate'],
  msforms: [
    'Completion time',
    'Tijd van voltooien',
    'Tijdstip van voltooien',
    'Voltooiingstijd',
    'Eindtijd',
  ],
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
    'Laatste pagina',
    'Starttaal',
    'Startdatum',
    'Datum laatste actie',
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
    'ResponseSet',
    'Start Date',
    'End Date',
    'Recorded Date',
    'Response Type',
    'Distribution Channel',
    'User Language',
    'Begindatum',
    'Einddatum',
    'Antwoordtype',
    'Voortgang',
    'Duur (in seconden)',
    'Voltooid',
    'Opnamedatum',
    'Distributiekanaal',
    'Gebruikerstaal',
    'Start time',
    'Begintijd',
    'Last modified time',
    'Tijd van laatste wijziging',
    'Laatst gewijzigd',
    'Updated',
    'Last update',
    'Languages',
    'Invitation number',
    'Total score',
  ].map(labelKey),
);

/**
 * What a column is called: its header, its text, and for LimeSurvey's "code & text" heading
 * (`submitdate. Date submitted`) each half.
 */
function namesOf(column: Column): string[] {
  const names = [column.header, ...(column.text === null ? [] : [column.text])];
  const codeAndText = CODE_AND_TEXT.exec(column.header.trim());
  if (codeAndText && column.text === null) names.push(codeAndText[1] ?? '', codeAndText[2] ?? '');
  return names;
}

function isMetadata(column: Column): boolean {
  const header = column.header.trim();
  return (
    namesOf(column).some((label) => METADATA.has(labelKey(label))) ||
    /^Q_/.test(header) ||
    /_(NPS_GROUP|TEXT)$/i.test(header) ||
    /^(Recipient|Location|ExternalReference|ExternalDataReference|IPAddress)/i.test(header)
  );
}

/**
 * Question codes as a survey author types them into LimeSurvey, or as field names in a
 * spreadsheet (snake_case), compared without spaces or underscores.
 */
const CODE_HEADERS: ReadonlyMap<string, QuestionCode> = new Map<string, QuestionCode>([
  ['satoverall', 'SAT_OVERALL'],
  ['tevr', 'SAT_OVERALL'],
  ['tevreden', 'SAT_OVERALL'],
  ['tevredenheid', 'SAT_OVERALL'],
  ['tevralg', 'SAT_OVERALL'],
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
  ['innov', 'INNOV_IN_USE'],
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
  'sat',
  'beoordeel',
  'kwaliteit',
  'quality',
  'rate',
  'rating',
  'nuttig',
  'nut',
  'useful',
  'waardering',
  'oordeel',
];

/**
 * Keyword rules in the order they are tried: the first rule whose every group has a word in
 * the question text names the code. Distinctive questions come before the broad ones.
 */
const KEYWORD_RULES: readonly (readonly [QuestionCode, readonly (readonly string[])[]])[] = [
  ['NPS', [['aanbevel', 'aanraden', 'recommend', 'nps']]],
  [
    'ADDITIONALITY',
    [
      [
        'zonder pio',
        'without pio',
        'zonder de steun',
        'zonder steun',
        'without the support',
        'additionaliteit',
        'additionality',
      ],
    ],
  ],
  ['INNOV_IN_USE', [['in gebruik', 'in use', 'ingebruikname']]],
  ['SAT_COACHING', [SATISFACTION, ['coach', 'begeleiding']]],
  ['SAT_COFIN', [SATISFACTION, ['cofin', 'co financ', 'financiering', 'financing', 'funding']]],
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
        'org type',
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
    [
      [
        'projectnummer',
        'projectnr',
        'project nr',
        'project nummer',
        'project number',
        'project id',
        'projectcode',
        'dossiernummer',
        'welk pio project',
      ],
    ],
  ],
  ['REMARKS', [['opmerking', 'suggestie', 'remark', 'comment', 'suggestion']]],
  ['SERVICES_USED', [['dienst', 'services']]],
];

/** The word of `key` that starts with `word` (a phrase runs to the end of its last word). */
function wordStarting(key: string, word: string): string | undefined {
  const padded = ` ${key} `;
  const at = padded.indexOf(` ${labelKey(word)}`);
  if (at < 0) return undefined;
  const end = padded.indexOf(' ', at + 1 + labelKey(word).length);
  return padded.slice(at + 1, end);
}

function hasWordStarting(key: string, words: readonly string[]): boolean {
  return words.some((w) => wordStarting(key, w) !== undefined);
}

function codeByKeywords(
  text: string,
): { code: QuestionCode; words: readonly string[] } | undefined {
  const key = labelKey(text);
  for (const [code, groups] of KEYWORD_RULES) {
    const words: string[] = [];
    for (const group of groups) {
      const found = group.map((w) => wordStarting(key, w)).find((w) => w !== undefined);
      if (found === undefined) break;
      words.push(found);
    }
    if (words.length === groups.length) return { code, words };
  }
  return undefined;
}

/** A scale written after a short question, `(1-5)`, `[0-10]`, `(score 1 tot 5)`: not an option. */
const SCALE_SUFFIX = /\s*[([]\s*(?:score\s*)?\d{1,2}\s*(?:-|–|—|tot|to)\s*\d{1,2}\s*[)\]]\s*$/i;

/** `DIENST[SQ001]` → `DIENST` and `SQ001`; `Services [Coaching]` → `Services` and `Coaching`. */
function splitBracket(label: string): { base: string; option: string | null } {
  const m = /^(.*?)\s*\[([^\]]*)\]\s*$/s.exec(label.replace(SCALE_SUFFIX, ''));
  return m
    ? { base: m[1] ?? '', option: (m[2] ?? '').trim() }
    : { base: label.replace(SCALE_SUFFIX, ''), option: null };
}

/**
 * LimeSurvey's "question code & question text" heading: the code, a separator the export
 * chooses (`. ` by default), then the text: `TEVR. Hoe tevreden ...`, `DIENST[SQ001]. Van ...`.
 */
const CODE_AND_TEXT = /^([A-Za-z][A-Za-z0-9_]{0,19}(?:\[[A-Za-z0-9_]+\])?)(?:\.|:|\s-)\s+(\S.*)$/s;

/** Qualtrics writes `Question - Selected Choice` for a choice and `Question - Option` per option. */
function qualtricsText(text: string): { base: string; option: string | null } {
  const cleaned = text.replace(/\s+-\s+(Selected Choice|Geselecteerde keuze)\s*$/i, '');
  const at = cleaned.lastIndexOf(' - ');
  return at < 0
    ? { base: cleaned, option: null }
    : { base: cleaned.slice(0, at), option: cleaned.slice(at + 3).trim() };
}

/**
 * Options of Qualtrics multi-select columns (`Q6_1`, `Q6_2`, ...), from their texts: what
 * follows the text they share. The legacy exporter joins question and option with a bare `-`,
 * which Dutch words hold too (`PIO-diensten`), so the shared text is what tells them apart.
 */
function qualtricsOptions(file: ParsedFile): ReadonlyMap<string, string> {
  const groups = new Map<string, Column[]>();
  for (const column of file.columns) {
    const m = /^(.+)_\d+$/.exec(column.header.trim());
    if (!m || column.text === null) continue;
    const base = m[1] ?? '';
    groups.set(base, [...(groups.get(base) ?? []), column]);
  }
  const options = new Map<string, string>();
  for (const columns of groups.values()) {
    if (columns.length < 2) continue;
    const texts = columns.map((c) => c.text ?? '');
    let shared = texts[0] ?? '';
    for (const text of texts) {
      while (!text.startsWith(shared)) shared = shared.slice(0, -1);
    }
    const cut = Math.max(shared.lastIndexOf(' - '), shared.lastIndexOf('-'));
    if (cut <= 0) continue;
    const prefix = shared.slice(0, cut);
    for (const column of columns) {
      const option = (column.text ?? '')
        .slice(prefix.length)
        .replace(/^\s*-\s*/, '')
        .trim();
      if (option !== '') options.set(column.key, option);
    }
  }
  return options;
}

interface Guess {
  readonly code: QuestionCode;
  readonly option: string | null;
  readonly reasons: readonly ProposalReason[];
}

function guessQuestion(
  column: Column,
  file: ParsedFile,
  groupOptions: ReadonlyMap<string, string>,
): Guess | undefined {
  const header = column.header.trim();
  const codeAndText = file.tool === 'qualtrics' ? null : CODE_AND_TEXT.exec(header);
  const codePart = splitBracket(codeAndText?.[1] ?? header);
  const textLabel = column.text ?? codeAndText?.[2] ?? null;
  const fromText =
    textLabel === null
      ? null
      : file.tool === 'qualtrics'
        ? qualtricsText(textLabel)
        : splitBracket(textLabel);
  const option = groupOptions.get(column.key) ?? fromText?.option ?? codePart.option ?? null;

  const byHeader = CODE_HEADERS.get(labelKey(codePart.base).replace(/ /g, ''));
  if (byHeader) {
    return {
      code: byHeader,
      option,
      reasons: [{ kind: 'header_code', code: codePart.base.trim() }],
    };
  }
  const wording = (textLabel ?? header).replace(SCALE_SUFFIX, '');
  const byWords = codeByKeywords(wording);
  if (byWords)
    return { code: byWords.code, option, reasons: [{ kind: 'text_words', words: byWords.words }] };
  if (holdsProjectNumbers(column, file)) {
    return { code: 'PROJECT_ID', option: null, reasons: [{ kind: 'cells_project_ids' }] };
  }
  return undefined;
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

/** An answer code without text: a number (Qualtrics' recodes) or LimeSurvey's `A1`, `A2`, .... */
const ANSWER_CODE = /^A?(\d{1,2})$/i;

/**
 * Codes the export itself explains, as a hand-made sheet or a question text does:
 * `Innovatie in gebruik? (1 = ja, 2 = nee, 3 = gedeeltelijk)`.
 */
function codesFromText(code: QuestionCode, text: string): ReadonlyMap<number, MappedValue> {
  const found = new Map<number, MappedValue>();
  for (const m of text.matchAll(/(\d{1,2})\s*[=:]\s*([^,;/()=:\d\n]+)/g)) {
    const value = defaultValue(code, (m[2] ?? '').trim());
    if (value !== undefined) found.set(Number(m[1]), value);
  }
  return found.size >= 2 ? found : new Map();
}

/** The standard questionnaire's answers in order, for codes that come without their texts. */
function standardOrder(code: QuestionCode): readonly MappedValue[] | null {
  if (code === 'INNOV_IN_USE') return INNOV_IN_USE_VALUES;
  if (code === 'ADDITIONALITY') return ADDITIONALITY_VALUES;
  if (code === 'SERVICES_USED') return SERVICES;
  return null;
}

/**
 * The values to propose for a column's cells: labels the dictionaries know, and answer codes
 * read from the texts the export carries or, lacking those, taken in the standard order. A
 * five-point scale's one code above 5 (`6`, `A6`) is taken for "not applicable".
 */
function proposeValues(
  column: Column,
  code: QuestionCode,
  file: ParsedFile,
): { values?: Record<string, MappedValue>; reasons: ProposalReason[] } {
  const scale = scaleOf(code);
  if (scale === 'open') return { reasons: [] };
  const range = scoreRange(scale);
  const values: Record<string, MappedValue> = {};
  const codes: string[] = [];
  const seen = new Set<string>();
  for (const row of file.rows) {
    const cell = (row.cells[column.index] ?? '').trim();
    if (cell === '' || seen.has(cell)) continue;
    seen.add(cell);
    const labels = scale === 'multi' ? splitOptions(cell) : [cell];
    for (const label of labels) {
      if (seen.has(`\u0000${label}`)) continue;
      seen.add(`\u0000${label}`);
      const number = parseNumber(label, file.decimal);
      if (range && number !== null && number >= range.min && number <= range.max) continue;
      const value = number === null ? defaultValue(code, label) : undefined;
      if (value !== undefined) values[label] = value;
      else if (ANSWER_CODE.test(label)) codes.push(label);
    }
  }
  const reasons: ProposalReason[] = [];
  const known = Object.keys(values).length;
  if (known > 0) reasons.push({ kind: 'labels_known', count: known });
  if (codes.length > 0) {
    const explained = codesFromText(code, `${column.header} ${column.text ?? ''}`);
    const order = standardOrder(code);
    let fromText = false;
    let assumed = false;
    for (const written of codes) {
      const n = Number(ANSWER_CODE.exec(written)?.[1]);
      const told = explained.get(n);
      if (told !== undefined) {
        values[written] = told;
        fromText = true;
      } else if (range?.max === 5 && n === 6) {
        values[written] = 'not_applicable';
        assumed = true;
      } else if (order && n >= 1 && n <= order.length) {
        values[written] = order[n - 1] as MappedValue;
        assumed = true;
      }
    }
    if (fromText) reasons.push({ kind: 'numeric_recode_texts' });
    if (assumed) reasons.push({ kind: 'numeric_recode_assumed' });
  }
  return { ...(Object.keys(values).length > 0 && { values }), reasons };
}

function matches(column: Column, name: string): boolean {
  const key = labelKey(name);
  return namesOf(column).some((label) => labelKey(label) === key);
}

function findColumn(
  columns: readonly Column[],
  names: readonly string[] | undefined,
): Column | undefined {
  for (const name of names ?? []) {
    const found =
      columns.find((c) => labelKey(c.header) === labelKey(name)) ??
      columns.find((c) => matches(c, name));
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
 * the file has them (never a column that identifies a person), found by header or, in a
 * Qualtrics export, by the name on its second header row. A mapping that names no submission
 * column takes the tool's own.
 */
export function toolColumns(file: ParsedFile): { respondent?: Column; submitted?: Column } {
  const usable = file.columns.filter((c) => !isPersonalColumn(c));
  const respondent =
    findColumn(usable, RESPONDENT_ID[file.tool]) ?? findColumn(usable, ANY_RESPONDENT_ID);
  const submitted =
    findColumn(usable, SUBMITTED_AT[file.tool]) ?? findColumn(usable, ANY_SUBMITTED_AT);
  return { ...(respondent && { respondent }), ...(submitted && { submitted }) };
}

/** Qualtrics writes Finished as 1/0, True/False, or in the interface's language. */
function finishedValue(file: ParsedFile, finished: Column): string {
  const written = new Set(file.rows.map((r) => (r.cells[finished.index] ?? '').trim()));
  for (const label of ['True', 'Waar', 'Ja']) {
    const found = [...written].find((w) => w.toLowerCase() === label.toLowerCase());
    if (found !== undefined) return found;
  }
  return '1';
}

/**
 * Subquestion codes without text, `SQ001`..`SQ006` or `1`..`6`, one for each PIO service:
 * their position in the question, to be read in the standard questionnaire's order.
 */
function optionPositions(
  file: ParsedFile,
  guesses: ReadonlyMap<Column, Guess>,
): ReadonlyMap<Column, number> {
  const untold = [...guesses].filter(
    ([, g]) =>
      g.code === 'SERVICES_USED' &&
      g.option !== null &&
      serviceKey(g.option) === undefined &&
      /^(?:SQ)?0*\d{1,3}$/i.test(g.option),
  );
  const positions = new Map<Column, number>();
  if (untold.length !== SERVICES.length) return positions;
  const numbers = untold.map(([, g]) => Number(/\d+$/.exec(g.option ?? '')?.[0]));
  if (!numbers.every((n, i) => n === i + 1)) return positions;
  untold.forEach(([column], i) => positions.set(column, i + 1));
  return positions;
}

/**
 * A first mapping for the user to confirm, with the reason for each column and how sure it
 * is: the tool's own columns for respondent, completion and submission time, and each question
 * column the header, the question text or the answers make clear. Personal columns are never
 * proposed.
 */
export function propose(file: ParsedFile): Proposal {
  const usable = file.columns.filter((c) => !isPersonalColumn(c));
  const reasons: Record<string, ColumnProposal> = {};
  const { respondent, submitted } = toolColumns(file);
  if (respondent)
    reasons[respondent.key] = columnProposal([{ kind: 'tool_column', role: 'respondent' }]);
  if (submitted)
    reasons[submitted.key] = columnProposal([{ kind: 'tool_column', role: 'submitted' }]);

  const submitdate = findColumn(usable, ['submitdate', 'Date submitted', 'Datum verstuurd']);
  const finished = findColumn(usable, ['Finished']);
  let completeWhen: Mapping['completeWhen'];
  if (submitdate) completeWhen = { column: submitdate.key, notEmpty: true };
  else if (finished) completeWhen = { column: finished.key, equals: finishedValue(file, finished) };
  if (completeWhen) {
    reasons[completeWhen.column] ??= columnProposal([{ kind: 'tool_column', role: 'complete' }]);
  }

  const groupOptions =
    file.tool === 'qualtrics' ? qualtricsOptions(file) : new Map<string, string>();
  const guesses = new Map<Column, Guess>();
  const taken = new Set<QuestionCode>();
  for (const column of usable) {
    if (isMetadata(column)) continue;
    const guess = guessQuestion(column, file, groupOptions);
    if (!guess) continue;
    if (taken.has(guess.code) && guess.code !== 'SERVICES_USED') continue;
    taken.add(guess.code);
    guesses.set(column, guess);
  }
  const positions = optionPositions(file, guesses);

  const questions: Record<string, QuestionMapping> = {};
  let projectColumn: string | undefined;
  for (const [column, guess] of guesses) {
    if (guess.code === 'PROJECT_ID') projectColumn = column.key;
    const why = [...guess.reasons];
    let option: string | undefined;
    if (guess.code === 'SERVICES_USED' && guess.option !== null) {
      const position = positions.get(column);
      const known = serviceKey(guess.option);
      if (position !== undefined) {
        option = SERVICES[position - 1];
        why.push({ kind: 'option_order_assumed', position });
      } else if (known !== undefined) {
        option = known;
        why.push({ kind: 'option_label', option: guess.option });
      } else {
        option = guess.option;
        why.push({ kind: 'option_unknown', option: guess.option });
      }
    }
    const proposed =
      option === undefined ? proposeValues(column, guess.code, file) : { reasons: [] };
    why.push(...proposed.reasons);
    questions[column.key] = {
      code: guess.code,
      ...(option !== undefined && { option }),
      ...(proposed.values && { values: proposed.values }),
    };
    reasons[column.key] = columnProposal(why);
  }

  return {
    mapping: {
      audience: guessAudience(file),
      ...(respondent && { respondentId: respondent.key }),
      ...(projectColumn !== undefined && { projectId: projectColumn }),
      ...(submitted && { submittedAt: submitted.key }),
      ...(completeWhen && { completeWhen }),
      questions,
    },
    columns: reasons,
  };
}

/** The proposed mapping alone, for callers that need no reasons (the command line). */
export function proposeMapping(file: ParsedFile): Mapping {
  return propose(file).mapping;
}
