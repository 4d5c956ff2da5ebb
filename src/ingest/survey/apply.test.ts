import { describe, expect, it } from 'vitest';
import type { QuestionCode } from '../../model';
import type { ImportIssue } from '../issues';
import { applyMapping } from './apply';
import { parseMapping } from './mapping';
import { parsed, type ParsedSpec } from './testing/parsed';
import type {
  ApplyContext,
  ApplyResult,
  CanonicalRow,
  Mapping,
  QuestionStats,
  WaveInfo,
} from './types';

const CTX: ApplyContext = {
  knownProjects: new Set(['PIO-2017-001', 'PIO-2017-005', 'PIO-2021-033']),
  existingSurveys: new Set(['SRV-2021-BUYER']),
};
const WAVE: WaveInfo = { year: 2024, fieldworkStart: '2024-05-01', fieldworkEnd: '2024-06-30' };

type IssueSpec = Pick<ImportIssue, 'code' | 'line' | 'column'> &
  Partial<Pick<ImportIssue, 'severity' | 'value' | 'detail' | 'args'>>;
/** respondent_id, question_code, value_num, value_text, not_applicable */
type AnswerTuple = readonly [string, QuestionCode, number | null, string | null, boolean];
/** respondent_id, disposition, project_id, submitted_at */
type RespondentTuple = readonly [string, string, string | null, string | null];

interface Case {
  readonly name: string;
  readonly file: ParsedSpec;
  readonly mapping: Omit<Mapping, 'audience'> & { readonly audience?: Mapping['audience'] };
  readonly wave?: WaveInfo;
  readonly ctx?: ApplyContext;
  readonly issues?: readonly IssueSpec[];
  readonly answers?: readonly AnswerTuple[];
  readonly respondents?: readonly RespondentTuple[];
  readonly stats?: readonly QuestionStats[];
  readonly survey?: CanonicalRow;
  readonly questions?: readonly CanonicalRow[];
  readonly responses?: number;
}

function run(c: Pick<Case, 'file' | 'mapping' | 'wave' | 'ctx'>): ApplyResult {
  return applyMapping(
    parsed(c.file),
    { audience: 'buyer', ...c.mapping },
    c.wave ?? WAVE,
    c.ctx ?? CTX,
  );
}

const SAT = (column: string) => ({ [column]: { code: 'SAT_OVERALL' as const } });
const column = (cells: readonly string[]) => cells.map((cell) => [cell]);

const cases: readonly Case[] = [
  {
    name: 'five-point labels of every family, answer codes, padded and quoted numbers, n.v.t.',
    file: {
      columns: ['Q1'],
      rows: column([
        'Zeer ontevreden',
        'ontevreden',
        'Neutraal',
        'Tevreden',
        'zeer  TEVREDEN ',
        'Zeer slecht',
        'Zeer goed',
        'Helemaal niet akkoord',
        'Helemaal akkoord',
        'Very satisfied',
        'A1',
        'A5',
        ' 4 ',
        '"3"',
        'n.v.t.',
        '',
      ]),
    },
    mapping: { questions: SAT('Q1') },
    answers: [
      ['R00001', 'SAT_OVERALL', 1, null, false],
      ['R00002', 'SAT_OVERALL', 2, null, false],
      ['R00003', 'SAT_OVERALL', 3, null, false],
      ['R00004', 'SAT_OVERALL', 4, null, false],
      ['R00005', 'SAT_OVERALL', 5, null, false],
      ['R00006', 'SAT_OVERALL', 1, null, false],
      ['R00007', 'SAT_OVERALL', 5, null, false],
      ['R00008', 'SAT_OVERALL', 1, null, false],
      ['R00009', 'SAT_OVERALL', 5, null, false],
      ['R00010', 'SAT_OVERALL', 5, null, false],
      ['R00011', 'SAT_OVERALL', 1, null, false],
      ['R00012', 'SAT_OVERALL', 5, null, false],
      ['R00013', 'SAT_OVERALL', 4, null, false],
      ['R00014', 'SAT_OVERALL', 3, null, false],
      ['R00015', 'SAT_OVERALL', null, null, true],
    ],
    stats: [
      {
        code: 'SAT_OVERALL',
        columns: ['Q1'],
        answered: 14,
        missing: 1,
        notApplicable: 1,
        invalid: 0,
        mean: 45 / 14,
        nps: null,
      },
    ],
    responses: 16,
  },
  {
    name: 'NPS labels with their leading number, and the NPS',
    file: {
      columns: ['Q2'],
      rows: column([
        '10 – Zeer waarschijnlijk',
        '0 - Helemaal niet waarschijnlijk',
        '7',
        '9',
        'Weet niet',
      ]),
    },
    mapping: { questions: { Q2: { code: 'NPS' } } },
    answers: [
      ['R00001', 'NPS', 10, null, false],
      ['R00002', 'NPS', 0, null, false],
      ['R00003', 'NPS', 7, null, false],
      ['R00004', 'NPS', 9, null, false],
      ['R00005', 'NPS', null, null, true],
    ],
    stats: [
      {
        code: 'NPS',
        columns: ['Q2'],
        answered: 4,
        missing: 0,
        notApplicable: 1,
        invalid: 0,
        mean: 6.5,
        nps: 25,
      },
    ],
  },
  {
    name: 'not applicable is an answer without a score: never 0, never missing',
    file: { columns: ['C'], rows: column(['Niet van toepassing', 'NVT', 'n.v.t.', '']) },
    mapping: { questions: { C: { code: 'SAT_COACHING' } } },
    answers: [
      ['R00001', 'SAT_COACHING', null, null, true],
      ['R00002', 'SAT_COACHING', null, null, true],
      ['R00003', 'SAT_COACHING', null, null, true],
    ],
    stats: [
      {
        code: 'SAT_COACHING',
        columns: ['C'],
        answered: 0,
        missing: 1,
        notApplicable: 3,
        invalid: 0,
        mean: null,
        nps: null,
      },
    ],
  },
  {
    name: 'scores outside their scale and unknown labels, every one on its line',
    file: {
      decimal: ',',
      columns: ['Q1', 'Q2'],
      rows: [
        ['7', '11'],
        ['-1', '-1'],
        ['0', '10'],
        ['3,5', '4.5'],
        ['Super', 'A1'],
      ],
    },
    mapping: { questions: { Q1: { code: 'SAT_OVERALL' }, Q2: { code: 'NPS' } } },
    issues: [
      { code: 'score_out_of_scale', line: 2, column: 'Q1', value: '7', detail: '1-5' },
      { code: 'score_out_of_scale', line: 2, column: 'Q2', value: '11', detail: '0-10' },
      { code: 'score_out_of_scale', line: 3, column: 'Q1', value: '-1', detail: '1-5' },
      { code: 'score_out_of_scale', line: 3, column: 'Q2', value: '-1', detail: '0-10' },
      { code: 'score_out_of_scale', line: 4, column: 'Q1', value: '0', detail: '1-5' },
      { code: 'score_out_of_scale', line: 5, column: 'Q1', value: '3,5', detail: '1-5' },
      { code: 'score_out_of_scale', line: 5, column: 'Q2', value: '4.5', detail: '0-10' },
      { code: 'unknown_label', line: 6, column: 'Q1', value: 'Super', detail: 'Q1' },
      { code: 'unknown_label', line: 6, column: 'Q2', value: 'A1', detail: 'Q2' },
    ],
    stats: [
      {
        code: 'SAT_OVERALL',
        columns: ['Q1'],
        answered: 0,
        missing: 0,
        notApplicable: 0,
        invalid: 5,
        mean: null,
        nps: null,
      },
      {
        code: 'NPS',
        columns: ['Q2'],
        answered: 1,
        missing: 0,
        notApplicable: 0,
        invalid: 4,
        mean: 10,
        nps: 100,
      },
    ],
    responses: 5,
  },
  {
    name: 'a mapping’s own values win over the defaults (a Qualtrics recode 6 = n.v.t.)',
    file: { columns: ['Q1'], rows: column(['6', 'Tevreden', 'tevreden ', 'Zeer tevreden']) },
    mapping: {
      questions: { Q1: { code: 'SAT_OVERALL', values: { '6': 'not_applicable', Tevreden: 5 } } },
    },
    answers: [
      ['R00001', 'SAT_OVERALL', null, null, true],
      ['R00002', 'SAT_OVERALL', 5, null, false],
      ['R00003', 'SAT_OVERALL', 5, null, false],
      ['R00004', 'SAT_OVERALL', 5, null, false],
    ],
  },
  {
    name: 'innovation in use and additionality labels',
    file: {
      columns: ['Q5', 'Q6'],
      rows: [
        ['Ja', 'Niet gedaan'],
        ['nee', 'Later gedaan'],
        ['Gedeeltelijk', 'Kleiner gedaan'],
        ['Y', 'Op dezelfde manier gedaan'],
        ['N', 'n.v.t.'],
        ['partly', 'We would have done it anyway'],
        ['n.v.t.', ''],
      ],
    },
    mapping: {
      questions: { Q5: { code: 'INNOV_IN_USE' }, Q6: { code: 'ADDITIONALITY' } },
    },
    answers: [
      ['R00001', 'INNOV_IN_USE', null, 'ja', false],
      ['R00001', 'ADDITIONALITY', null, 'not_done', false],
      ['R00002', 'INNOV_IN_USE', null, 'nee', false],
      ['R00002', 'ADDITIONALITY', null, 'later', false],
      ['R00003', 'INNOV_IN_USE', null, 'gedeeltelijk', false],
      ['R00003', 'ADDITIONALITY', null, 'smaller', false],
      ['R00004', 'INNOV_IN_USE', null, 'ja', false],
      ['R00004', 'ADDITIONALITY', null, 'same', false],
      ['R00005', 'INNOV_IN_USE', null, 'nee', false],
      ['R00005', 'ADDITIONALITY', null, null, true],
      ['R00006', 'INNOV_IN_USE', null, 'gedeeltelijk', false],
      ['R00006', 'ADDITIONALITY', null, 'same', false],
      ['R00007', 'INNOV_IN_USE', null, null, true],
    ],
  },
  {
    name: 'unknown yes/no and additionality labels are errors',
    file: { columns: ['Q5', 'Q6'], rows: [['Misschien', 'Hangt ervan af']] },
    mapping: {
      questions: { Q5: { code: 'INNOV_IN_USE' }, Q6: { code: 'ADDITIONALITY' } },
    },
    issues: [
      { code: 'unknown_label', line: 2, column: 'Q5', value: 'Misschien', detail: 'Q5' },
      { code: 'unknown_label', line: 2, column: 'Q6', value: 'Hangt ervan af', detail: 'Q6' },
    ],
  },
  {
    name: 'organisation types: known labels to keys, others kept with one warning per label',
    file: { columns: ['Org'], rows: column(['Gemeente', 'Vzw', 'Vzw', 'Ziekenhuis', '-oth-']) },
    mapping: { questions: { Org: { code: 'ORG_TYPE' } } },
    issues: [
      {
        severity: 'warning',
        code: 'unknown_label',
        line: 3,
        column: 'Org',
        value: 'Vzw',
        detail: 'Org',
      },
    ],
    answers: [
      ['R00001', 'ORG_TYPE', null, 'municipality', false],
      ['R00002', 'ORG_TYPE', null, 'Vzw', false],
      ['R00003', 'ORG_TYPE', null, 'Vzw', false],
      ['R00004', 'ORG_TYPE', null, 'hospital', false],
      ['R00005', 'ORG_TYPE', null, 'other', false],
    ],
  },
  {
    name: 'remarks are kept as written: formula-looking text stays text',
    file: {
      columns: ['Opm'],
      rows: column(['=1+1', '+32 9 123 45 67', '@home', '-oth-', 'nvt', '  Goed zo  ', 'a\nb']),
    },
    mapping: { questions: { Opm: { code: 'REMARKS' } } },
    answers: [
      ['R00001', 'REMARKS', null, '=1+1', false],
      ['R00002', 'REMARKS', null, '+32 9 123 45 67', false],
      ['R00003', 'REMARKS', null, '@home', false],
      ['R00004', 'REMARKS', null, '-oth-', false],
      ['R00005', 'REMARKS', null, 'nvt', false],
      ['R00006', 'REMARKS', null, 'Goed zo', false],
      ['R00007', 'REMARKS', null, 'a\nb', false],
    ],
  },
  {
    name: 'a multi-select joined in one cell: one row per option, each once',
    file: {
      columns: [{ header: 'Q7', text: 'Van welke diensten hebt u gebruikgemaakt?' }],
      rows: column([
        'Coaching;Juridisch advies;',
        'Coaching, Kennisplatform',
        'Iets anders',
        'Coaching;coaching',
        'Hulp bij het bestek;Coaching',
        'n.v.t.',
        '',
      ]),
    },
    mapping: {
      questions: {
        Q7: { code: 'SERVICES_USED', values: { 'Hulp bij het bestek': 'legal_advice' } },
      },
    },
    answers: [
      ['R00001', 'SERVICES_USED', null, 'coaching', false],
      ['R00001', 'SERVICES_USED', null, 'legal_advice', false],
      ['R00002', 'SERVICES_USED', null, 'coaching', false],
      ['R00002', 'SERVICES_USED', null, 'knowledge_platform', false],
      ['R00003', 'SERVICES_USED', null, 'Iets anders', false],
      ['R00004', 'SERVICES_USED', null, 'coaching', false],
      ['R00005', 'SERVICES_USED', null, 'legal_advice', false],
      ['R00005', 'SERVICES_USED', null, 'coaching', false],
      ['R00006', 'SERVICES_USED', null, null, true],
    ],
    stats: [
      {
        code: 'SERVICES_USED',
        columns: ['Q7'],
        answered: 5,
        missing: 1,
        notApplicable: 1,
        invalid: 0,
        mean: null,
        nps: null,
      },
    ],
    questions: [
      {
        survey_id: 'SRV-2024-BUYER',
        question_code: 'SERVICES_USED',
        text_nl: 'Van welke diensten hebt u gebruikgemaakt?',
        text_en: null,
        scale: 'multi',
      },
    ],
  },
  {
    name: 'a multi-select as one column per option',
    file: {
      columns: ['DIENST[SQ001]', 'DIENST[SQ002]', 'DIENST[SQ003]'],
      rows: [
        ['Y', 'Y', ''],
        ['', 'N', 'Y'],
        ['0', 'Nee', ''],
      ],
    },
    mapping: {
      questions: {
        'DIENST[SQ001]': { code: 'SERVICES_USED', option: 'coaching' },
        'DIENST[SQ002]': { code: 'SERVICES_USED', option: 'Juridisch advies' },
        'DIENST[SQ003]': { code: 'SERVICES_USED', option: 'Iets anders' },
      },
    },
    answers: [
      ['R00001', 'SERVICES_USED', null, 'coaching', false],
      ['R00001', 'SERVICES_USED', null, 'legal_advice', false],
      ['R00002', 'SERVICES_USED', null, 'Iets anders', false],
    ],
    questions: [
      {
        survey_id: 'SRV-2024-BUYER',
        question_code: 'SERVICES_USED',
        text_nl: 'DIENST',
        text_en: null,
        scale: 'multi',
      },
    ],
    respondents: [
      ['R00001', 'complete', null, null],
      ['R00002', 'complete', null, null],
      ['R00003', 'complete', null, null],
    ],
  },
  {
    name: 'duplicate respondent ids, identical rows or not: once per pair, naming both lines',
    file: {
      columns: ['id', 'Q1'],
      rows: [
        ['A', '5'],
        ['B', '4'],
        ['A', '5'],
        ['B', '3'],
        [' A ', '1'],
      ],
    },
    mapping: { respondentId: 'id', questions: SAT('Q1') },
    issues: [
      { code: 'duplicate_respondent', line: 4, column: 'id', value: 'A', detail: '2' },
      { code: 'duplicate_respondent', line: 5, column: 'id', value: 'B', detail: '3' },
      { code: 'duplicate_respondent', line: 6, column: 'id', value: 'A', detail: '2' },
    ],
  },
  {
    name: 'an empty respondent id',
    file: {
      columns: ['id', 'Q1'],
      rows: [
        ['A', '5'],
        ['', '4'],
      ],
    },
    mapping: { respondentId: 'id', questions: SAT('Q1') },
    issues: [{ code: 'required', line: 3, column: 'id' }],
  },
  {
    name: 'project numbers: non-canonical spellings and unknown projects are warnings',
    file: {
      columns: ['Project'],
      rows: column([
        'PIO-2017-001',
        'pio-2021-033',
        'PIO 2017 005',
        'PIO_2017_5',
        'PIO-2099-001',
        'onbekend',
        'pio-2099-2',
        'n.v.t.',
        '',
      ]),
    },
    mapping: { projectId: 'Project', questions: { Project: { code: 'PROJECT_ID' } } },
    issues: [
      {
        severity: 'warning',
        code: 'non_canonical_id',
        line: 3,
        column: 'Project',
        value: 'pio-2021-033',
        detail: 'PIO-2021-033',
      },
      {
        severity: 'warning',
        code: 'non_canonical_id',
        line: 4,
        column: 'Project',
        value: 'PIO 2017 005',
        detail: 'PIO-2017-005',
      },
      {
        severity: 'warning',
        code: 'non_canonical_id',
        line: 5,
        column: 'Project',
        value: 'PIO_2017_5',
        detail: 'PIO-2017-005',
      },
      {
        severity: 'warning',
        code: 'unknown_project',
        line: 6,
        column: 'Project',
        value: 'PIO-2099-001',
      },
      {
        severity: 'warning',
        code: 'unknown_project',
        line: 7,
        column: 'Project',
        value: 'onbekend',
      },
      {
        severity: 'warning',
        code: 'non_canonical_id',
        line: 8,
        column: 'Project',
        value: 'pio-2099-2',
        detail: 'PIO-2099-002',
      },
      {
        severity: 'warning',
        code: 'unknown_project',
        line: 8,
        column: 'Project',
        value: 'PIO-2099-002',
      },
    ],
    respondents: [
      ['R00001', 'complete', 'PIO-2017-001', null],
      ['R00002', 'complete', 'PIO-2021-033', null],
      ['R00003', 'complete', 'PIO-2017-005', null],
      ['R00004', 'complete', 'PIO-2017-005', null],
      ['R00005', 'complete', null, null],
      ['R00006', 'complete', null, null],
      ['R00007', 'complete', null, null],
      ['R00008', 'complete', null, null],
      ['R00009', 'complete', null, null],
    ],
    answers: [
      ['R00001', 'PROJECT_ID', null, 'PIO-2017-001', false],
      ['R00002', 'PROJECT_ID', null, 'PIO-2021-033', false],
      ['R00003', 'PROJECT_ID', null, 'PIO-2017-005', false],
      ['R00004', 'PROJECT_ID', null, 'PIO-2017-005', false],
      ['R00005', 'PROJECT_ID', null, 'PIO-2099-001', false],
      ['R00006', 'PROJECT_ID', null, 'onbekend', false],
      ['R00007', 'PROJECT_ID', null, 'PIO-2099-002', false],
      ['R00008', 'PROJECT_ID', null, null, true],
    ],
  },
  {
    name: 'complete when submitdate is filled, else partial with an answer, else refusal',
    file: {
      tool: 'limesurvey',
      columns: ['submitdate', 'Q1'],
      rows: [
        ['2024-05-02 10:00:00', '4'],
        ['', '3'],
        ['', ''],
        ['', 'n.v.t.'],
      ],
    },
    mapping: {
      submittedAt: 'submitdate',
      completeWhen: { column: 'submitdate', notEmpty: true },
      questions: SAT('Q1'),
    },
    respondents: [
      ['R00001', 'complete', null, '2024-05-02 10:00:00'],
      ['R00002', 'partial', null, null],
      ['R00003', 'refusal', null, null],
      ['R00004', 'partial', null, null],
    ],
  },
  {
    name: 'complete when Finished equals 1, which True also says',
    file: {
      tool: 'qualtrics',
      columns: ['Finished', 'Q1'],
      rows: [
        ['True', '4'],
        ['1', ''],
        ['False', '3'],
        ['0', ''],
      ],
    },
    mapping: { completeWhen: { column: 'Finished', equals: '1' }, questions: SAT('Q1') },
    respondents: [
      ['R00001', 'complete', null, null],
      ['R00002', 'complete', null, null],
      ['R00003', 'partial', null, null],
      ['R00004', 'refusal', null, null],
    ],
  },
  {
    name: 'without completeWhen every response is complete',
    file: {
      columns: ['Q1', 'Other'],
      rows: [
        ['4', 'x'],
        ['', 'y'],
      ],
    },
    mapping: { questions: SAT('Q1') },
    respondents: [
      ['R00001', 'complete', null, null],
      ['R00002', 'complete', null, null],
    ],
  },
  {
    name: 'Qualtrics preview and test responses are skipped; ids are generated in row order',
    file: {
      tool: 'qualtrics',
      headerRows: 3,
      columns: [
        { header: 'Status', text: 'Response Type' },
        { header: 'Q1', text: 'Hoe tevreden bent u in het algemeen?' },
      ],
      rows: [
        ['0', '4'],
        ['1', '5'],
        ['Survey Preview', '3'],
        ['IP Address', '2'],
        ['Survey Test', '1'],
        ['0', '5'],
      ],
    },
    mapping: { questions: SAT('Q1') },
    responses: 3,
    answers: [
      ['R00001', 'SAT_OVERALL', 4, null, false],
      ['R00002', 'SAT_OVERALL', 2, null, false],
      ['R00003', 'SAT_OVERALL', 5, null, false],
    ],
    questions: [
      {
        survey_id: 'SRV-2024-BUYER',
        question_code: 'SAT_OVERALL',
        text_nl: 'Hoe tevreden bent u in het algemeen?',
        text_en: null,
        scale: 'likert5',
      },
    ],
  },
  {
    name: 'errors after Qualtrics’ three header rows and a skipped preview keep their lines',
    file: {
      tool: 'qualtrics',
      headerRows: 3,
      columns: ['Status', 'Q1'],
      rows: [
        ['0', '4'],
        ['1', '9'],
        ['0', '9'],
      ],
    },
    mapping: { questions: SAT('Q1') },
    issues: [{ code: 'score_out_of_scale', line: 6, column: 'Q1', value: '9', detail: '1-5' }],
    responses: 2,
  },
  {
    name: 'a preview in a legacy Qualtrics export, whose Status is V7, is no respondent',
    file: {
      tool: 'qualtrics',
      headerRows: 2,
      columns: [
        { header: 'V1', text: 'ResponseID' },
        { header: 'V7', text: 'Status' },
        { header: 'Q1', text: 'Hoe tevreden bent u?' },
      ],
      rows: [
        ['R_1', '1', '9'],
        ['R_2', '0', '4'],
        ['R_3', '0', '5'],
      ],
    },
    mapping: { respondentId: 'V1', questions: SAT('Q1') },
    responses: 2,
    respondents: [
      ['R_2', 'complete', null, null],
      ['R_3', 'complete', null, null],
    ],
  },
  {
    name: 'a round id proposed from audience and year that is taken becomes the next free one, said so',
    file: { columns: ['Q1'], rows: [['4']] },
    mapping: { questions: SAT('Q1') },
    wave: { year: 2021, fieldworkStart: '2021-05-01', fieldworkEnd: '2021-05-31' },
    ctx: { ...CTX, existingSurveys: new Set(['SRV-2021-BUYER', 'SRV-2021-BUYER-2']) },
    issues: [
      {
        code: 'survey_id_proposed',
        severity: 'warning',
        line: null,
        column: null,
        value: 'SRV-2021-BUYER-3',
        detail: 'SRV-2021-BUYER',
      },
    ],
    survey: {
      survey_id: 'SRV-2021-BUYER-3',
      name: 'Bevraging aankopende besturen 2021',
      audience: 'buyer',
      fieldwork_start: '2021-05-01',
      fieldwork_end: '2021-05-31',
      population_n: null,
    },
  },
  {
    name: 'a round id the user chose that is already loaded',
    file: { columns: ['Q1'], rows: [['4']] },
    mapping: { questions: SAT('Q1') },
    wave: {
      surveyId: 'SRV-2021-BUYER',
      year: 2021,
      fieldworkStart: '2021-05-01',
      fieldworkEnd: '2021-05-31',
    },
    issues: [{ code: 'survey_exists', line: null, column: null, value: 'SRV-2021-BUYER' }],
  },
  {
    name: 'a survey id already loaded, which this import replaces',
    file: { columns: ['Q1'], rows: [['4']] },
    mapping: { questions: SAT('Q1') },
    wave: { year: 2021, fieldworkStart: '2021-05-01', fieldworkEnd: '2021-05-31' },
    ctx: { ...CTX, replaces: 'SRV-2021-BUYER' },
    survey: {
      survey_id: 'SRV-2021-BUYER',
      name: 'Bevraging aankopende besturen 2021',
      audience: 'buyer',
      fieldwork_start: '2021-05-01',
      fieldwork_end: '2021-05-31',
      population_n: null,
    },
  },
  {
    name: 'wave details from the submission dates (Belgian dates)',
    file: {
      columns: ['Ingediend', 'Q1'],
      rows: [
        ['12/05/2024 10:31', '4'],
        ['03/06/2024 08:00:05', '5'],
        ['', '3'],
      ],
    },
    mapping: { audience: 'company', submittedAt: 'Ingediend', questions: SAT('Q1') },
    wave: {},
    survey: {
      survey_id: 'SRV-2024-COMPANY',
      name: 'Bevraging bedrijven 2024',
      audience: 'company',
      fieldwork_start: '2024-05-12',
      fieldwork_end: '2024-06-03',
      population_n: null,
    },
    respondents: [
      ['R00001', 'complete', null, '2024-05-12 10:31:00'],
      ['R00002', 'complete', null, '2024-06-03 08:00:05'],
      ['R00003', 'complete', null, null],
    ],
  },
  {
    name: 'Google Forms in English writes month first',
    file: {
      tool: 'googleforms',
      columns: ['Timestamp', 'Q1'],
      rows: [
        ['5/2/2024 10:31:22', '4'],
        ['5/3/2024 9:00:00', '4'],
      ],
    },
    mapping: { submittedAt: 'Timestamp', questions: SAT('Q1') },
    wave: {},
    respondents: [
      ['R00001', 'complete', null, '2024-05-02 10:31:22'],
      ['R00002', 'complete', null, '2024-05-03 09:00:00'],
    ],
  },
  {
    name: 'wave details given to the import win over those in the mapping file',
    file: { columns: ['Q1'], rows: [['4'], ['5']] },
    mapping: {
      questions: SAT('Q1'),
      survey: {
        name: 'Uit de koppeling',
        year: 2023,
        populationN: 40,
        fieldworkStart: '2023-05-01',
        fieldworkEnd: '2023-05-31',
      },
    },
    wave: { name: 'Uit het formulier', surveyId: 'SRV-2023-BUYER-B' },
    survey: {
      survey_id: 'SRV-2023-BUYER-B',
      name: 'Uit het formulier',
      audience: 'buyer',
      fieldwork_start: '2023-05-01',
      fieldwork_end: '2023-05-31',
      population_n: 40,
    },
  },
  {
    name: 'bad wave details',
    file: { columns: ['Q1'], rows: [['4'], ['5']] },
    mapping: { questions: SAT('Q1') },
    wave: { year: 1999, fieldworkStart: '2024-13-01', fieldworkEnd: '2024-05-01', populationN: 1 },
    issues: [
      {
        code: 'bad_wave',
        line: null,
        column: null,
        detail: 'yearRange',
        args: { field: 'year', value: '1999' },
      },
      {
        code: 'bad_wave',
        line: null,
        column: null,
        detail: 'dateFormat',
        args: { field: 'fieldworkStart', value: '2024-13-01' },
      },
      {
        code: 'bad_wave',
        line: null,
        column: null,
        detail: 'populationBelowRespondents',
        args: { value: '1', respondents: '2' },
      },
    ],
  },
  {
    name: 'no year and no fieldwork dates to be had',
    file: { columns: ['Q1'], rows: [['4']] },
    mapping: { questions: SAT('Q1') },
    wave: { populationN: -1 },
    issues: [
      {
        code: 'bad_wave',
        line: null,
        column: null,
        detail: 'populationWhole',
        args: { field: 'populationN', value: '-1' },
      },
      { code: 'wave_incomplete', line: null, column: null, value: 'year' },
      { code: 'wave_incomplete', line: null, column: null, value: 'fieldworkStart' },
      { code: 'wave_incomplete', line: null, column: null, value: 'fieldworkEnd' },
    ],
  },
  {
    name: 'a submission time that is no date',
    file: { columns: ['submitdate', 'Q1'], rows: [['31/02/2024 10:00', '4']] },
    mapping: { submittedAt: 'submitdate', questions: SAT('Q1') },
    issues: [{ code: 'bad_timestamp', line: 2, column: 'submitdate', value: '31/02/2024 10:00' }],
  },
  {
    name: 'a personal column is refused unless kept on purpose',
    file: { columns: ['E-mail', 'Q1'], rows: [['a@b.be', '4']] },
    mapping: { questions: { ...SAT('Q1'), 'E-mail': { code: 'REMARKS' } } },
    issues: [
      {
        code: 'bad_mapping',
        line: 1,
        column: 'E-mail',
        detail: 'personalColumn',
        args: { column: 'E-mail' },
      },
    ],
  },
  {
    name: 'a personal column the user keeps on purpose',
    file: { columns: ['E-mail', 'Q1'], rows: [['a@b.be', '4']] },
    mapping: {
      respondentId: 'E-mail',
      keepPersonal: ['E-mail'],
      questions: { ...SAT('Q1'), 'E-mail': { code: 'REMARKS' } },
    },
    answers: [
      ['a@b.be', 'REMARKS', null, 'a@b.be', false],
      ['a@b.be', 'SAT_OVERALL', 4, null, false],
    ],
  },
  {
    name: 'columns the file does not have, each named once',
    file: { columns: ['Q1'], rows: [['4']] },
    mapping: {
      respondentId: 'Id',
      completeWhen: { column: 'Q9', notEmpty: true },
      questions: { ...SAT('Q1'), Q9: { code: 'NPS' } },
    },
    issues: [
      { code: 'unknown_column', line: 1, column: null, value: 'Id' },
      { code: 'unknown_column', line: 1, column: null, value: 'Q9' },
    ],
  },
  {
    name: 'values that do not fit the scale, and a mapping without questions',
    file: { columns: ['Q1'], rows: [['4']] },
    mapping: {
      questions: { Q1: { code: 'SAT_OVERALL', values: { A6: 6 } } },
    },
    issues: [
      {
        code: 'bad_mapping',
        line: null,
        column: 'Q1',
        detail: 'valueNotScore',
        args: { path: 'questions.Q1.values.A6', value: '6', range: '1-5' },
      },
    ],
  },
  {
    name: 'a rejected file’s statistics leave its invalid values out and count them apart',
    file: {
      columns: ['Q1', 'Q2'],
      rows: [
        ['4', '9'],
        ['9', '10'],
        ['Zeer tevreden', 'heel veel'],
        ['zeer onduidelijk', ''],
        ['', '11'],
      ],
    },
    mapping: { questions: { ...SAT('Q1'), Q2: { code: 'NPS' } } },
    issues: [
      { code: 'score_out_of_scale', line: 3, column: 'Q1', value: '9', detail: '1-5' },
      { code: 'unknown_label', line: 4, column: 'Q2', value: 'heel veel', detail: 'Q2' },
      {
        code: 'unknown_label',
        line: 5,
        column: 'Q1',
        value: 'zeer onduidelijk',
        detail: 'Q1',
      },
      { code: 'score_out_of_scale', line: 6, column: 'Q2', value: '11', detail: '0-10' },
    ],
    // Q1: 4 and 5 answered; 9 and "zeer onduidelijk" invalid; one empty. Q2: 9 and 10
    // answered (two promoters); "heel veel" and 11 invalid; one empty.
    stats: [
      {
        code: 'SAT_OVERALL',
        columns: ['Q1'],
        answered: 2,
        missing: 1,
        notApplicable: 0,
        invalid: 2,
        mean: 4.5,
        nps: null,
      },
      {
        code: 'NPS',
        columns: ['Q2'],
        answered: 2,
        missing: 1,
        notApplicable: 0,
        invalid: 2,
        mean: 9.5,
        nps: 100,
      },
    ],
  },
  {
    name: 'a mapping without questions',
    file: { columns: ['Q1'], rows: [['4']] },
    mapping: { questions: {} },
    issues: [
      {
        code: 'bad_mapping',
        line: null,
        column: null,
        detail: 'questionsEmpty',
      },
    ],
  },
];

function answerTuples(answers: readonly CanonicalRow[]): AnswerTuple[] {
  return answers.map(
    (a) =>
      [
        a.respondent_id,
        a.question_code,
        a.value_num,
        a.value_text,
        a.not_applicable,
      ] as unknown as AnswerTuple,
  );
}

describe('applyMapping', () => {
  it.each(cases)('$name', (c) => {
    const result = run(c);
    const expectedIssues = (c.issues ?? []).map((i) => ({
      severity: 'error',
      file: 'export.csv',
      ...i,
    }));
    expect(result.issues).toStrictEqual(expectedIssues);
    expect(result.ok).toBe(!expectedIssues.some((i) => i.severity === 'error'));
    if (c.stats) expect(result.stats).toEqual(c.stats);
    if (c.responses !== undefined) expect(result.responses).toBe(c.responses);
    if (!result.ok) return;
    const { wave } = result;
    if (c.answers) expect(answerTuples(wave.answers)).toEqual(c.answers);
    if (c.respondents) {
      expect(
        wave.respondents.map((r) => [r.respondent_id, r.disposition, r.project_id, r.submitted_at]),
      ).toEqual(c.respondents);
    }
    if (c.survey) expect(wave.survey).toEqual(c.survey);
    if (c.questions) expect(wave.questions).toEqual(c.questions);
    const surveyId = wave.survey.survey_id;
    for (const row of [...wave.respondents, ...wave.answers, ...wave.questions]) {
      expect(row.survey_id).toBe(surveyId);
    }
    const keys = wave.answers.map((a) =>
      JSON.stringify([a.survey_id, a.respondent_id, a.question_code, a.value_text]),
    );
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('maps a whole export with the mapping file written by hand, as in the issue', () => {
    const json = `{
      "audience": "buyer",                                   // bevraging 2024
      "respondentId": "id",
      "projectId": "PROJ",
      "submittedAt": "submitdate",
      "completeWhen": { "column": "submitdate", "notEmpty": true },
      "questions": {
        "TEVR": { "code": "SAT_OVERALL", "values": { "A1": 1, "A2": 2, "A6": "not_applicable" } }
      }
    }`;
    const mapping = parseMapping(json, 'koppeling.json');
    expect(mapping.ok).toBe(true);
    if (!mapping.ok) return;
    const file = parsed({
      tool: 'limesurvey',
      columns: ['id', 'submitdate', 'PROJ', 'TEVR'],
      rows: [
        ['1', '2024-05-02 10:00:00', 'PIO-2021-033', 'A2'],
        ['2', '', 'pio-2017-001', 'A6'],
        ['3', '2024-05-04 11:00:00', '', 'A5'],
      ],
    });
    const result = applyMapping(file, mapping.mapping, { year: 2024 }, CTX);
    expect(result).toEqual({
      ok: true,
      wave: {
        survey: {
          survey_id: 'SRV-2024-BUYER',
          name: 'Bevraging aankopende besturen 2024',
          audience: 'buyer',
          fieldwork_start: '2024-05-02',
          fieldwork_end: '2024-05-04',
          population_n: null,
        },
        questions: [
          {
            survey_id: 'SRV-2024-BUYER',
            question_code: 'SAT_OVERALL',
            text_nl: 'TEVR',
            text_en: null,
            scale: 'likert5',
          },
        ],
        respondents: [
          {
            survey_id: 'SRV-2024-BUYER',
            respondent_id: '1',
            disposition: 'complete',
            project_id: 'PIO-2021-033',
            org_id: null,
            company_id: null,
            submitted_at: '2024-05-02 10:00:00',
          },
          {
            survey_id: 'SRV-2024-BUYER',
            respondent_id: '2',
            disposition: 'partial',
            project_id: 'PIO-2017-001',
            org_id: null,
            company_id: null,
            submitted_at: null,
          },
          {
            survey_id: 'SRV-2024-BUYER',
            respondent_id: '3',
            disposition: 'complete',
            project_id: null,
            org_id: null,
            company_id: null,
            submitted_at: '2024-05-04 11:00:00',
          },
        ],
        answers: [
          {
            survey_id: 'SRV-2024-BUYER',
            respondent_id: '1',
            question_code: 'SAT_OVERALL',
            value_num: 2,
            value_text: null,
            not_applicable: false,
          },
          {
            survey_id: 'SRV-2024-BUYER',
            respondent_id: '2',
            question_code: 'SAT_OVERALL',
            value_num: null,
            value_text: null,
            not_applicable: true,
          },
          {
            survey_id: 'SRV-2024-BUYER',
            respondent_id: '3',
            question_code: 'SAT_OVERALL',
            value_num: 5,
            value_text: null,
            not_applicable: false,
          },
        ],
      },
      stats: [
        {
          code: 'SAT_OVERALL',
          columns: ['TEVR'],
          answered: 2,
          missing: 0,
          notApplicable: 1,
          invalid: 0,
          mean: 3.5,
          nps: null,
        },
      ],
      responses: 3,
      issues: [
        {
          severity: 'warning',
          code: 'non_canonical_id',
          file: 'export.csv',
          line: 3,
          column: 'PROJ',
          value: 'pio-2017-001',
          detail: 'PIO-2017-001',
        },
      ],
    });
  });
});
