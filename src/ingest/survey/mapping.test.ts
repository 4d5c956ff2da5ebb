import { describe, expect, it } from 'vitest';
import { formatIssue, issueMessage, MESSAGES } from '../../i18n';
import { isPersonalColumn, MAPPING_PROBLEM_KEYS, parseMapping, serializeMapping } from './mapping';
import type { Mapping } from './types';

/** The hand-written example of issue 5, comments and placeholders included. */
const ISSUE_EXAMPLE = `{
  "audience": "buyer",                                  // buyer | company | stakeholder
  "respondentId": "<column>",                           // optional; generated when absent
  "projectId": "<column>",                              // optional
  "completeWhen": { "column": "<column>", "notEmpty": true },   // optional; or { "column": ..., "equals": "1" }
  "questions": {
    "<column>": { "code": "SAT_OVERALL", "values": { "A1": 1, "A2": 2, "A6": "not_applicable" } }
  }
}
`;

describe('parseMapping', () => {
  it('reads the hand-written example of the issue, comments and all', () => {
    expect(parseMapping(ISSUE_EXAMPLE, 'example.json')).toEqual({
      ok: true,
      mapping: {
        audience: 'buyer',
        respondentId: '<column>',
        projectId: '<column>',
        completeWhen: { column: '<column>', notEmpty: true },
        questions: {
          '<column>': {
            code: 'SAT_OVERALL',
            values: { A1: 1, A2: 2, A6: 'not_applicable' },
          },
        },
      },
    });
  });

  it('reads every field, with a BOM, a block comment, trailing commas and a numeric equals', () => {
    const json = `\uFEFF{
      /* exported by hand */
      "audience": "company",
      "respondentId": "ResponseId",
      "projectId": "Q9",
      "orgId": "Org",
      "companyId": "KBO",
      "submittedAt": "RecordedDate",
      "completeWhen": { "column": "Finished", "equals": 1 },
      "questions": {
        "Q1": { "code": "SAT_OVERALL" },
        "Q7_1": { "code": "SERVICES_USED", "option": "coaching" },
        "Q7_2": { "code": "SERVICES_USED", "option": "Juridisch advies", },
        "Q8": { "code": "ADDITIONALITY", "values": { "1": "not_done", "9": "not_applicable" } },
        "Opmerking // geen commentaar": { "code": "REMARKS" },
      },
      "keepPersonal": ["RecipientEmail"],
      "survey": { "surveyId": "SRV-2024-COMPANY", "name": "Bedrijven 2024", "year": 2024,
                  "fieldworkStart": "2024-05-01", "fieldworkEnd": "2024-06-15", "populationN": null },
    }`;
    expect(parseMapping(json, 'm.json')).toEqual({
      ok: true,
      mapping: {
        audience: 'company',
        respondentId: 'ResponseId',
        projectId: 'Q9',
        orgId: 'Org',
        companyId: 'KBO',
        submittedAt: 'RecordedDate',
        completeWhen: { column: 'Finished', equals: '1' },
        questions: {
          Q1: { code: 'SAT_OVERALL' },
          Q7_1: { code: 'SERVICES_USED', option: 'coaching' },
          Q7_2: { code: 'SERVICES_USED', option: 'Juridisch advies' },
          Q8: { code: 'ADDITIONALITY', values: { '1': 'not_done', '9': 'not_applicable' } },
          'Opmerking // geen commentaar': { code: 'REMARKS' },
        },
        keepPersonal: ['RecipientEmail'],
        survey: {
          surveyId: 'SRV-2024-COMPANY',
          name: 'Bedrijven 2024',
          year: 2024,
          fieldworkStart: '2024-05-01',
          fieldworkEnd: '2024-06-15',
          populationN: null,
        },
      },
    });
  });

  const Q = '"questions": { "Q1": { "code": "SAT_OVERALL" } }';
  const cases: readonly {
    readonly name: string;
    readonly json: string;
    readonly expected: readonly { detail: string; column?: string | null; line?: number | null }[];
  }[] = [
    {
      name: 'an empty file',
      json: '',
      expected: [{ detail: 'the file is not valid JSON.' }],
    },
    {
      name: 'a syntax error, on its line',
      json: '{\n  "audience": "buyer",\n  "questions": {}\n  "survey": {}\n}',
      expected: [{ detail: 'the file is not valid JSON.', line: 4 }],
    },
    {
      name: 'a list instead of an object',
      json: '[]',
      expected: [{ detail: 'the file must hold one JSON object { … }.' }],
    },
    {
      name: 'no audience and no questions',
      json: '{}',
      expected: [
        { detail: 'audience is missing (buyer, company, stakeholder).' },
        { detail: 'questions is missing.' },
      ],
    },
    {
      name: 'an audience that does not exist',
      json: `{ "audience": "buyers", ${Q} }`,
      expected: [{ detail: 'audience "buyers" is not one of buyer, company, stakeholder.' }],
    },
    {
      name: 'an unknown question code',
      json: '{ "audience": "buyer", "questions": { "Q1": { "code": "SAT_X" } } }',
      expected: [
        {
          detail:
            'questions.Q1.code "SAT_X" is not a question code (SAT_OVERALL, NPS, SAT_COACHING, SAT_COFIN, INNOV_IN_USE, ADDITIONALITY, SERVICES_USED, ORG_TYPE, PROJECT_ID, REMARKS).',
          column: 'Q1',
        },
      ],
    },
    {
      name: 'a question without code, named by a long column header',
      json: '{ "audience": "buyer", "questions": { "Hoe tevreden bent u?": { "values": {} } } }',
      expected: [
        {
          detail: 'questions["Hoe tevreden bent u?"].code is missing.',
          column: 'Hoe tevreden bent u?',
        },
      ],
    },
    {
      name: 'no question at all',
      json: '{ "audience": "buyer", "questions": {} }',
      expected: [{ detail: 'questions is empty: map at least one column.' }],
    },
    {
      name: 'a score outside the scale, a wrong category and a value of the wrong type',
      json: `{ "audience": "buyer", "questions": {
        "Q1": { "code": "SAT_OVERALL", "values": { "A6": 6, "A7": "zes" } },
        "Q2": { "code": "NPS", "values": { "10 - zeker": 10, "x": 11 } },
        "Q3": { "code": "INNOV_IN_USE", "values": { "Y": "yes" } },
        "Q4": { "code": "ADDITIONALITY", "values": { "1": "never" } },
        "Q5": { "code": "ORG_TYPE", "values": { "1": 1, "2": true } }
      } }`,
      expected: [
        { detail: 'questions.Q5.values["2"] must be a number or text.', column: 'Q5' },
        {
          detail: 'questions.Q1.values.A6 = 6 is not a score 1-5 or "not_applicable".',
          column: 'Q1',
        },
        {
          detail: 'questions.Q1.values.A7 = "zes" is not a score 1-5 or "not_applicable".',
          column: 'Q1',
        },
        {
          detail: 'questions.Q2.values.x = 11 is not a score 0-10 or "not_applicable".',
          column: 'Q2',
        },
        {
          detail:
            'questions.Q3.values.Y = "yes" is not one of ja, nee, gedeeltelijk, not_applicable.',
          column: 'Q3',
        },
        {
          detail:
            'questions.Q4.values["1"] = "never" is not one of not_done, later, smaller, same, not_applicable.',
          column: 'Q4',
        },
        { detail: 'questions.Q5.values["1"] = 1 must be text.', column: 'Q5' },
      ],
    },
    {
      name: 'two columns for a question that takes one answer, and an option on a scale',
      json: `{ "audience": "buyer", "questions": {
        "Q1": { "code": "SAT_OVERALL" },
        "Q1b": { "code": "SAT_OVERALL", "option": "x" },
        "R1": { "code": "REMARKS" }, "R2": { "code": "REMARKS" }
      } }`,
      expected: [
        {
          detail: 'questions.Q1b and questions.Q1 both map to SAT_OVERALL, which takes one answer.',
          column: 'Q1b',
        },
        { detail: 'questions.Q1b.option is only for SERVICES_USED.', column: 'Q1b' },
      ],
    },
    {
      name: 'a completeWhen with both tests, and unknown fields',
      json: `{ "audience": "buyer", "respondentID": "id", ${Q},
        "completeWhen": { "column": "x", "notEmpty": true, "equals": "1" } }`,
      expected: [
        {
          detail:
            'unknown field “respondentID” (allowed: audience, respondentId, projectId, orgId, companyId, submittedAt, completeWhen, questions, keepPersonal, survey).',
        },
        {
          detail:
            'completeWhen must be { "column": …, "notEmpty": true } or { "column": …, "equals": "1" }.',
        },
      ],
    },
    {
      name: 'notEmpty false, and a column that is no text',
      json: `{ "audience": "buyer", "respondentId": 3, ${Q},
        "completeWhen": { "column": "x", "notEmpty": false } }`,
      expected: [
        { detail: 'respondentId must be a column name (text).' },
        { detail: 'completeWhen.notEmpty must be true.' },
      ],
    },
    {
      name: 'keepPersonal that is not a list',
      json: `{ "audience": "buyer", ${Q}, "keepPersonal": "Email" }`,
      expected: [{ detail: 'keepPersonal must be a list of column names.' }],
    },
    {
      name: 'bad wave details under "survey"',
      json: `{ "audience": "buyer", ${Q}, "survey": { "year": 2024.5, "fieldworkStart": "01/05/2024",
        "fieldworkEnd": "2024-02-30", "populationN": -3, "place": "Gent" } }`,
      expected: [
        {
          detail:
            'unknown field “survey.place” (allowed: surveyId, name, year, fieldworkStart, fieldworkEnd, populationN).',
        },
        { detail: 'survey.year 2024.5 is not a year between 2016 and 2100.' },
        { detail: 'survey.fieldworkStart “01/05/2024” is not a date (YYYY-MM-DD).' },
        { detail: 'survey.fieldworkEnd “2024-02-30” is not a date (YYYY-MM-DD).' },
        { detail: 'survey.populationN -3 is not a whole number ≥ 0.' },
      ],
    },
    {
      name: 'fieldwork ending before it starts, and a year as text',
      json: `{ "audience": "buyer", ${Q}, "survey": { "fieldworkStart": "2024-06-01",
        "fieldworkEnd": "2024-05-01" } }`,
      expected: [{ detail: 'the fieldwork start (2024-06-01) is after its end (2024-05-01).' }],
    },
    {
      name: 'a year written as text',
      json: `{ "audience": "buyer", ${Q}, "survey": { "year": "2024" } }`,
      expected: [{ detail: 'survey.year must be a number.' }],
    },
  ];

  it.each(cases)('lists every problem: $name', ({ json, expected }) => {
    const result = parseMapping(json, 'mapping.json');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(
      result.issues.map((i) => ({
        severity: i.severity,
        code: i.code,
        file: i.file,
        line: i.line,
        column: i.column,
        message: issueMessage('en', i),
      })),
    ).toEqual(
      expected.map((e) => ({
        severity: 'error',
        code: 'bad_mapping',
        file: 'mapping.json',
        line: e.line ?? null,
        column: e.column ?? null,
        message: `The mapping is not valid: ${e.detail}`,
      })),
    );
  });

  it('says every problem wholly in Dutch in the Dutch interface', () => {
    const result = parseMapping(
      '{ "audience": "kopers", "questions": { "Q1": { "code": "SAT_OVERALL", "values": { "A6": 6 } } } }',
      'koppeling.json',
    );
    if (result.ok) throw new Error('accepted');
    expect(result.issues.map((i) => formatIssue('nl', i))).toEqual([
      'koppeling.json: De koppeling is ongeldig: audience "kopers" is geen van buyer, company, stakeholder.',
      'koppeling.json: De koppeling is ongeldig: questions.Q1.values.A6 = 6 is geen score 1-5 of "not_applicable".',
    ]);
  });

  it('has a message in both languages for every kind of problem', () => {
    for (const key of MAPPING_PROBLEM_KEYS) {
      for (const lang of ['nl', 'en'] as const) {
        const message = issueMessage(lang, {
          code: 'bad_mapping',
          file: 'f',
          line: null,
          column: null,
          detail: key,
        });
        expect(message, `${lang} ${key}`).not.toContain('problem.');
        expect(MESSAGES[lang][`problem.${key}`], `${lang} ${key}`).toBeTruthy();
      }
    }
  });
});

describe('serializeMapping', () => {
  const mapping: Mapping = {
    questions: {
      TEVR: { values: { A1: 1, A6: 'not_applicable' }, code: 'SAT_OVERALL' },
      'DIENST[SQ001]': { option: 'coaching', code: 'SERVICES_USED' },
    },
    completeWhen: { notEmpty: true, column: 'submitdate' },
    respondentId: 'id',
    audience: 'buyer',
    survey: { year: 2024, surveyId: 'SRV-2024-BUYER' },
  };

  it('writes the fields in a fixed order, pretty-printed', () => {
    expect(serializeMapping(mapping)).toBe(`{
  "audience": "buyer",
  "respondentId": "id",
  "completeWhen": {
    "column": "submitdate",
    "notEmpty": true
  },
  "questions": {
    "TEVR": {
      "code": "SAT_OVERALL",
      "values": {
        "A1": 1,
        "A6": "not_applicable"
      }
    },
    "DIENST[SQ001]": {
      "code": "SERVICES_USED",
      "option": "coaching"
    }
  },
  "survey": {
    "surveyId": "SRV-2024-BUYER",
    "year": 2024
  }
}
`);
  });

  it('reads back to the same mapping', () => {
    const again = parseMapping(serializeMapping(mapping), 'm.json');
    expect(again).toEqual({ ok: true, mapping });
  });

  it('gives the same text whatever order the fields were set in', () => {
    const reordered: Mapping = {
      audience: 'buyer',
      survey: { surveyId: 'SRV-2024-BUYER', year: 2024 },
      respondentId: 'id',
      questions: mapping.questions,
      completeWhen: { column: 'submitdate', notEmpty: true },
    };
    expect(serializeMapping(reordered)).toBe(serializeMapping(mapping));
  });
});

describe('isPersonalColumn', () => {
  const cases: readonly (readonly [string, string | null, boolean])[] = [
    ['E-mail', null, true],
    ['Email', null, true],
    ['Email Address', null, true],
    ['E-mailadres', null, true],
    ['Naam', null, true],
    ['Name', null, true],
    ['ipaddr', null, true],
    ['IPAddress', 'IP Address', true],
    ['RecipientLastName', 'Recipient Last Name', true],
    ['RecipientEmail', null, true],
    ['LocationLatitude', 'Location Latitude', true],
    ['ExternalReference', 'External Data Reference', true],
    ['Q12', 'Wat is uw e-mailadres?', true],
    ['Q1', 'Hoe tevreden bent u?', false],
    ['Naam van uw organisatie', null, false],
    ['Hoe tevreden bent u over de e-mailcommunicatie?', null, false],
    ['token', null, false],
  ];
  it.each(cases)('%j (text %j) is %s', (header, text, expected) => {
    expect(isPersonalColumn({ header, text })).toBe(expected);
  });
});
