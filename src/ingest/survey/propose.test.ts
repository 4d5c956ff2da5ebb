import { describe, expect, it } from 'vitest';
import type { QuestionCode } from '../../model';
import { isPersonalColumn } from './mapping';
import { propose, proposeMapping, type ProposalReason } from './propose';
import { parsed, type ParsedSpec } from './testing/parsed';
import type { Mapping } from './types';

interface Case {
  readonly name: string;
  readonly file: ParsedSpec;
  readonly expected: Mapping;
}

const cases: readonly Case[] = [
  {
    name: 'LimeSurvey with question codes and answer codes',
    file: {
      tool: 'limesurvey',
      columns: [
        'id',
        'submitdate',
        'lastpage',
        'startlanguage',
        'seed',
        'startdate',
        'datestamp',
        'ipaddr',
        'email',
        'PROJ',
        'TEVR',
        'NPS',
        'COACH',
        'ADDIT',
        'DIENST[SQ001]',
        'DIENST[SQ002]',
        'OPM',
      ],
      rows: [
        [
          '1',
          '2024-05-02 10:00:00',
          '3',
          'nl',
          '123',
          '2024-05-02 09:50:00',
          '2024-05-02 10:00:00',
          '10.0.0.1',
          'a@b.be',
          'PIO-2021-003',
          'A5',
          '9',
          'NVT',
          'A2',
          'Y',
          '',
          'Goed',
        ],
        ['2', '', '1', 'nl', '124', '', '', '', '', 'PIO-2023-012', 'A3'],
      ],
    },
    expected: {
      audience: 'buyer',
      respondentId: 'id',
      submittedAt: 'submitdate',
      completeWhen: { column: 'submitdate', notEmpty: true },
      projectId: 'PROJ',
      questions: {
        PROJ: { code: 'PROJECT_ID' },
        TEVR: { code: 'SAT_OVERALL', values: { A5: 5, A3: 3 } },
        NPS: { code: 'NPS' },
        COACH: { code: 'SAT_COACHING', values: { NVT: 'not_applicable' } },
        ADDIT: { code: 'ADDITIONALITY', values: { A2: 'later' } },
        'DIENST[SQ001]': { code: 'SERVICES_USED', option: 'SQ001' },
        'DIENST[SQ002]': { code: 'SERVICES_USED', option: 'SQ002' },
        OPM: { code: 'REMARKS' },
      },
    },
  },
  {
    name: 'LimeSurvey with full question texts and labels',
    file: {
      tool: 'limesurvey',
      columns: [
        'id',
        'submitdate',
        'Hoe tevreden bent u in het algemeen over de ondersteuning door PIO?',
        'Wat had uw organisatie gedaan zonder de steun van PIO?',
        'Van welke PIO-diensten maakte u gebruik? [Coaching]',
        'Van welke PIO-diensten maakte u gebruik? [Juridisch advies]',
        'Van welke PIO-diensten maakte u gebruik? [Andere]',
      ],
      rows: [
        ['1', '2024-05-02 10:00', 'Zeer tevreden', 'Later gedaan', 'Ja', '', ''],
        ['2', '2024-05-03 10:00', 'Neutraal', 'Iets anders', '', 'Ja', 'Ja'],
      ],
    },
    expected: {
      audience: 'buyer',
      respondentId: 'id',
      submittedAt: 'submitdate',
      completeWhen: { column: 'submitdate', notEmpty: true },
      questions: {
        'Hoe tevreden bent u in het algemeen over de ondersteuning door PIO?': {
          code: 'SAT_OVERALL',
          values: { 'Zeer tevreden': 5, Neutraal: 3 },
        },
        'Wat had uw organisatie gedaan zonder de steun van PIO?': {
          code: 'ADDITIONALITY',
          values: { 'Later gedaan': 'later' },
        },
        'Van welke PIO-diensten maakte u gebruik? [Coaching]': {
          code: 'SERVICES_USED',
          option: 'coaching',
        },
        'Van welke PIO-diensten maakte u gebruik? [Juridisch advies]': {
          code: 'SERVICES_USED',
          option: 'legal_advice',
        },
        'Van welke PIO-diensten maakte u gebruik? [Andere]': {
          code: 'SERVICES_USED',
          option: 'Andere',
        },
      },
    },
  },
  {
    name: 'LimeSurvey with full texts for its own columns too',
    file: {
      tool: 'limesurvey',
      columns: [
        'Response ID',
        'Date submitted',
        'Last page',
        'Start language',
        'Seed',
        'Date started',
        'Date last action',
        'Opmerkingen en suggesties',
      ],
      rows: [['1', '2024-05-02 10:00:00', '2', 'nl', '7', '', '', 'Top']],
    },
    expected: {
      audience: 'buyer',
      respondentId: 'Response ID',
      submittedAt: 'Date submitted',
      completeWhen: { column: 'Date submitted', notEmpty: true },
      questions: { 'Opmerkingen en suggesties': { code: 'REMARKS' } },
    },
  },
  {
    name: 'Qualtrics: export tags with texts, True/False, recipient and location columns left out',
    file: {
      tool: 'qualtrics',
      headerRows: 3,
      columns: [
        { header: 'StartDate', text: 'Start Date' },
        { header: 'EndDate', text: 'End Date' },
        { header: 'Status', text: 'Response Type' },
        { header: 'IPAddress', text: 'IP Address' },
        { header: 'Progress', text: 'Progress' },
        { header: 'Duration (in seconds)', text: 'Duration (in seconds)' },
        { header: 'Finished', text: 'Finished' },
        { header: 'RecordedDate', text: 'Recorded Date' },
        { header: 'ResponseId', text: 'Response ID' },
        { header: 'RecipientLastName', text: 'Recipient Last Name' },
        { header: 'RecipientEmail', text: 'Recipient Email' },
        { header: 'ExternalReference', text: 'External Data Reference' },
        { header: 'LocationLatitude', text: 'Location Latitude' },
        { header: 'DistributionChannel', text: 'Distribution Channel' },
        { header: 'UserLanguage', text: 'User Language' },
        { header: 'Q1', text: 'Hoe tevreden bent u in het algemeen over PIO?' },
        { header: 'Q2', text: 'Hoe waarschijnlijk is het dat u PIO zou aanbevelen?' },
        { header: 'Q2_NPS_GROUP', text: 'Hoe waarschijnlijk is het dat u PIO zou aanbevelen?' },
        { header: 'Q3', text: 'Hoe beoordeelt u de kwaliteit van de coaching?' },
        { header: 'Q4', text: 'Hoe nuttig was de co-financiering?' },
        { header: 'Q5', text: 'Is de innovatie vandaag in gebruik?' },
        { header: 'Q6_1', text: 'Welke diensten gebruikte u? - Coaching' },
        { header: 'Q6_2', text: 'Welke diensten gebruikte u? - Kennisplatform' },
        { header: 'Q7', text: 'Hebt u nog opmerkingen of suggesties?' },
      ],
      rows: [
        [
          ...['2024-05-02 09:00:00', '2024-05-02 09:10:00', 'IP Address', '10.0.0.1', '100'],
          ...['600', 'True', '2024-05-02 09:10:00', 'R_1', 'Peeters', 'p@x.be', '', '51.0'],
          ...['anonymous', 'NL', 'Tevreden', '10 - Zeer waarschijnlijk', 'Promoter', '4', '5'],
          ...['Ja', '1', '', ''],
        ],
      ],
    },
    expected: {
      audience: 'buyer',
      respondentId: 'ResponseId',
      submittedAt: 'RecordedDate',
      completeWhen: { column: 'Finished', equals: 'True' },
      questions: {
        Q1: { code: 'SAT_OVERALL', values: { Tevreden: 4 } },
        Q2: { code: 'NPS', values: { '10 - Zeer waarschijnlijk': 10 } },
        Q3: { code: 'SAT_COACHING' },
        Q4: { code: 'SAT_COFIN' },
        Q5: { code: 'INNOV_IN_USE', values: { Ja: 'ja' } },
        Q6_1: { code: 'SERVICES_USED', option: 'coaching' },
        Q6_2: { code: 'SERVICES_USED', option: 'knowledge_platform' },
        Q7: { code: 'REMARKS' },
      },
    },
  },
  {
    name: 'Qualtrics with numeric values: Finished 1',
    file: {
      tool: 'qualtrics',
      columns: [
        { header: 'Finished', text: 'Finished' },
        { header: 'ResponseId', text: 'Response ID' },
        { header: 'Q1', text: 'Overall, how satisfied are you with PIO?' },
      ],
      rows: [
        ['1', 'R_1', '5'],
        ['0', 'R_2', ''],
      ],
    },
    expected: {
      audience: 'buyer',
      respondentId: 'ResponseId',
      completeWhen: { column: 'Finished', equals: '1' },
      questions: { Q1: { code: 'SAT_OVERALL' } },
    },
  },
  {
    name: 'Microsoft Forms in Dutch: e-mail and name left out, options joined with ;',
    file: {
      tool: 'msforms',
      fileName: 'Bevraging bedrijven 2024.xlsx',
      columns: [
        'ID',
        'Begintijd',
        'Tijd van voltooien',
        'E-mail',
        'Naam',
        'Hoe tevreden bent u in het algemeen over uw deelname aan PIO-projecten?',
        'Van welke diensten van PIO hebt u gebruikgemaakt?',
        'Hoe groot is uw onderneming?',
        'Over welk PIO-project gaat uw antwoord (projectnummer)?',
      ],
      rows: [
        [
          ...['1', '2024-05-02 09:00:00', '2024-05-02 09:10:00', 'anoniem', ''],
          ...['Zeer tevreden', 'Coaching;Juridisch advies;', 'Kleine onderneming', 'PIO 2021 3'],
        ],
        [
          ...['2', '2024-05-03 09:00:00', '2024-05-03 09:10:00', 'anoniem', ''],
          ...['Tevreden', 'Coaching;Iets anders;', 'Vzw', 'PIO-2022-011'],
        ],
      ],
    },
    expected: {
      audience: 'company',
      respondentId: 'ID',
      submittedAt: 'Tijd van voltooien',
      projectId: 'Over welk PIO-project gaat uw antwoord (projectnummer)?',
      questions: {
        'Hoe tevreden bent u in het algemeen over uw deelname aan PIO-projecten?': {
          code: 'SAT_OVERALL',
          values: { 'Zeer tevreden': 5, Tevreden: 4 },
        },
        'Van welke diensten van PIO hebt u gebruikgemaakt?': {
          code: 'SERVICES_USED',
          values: { Coaching: 'coaching', 'Juridisch advies': 'legal_advice' },
        },
        'Hoe groot is uw onderneming?': {
          code: 'ORG_TYPE',
          values: { 'Kleine onderneming': 'small' },
        },
        'Over welk PIO-project gaat uw antwoord (projectnummer)?': { code: 'PROJECT_ID' },
      },
    },
  },
  {
    name: 'Microsoft Forms in English, stakeholders by file name',
    file: {
      tool: 'msforms',
      fileName: 'PIO stakeholders.xlsx',
      columns: [
        'ID',
        'Start time',
        'Completion time',
        'Email',
        'Name',
        'How likely are you to recommend PIO to a colleague?',
      ],
      rows: [['1', '', '', '', '', '8']],
    },
    expected: {
      audience: 'stakeholder',
      respondentId: 'ID',
      submittedAt: 'Completion time',
      questions: { 'How likely are you to recommend PIO to a colleague?': { code: 'NPS' } },
    },
  },
  {
    name: 'Google Forms in English: a grid row, checkboxes, the e-mail address left out',
    file: {
      tool: 'googleforms',
      columns: [
        'Timestamp',
        'Email Address',
        'Overall, how satisfied are you with the support from PIO?',
        'How do you rate the following? [Coaching]',
        'Which PIO services did you use?',
        'What would your organisation have done without PIO’s support?',
        'Do you have any remarks or suggestions?',
      ],
      rows: [
        [
          ...['5/2/2024 10:31:22', 'a@b.be', 'Very satisfied', 'Good'],
          ...['Coaching, Knowledge platform', 'The same', 'Thanks'],
        ],
      ],
    },
    expected: {
      audience: 'buyer',
      submittedAt: 'Timestamp',
      questions: {
        'Overall, how satisfied are you with the support from PIO?': {
          code: 'SAT_OVERALL',
          values: { 'Very satisfied': 5 },
        },
        'How do you rate the following? [Coaching]': {
          code: 'SAT_COACHING',
          values: { Good: 4 },
        },
        'Which PIO services did you use?': {
          code: 'SERVICES_USED',
          values: { Coaching: 'coaching', 'Knowledge platform': 'knowledge_platform' },
        },
        'What would your organisation have done without PIO’s support?': {
          code: 'ADDITIONALITY',
          values: { 'The same': 'same' },
        },
        'Do you have any remarks or suggestions?': { code: 'REMARKS' },
      },
    },
  },
  {
    name: 'Google Forms in Dutch',
    file: {
      tool: 'googleforms',
      columns: ['Tijdstempel', 'Heeft de aankoop geleid tot een innovatie die in gebruik is?'],
      rows: [['2-5-2024 10:31:22', 'Gedeeltelijk']],
    },
    expected: {
      audience: 'buyer',
      submittedAt: 'Tijdstempel',
      questions: {
        'Heeft de aankoop geleid tot een innovatie die in gebruik is?': {
          code: 'INNOV_IN_USE',
          values: { Gedeeltelijk: 'gedeeltelijk' },
        },
      },
    },
  },
  {
    name: 'EUSurvey: metadata at the end, a user name left out',
    file: {
      tool: 'eusurvey',
      columns: [
        'Tot welk type organisatie behoort u?',
        'Hoe tevreden bent u in het algemeen?',
        'Contribution ID',
        'User name',
        'Created',
        'Updated',
        'Languages',
      ],
      rows: [['Gemeente', '4', 'abc-1', 'jan', '2024-05-02 10:00:00', '', 'NL']],
    },
    expected: {
      audience: 'buyer',
      respondentId: 'Contribution ID',
      submittedAt: 'Created',
      questions: {
        'Tot welk type organisatie behoort u?': {
          code: 'ORG_TYPE',
          values: { Gemeente: 'municipality' },
        },
        'Hoe tevreden bent u in het algemeen?': { code: 'SAT_OVERALL' },
      },
    },
  },
  {
    name: 'A plain CSV: question codes as headers, a project column known by its values',
    file: {
      columns: ['SAT_OVERALL', 'sat_overall', 'Dossier', 'Onbekende vraag', 'Naam'],
      rows: [
        ['4', '5', 'PIO-2021-003', 'x', 'Jan'],
        ['3', '2', 'pio 2022 11', 'y', 'Piet'],
      ],
    },
    expected: {
      audience: 'buyer',
      projectId: 'Dossier',
      questions: {
        SAT_OVERALL: { code: 'SAT_OVERALL' },
        Dossier: { code: 'PROJECT_ID' },
      },
    },
  },
  {
    name: 'a company survey recognised by its questions',
    file: {
      columns: ['Hoe tevreden bent u over de marktconsultatie voor uw onderneming?'],
      rows: [['4']],
    },
    expected: {
      audience: 'company',
      questions: {
        'Hoe tevreden bent u over de marktconsultatie voor uw onderneming?': {
          code: 'SAT_OVERALL',
        },
      },
    },
  },
];

describe('proposeMapping', () => {
  it.each(cases)('$name', ({ file, expected }) => {
    expect(proposeMapping(parsed(file))).toEqual(expected);
  });
});

interface Wording {
  readonly header: string;
  readonly code: QuestionCode;
  readonly reason: ProposalReason;
}

/** Headers as people and tools write them, each alone in a file with one answer. */
const wordings: readonly Wording[] = [
  {
    header: 'Tevredenheid PIO (1-5)',
    code: 'SAT_OVERALL',
    reason: { kind: 'text_words', words: ['tevredenheid'] },
  },
  {
    header: 'Aanbevelen (0-10)',
    code: 'NPS',
    reason: { kind: 'text_words', words: ['aanbevelen'] },
  },
  {
    header: 'Satisfaction coaching [1-5]',
    code: 'SAT_COACHING',
    reason: { kind: 'text_words', words: ['satisfaction', 'coaching'] },
  },
  {
    header: 'Nut cofinanciering (score 1 tot 5)',
    code: 'SAT_COFIN',
    reason: { kind: 'text_words', words: ['nut', 'cofinanciering'] },
  },
  {
    header: 'sat_overall',
    code: 'SAT_OVERALL',
    reason: { kind: 'header_code', code: 'sat_overall' },
  },
  {
    header: 'tevredenheid_algemeen',
    code: 'SAT_OVERALL',
    reason: { kind: 'text_words', words: ['tevredenheid'] },
  },
  { header: 'nps_score', code: 'NPS', reason: { kind: 'text_words', words: ['nps'] } },
  {
    header: 'innovatie_in_gebruik',
    code: 'INNOV_IN_USE',
    reason: { kind: 'text_words', words: ['in gebruik'] },
  },
  { header: 'project_nr', code: 'PROJECT_ID', reason: { kind: 'header_code', code: 'project_nr' } },
  { header: 'ORG_TYPE', code: 'ORG_TYPE', reason: { kind: 'header_code', code: 'ORG_TYPE' } },
  {
    header: 'TEVR. Hoe tevreden bent u over PIO?',
    code: 'SAT_OVERALL',
    reason: { kind: 'header_code', code: 'TEVR' },
  },
  {
    header: 'G01Q05. Wat had u gedaan zonder PIO?',
    code: 'ADDITIONALITY',
    reason: { kind: 'text_words', words: ['zonder pio'] },
  },
  {
    header: 'Additionaliteit',
    code: 'ADDITIONALITY',
    reason: { kind: 'text_words', words: ['additionaliteit'] },
  },
  {
    header: 'Welke diensten gebruikte u?',
    code: 'SERVICES_USED',
    reason: { kind: 'text_words', words: ['diensten'] },
  },
  {
    header: 'Remarks and suggestions',
    code: 'REMARKS',
    reason: { kind: 'text_words', words: ['remarks'] },
  },
];

describe('each standard question is recognised from its wording', () => {
  it.each(wordings.map((w) => [w.header, w] as const))('%s', (_header, w) => {
    const { mapping, columns } = propose(parsed({ columns: [w.header], rows: [['']] }));
    expect(mapping.questions[w.header]?.code).toBe(w.code);
    expect(columns[w.header]?.reasons[0]).toEqual(w.reason);
  });
});

describe('answer codes and choice texts', () => {
  it('LimeSurvey codes: Y and N for yes/no, -oth- for "other", A6 after A1..A5 as "not applicable" (unsure)', () => {
    const { mapping, columns } = propose(
      parsed({
        tool: 'limesurvey',
        columns: ['id', 'INNOV', 'ORGTYPE', 'TEVR'],
        rows: [
          ['1', 'Y', 'A1', 'A5'],
          ['2', 'N', '-oth-', 'A6'],
        ],
      }),
    );
    expect(mapping.questions).toEqual({
      INNOV: { code: 'INNOV_IN_USE', values: { Y: 'ja', N: 'nee' } },
      ORGTYPE: { code: 'ORG_TYPE', values: { '-oth-': 'other' } },
      TEVR: { code: 'SAT_OVERALL', values: { A5: 5, A6: 'not_applicable' } },
    });
    expect(columns.INNOV?.confidence).toBe('sure');
    expect(columns.TEVR?.confidence).toBe('unsure');
  });

  it('Qualtrics numeric values whose choice texts the question text gives are read from them, sure', () => {
    const { mapping, columns } = propose(
      parsed({
        tool: 'qualtrics',
        columns: [
          {
            header: 'Q5',
            text: 'Zonder PIO hadden we (1 = hetzelfde gedaan, 2 = later, 3 = niet gedaan)',
          },
        ],
        rows: [['1'], ['3']],
      }),
    );
    expect(mapping.questions.Q5).toEqual({
      code: 'ADDITIONALITY',
      values: { '1': 'same', '3': 'not_done' },
    });
    expect(columns.Q5).toEqual({
      confidence: 'sure',
      reasons: [{ kind: 'text_words', words: ['zonder pio'] }, { kind: 'numeric_recode_texts' }],
    });
  });

  it('multi-select answers joined with ; or with ", " are split into the options they name', () => {
    const { mapping } = propose(
      parsed({
        tool: 'googleforms',
        columns: ['Timestamp', 'Welke diensten gebruikte u?'],
        rows: [
          ['2024/03/05 10:12:44 AM CET', 'Coaching;Juridisch advies'],
          ['2024/03/06 10:12:44 AM CET', 'Kennisplatform, Netwerkevents'],
        ],
      }),
    );
    expect(mapping.questions['Welke diensten gebruikte u?']?.values).toEqual({
      Coaching: 'coaching',
      'Juridisch advies': 'legal_advice',
      Kennisplatform: 'knowledge_platform',
      Netwerkevents: 'network_events',
    });
  });

  it('a column found only by its project numbers is proposed, but unsure', () => {
    const { columns } = propose(parsed({ columns: ['Dossier'], rows: [['PIO-2021-003']] }));
    expect(columns.Dossier).toEqual({
      confidence: 'unsure',
      reasons: [{ kind: 'cells_project_ids' }],
    });
  });

  it('subquestions without text are read in the standard order only when there are six of them', () => {
    const { columns } = propose(
      parsed({
        tool: 'limesurvey',
        columns: ['DIENST[SQ001]', 'DIENST[SQ002]'],
        rows: [['Y', '']],
      }),
    );
    expect(columns['DIENST[SQ001]']).toEqual({
      confidence: 'unsure',
      reasons: [
        { kind: 'header_code', code: 'DIENST' },
        { kind: 'option_unknown', option: 'SQ001' },
      ],
    });
  });
});

describe('a column holding a person’s name is personal data', () => {
  const personal = [
    'Contactpersoon',
    'Naam contactpersoon',
    'Naam respondent',
    'Respondent name',
    'Uw naam en voornaam',
    'Contact person',
    'naam_respondent',
    'Voornaam',
    'EmailAddress',
  ];
  const notPersonal = [
    'Naam van uw organisatie',
    'Naam van het project',
    'Projectnaam',
    'Organisation name',
    'Hoe tevreden bent u over de contactpersoon bij PIO?',
  ];
  it.each(personal)('%s is personal', (header) => {
    expect(isPersonalColumn({ header, text: null })).toBe(true);
  });
  it.each(notPersonal)('%s is not', (header) => {
    expect(isPersonalColumn({ header, text: null })).toBe(false);
  });
  it('a Qualtrics column is personal by its text too (the legacy exporter’s V3 "Name")', () => {
    expect(isPersonalColumn({ header: 'V3', text: 'Name' })).toBe(true);
    expect(isPersonalColumn({ header: 'Q7', text: 'Naam contactpersoon' })).toBe(true);
  });
  it('is never proposed, not even a name column with a question code for a header', () => {
    const { mapping } = propose(
      parsed({
        columns: ['Naam respondent', 'Contactpersoon', 'TEVR'],
        rows: [['Jan', 'Els', '4']],
      }),
    );
    expect(Object.keys(mapping.questions)).toEqual(['TEVR']);
  });
});
