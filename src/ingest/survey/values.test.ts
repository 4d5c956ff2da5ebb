import { scaleOf } from '../../model';
import { describe, expect, it } from 'vitest';
import type { QuestionCode } from '../../model';
import type { MappedValue } from './types';
import {
  defaultValue,
  guessDateOrder,
  isChosen,
  lookupValue,
  normalizeProjectId,
  parseNumber,
  parseTimestamp,
  splitOptions,
  type DateOrder,
} from './values';

describe('parseNumber', () => {
  const cases: readonly (readonly [string, ',' | '.', number | null])[] = [
    ['341.250,00', ',', 341250],
    ['3,5', ',', 3.5],
    [' 4 ', '.', 4],
    ['"4"', '.', 4],
    ["'7'", ',', 7],
    [' " 5 " ', '.', 5],
    ['1.234', ',', 1234],
    ['1.234', '.', 1.234],
    ['1.234.567', ',', 1234567],
    ['1,234.50', '.', 1234.5],
    ['1,234', '.', 1234],
    ['1,5', '.', 1.5],
    ['3.5', ',', 3.5],
    ['1 234,5', ',', 1234.5],
    ['-1', '.', -1],
    ['+5', '.', 5],
    ['−2', '.', -2],
    ['0', '.', 0],
    ['-0', '.', 0],
    ['.5', '.', 0.5],
    ['', '.', null],
    ['abc', '.', null],
    ['3 5', '.', null],
    ['1,2,3', '.', null],
    ['12.34.5', ',', null],
    ['1.234,5.6', ',', null],
    ['4 - goed', '.', null],
    ['A1', '.', null],
    ['1e3', '.', null],
  ];
  it.each(cases)('%j with decimal %j is %j', (text, decimal, expected) => {
    expect(parseNumber(text, decimal)).toBe(expected);
  });
});

describe('parseTimestamp', () => {
  const cases: readonly (readonly [string, DateOrder | undefined, string | null])[] = [
    ['2021-05-12 10:31:22', undefined, '2021-05-12 10:31:22'],
    ['2021-05-12T10:31:22', undefined, '2021-05-12 10:31:22'],
    ['2021-05-12 10:31', undefined, '2021-05-12 10:31:00'],
    ['2021-05-12T10:31:22.123Z', undefined, '2021-05-12 10:31:22'],
    ['2021-05-12', undefined, '2021-05-12'],
    [' 2021-5-2 9:05 ', undefined, '2021-05-02 09:05:00'],
    ['12/05/2021 10:31', undefined, '2021-05-12 10:31:00'],
    ['12/05/2021 10:31:22', undefined, '2021-05-12 10:31:22'],
    ['12/05/2021', undefined, '2021-05-12'],
    ['2-5-2021 8:00:00', undefined, '2021-05-02 08:00:00'],
    ['12.05.2021', undefined, '2021-05-12'],
    ['5/12/2021 10:31:22 AM', undefined, '2021-05-12 10:31:22'],
    ['5/12/2021 10:31:22 PM', undefined, '2021-05-12 22:31:22'],
    ['5/12/2021 12:05:00 AM', undefined, '2021-05-12 00:05:00'],
    ['5/12/2021 12:05:00 PM', undefined, '2021-05-12 12:05:00'],
    ['5/12/2021 10:31:22', 'mdy', '2021-05-12 10:31:22'],
    ['5/12/2021 10:31:22', 'dmy', '2021-12-05 10:31:22'],
    ['31/02/2021', undefined, null],
    ['29/02/2020', undefined, '2020-02-29'],
    ['12/05/2021 25:00', undefined, null],
    ['5/12/2021 13:00:00 PM', undefined, null],
    ['13/25/2021', undefined, null],
    ['2021-13-01', undefined, null],
    ['2021-05-12+02:00', undefined, null],
    ['gisteren', undefined, null],
    ['12/05/21', undefined, null],
    ['2024/03/05 10:12:44 AM CET', undefined, '2024-03-05 10:12:44'],
    ['2024/03/12 3:05:30 PM CEST', undefined, '2024-03-12 15:05:30'],
    ['2024/03/20 12:45:10 PM GMT+1', undefined, '2024-03-20 12:45:10'],
    ['2024/03/20 10:45:10 GMT+02:00', undefined, '2024-03-20 10:45:10'],
    ['12/05/2021 10:31:22 CEST', undefined, '2021-05-12 10:31:22'],
    ['2024/03/20 10:45:10 EST', undefined, null],
    ['2024/03/20 10:45:10 GMT+5', undefined, null],
    ['2024/03/20 13:45:10 PM', undefined, null],
  ];
  it.each(cases)('%j (order %s) is %j', (text, order, expected) => {
    expect(parseTimestamp(text, order)).toBe(expected);
  });
});

describe('guessDateOrder', () => {
  const cases: readonly (readonly [readonly string[], DateOrder, DateOrder])[] = [
    [['01/02/2021', '25/04/2021'], 'mdy', 'dmy'],
    [['01/02/2021', '4/25/2021'], 'dmy', 'mdy'],
    [['01/02/2021 10:00:00 AM'], 'dmy', 'mdy'],
    [['01/02/2021', '03/04/2021'], 'dmy', 'dmy'],
    [['01/02/2021'], 'mdy', 'mdy'],
    [['2021-04-25 10:00'], 'dmy', 'dmy'],
  ];
  it.each(cases)('%j with fallback %s reads %s', (cells, fallback, expected) => {
    expect(guessDateOrder(cells, fallback)).toBe(expected);
  });
});

describe('normalizeProjectId', () => {
  const cases: readonly (readonly [string, string | null])[] = [
    ['PIO-2017-001', 'PIO-2017-001'],
    ['pio-2021-033', 'PIO-2021-033'],
    ['PIO 2017 005', 'PIO-2017-005'],
    ['PIO_2017_5', 'PIO-2017-005'],
    [' PIO2019014 ', 'PIO-2019-014'],
    ['pio/2018/12', 'PIO-2018-012'],
    ['2021-033', 'PIO-2021-033'],
    ['PIO-2017', null],
    ['APP-2017-001', null],
    ['het project over drones', null],
    ['', null],
  ];
  it.each(cases)('%j is %j', (text, expected) => {
    expect(normalizeProjectId(text)).toBe(expected);
  });
});

describe('defaultValue: the standard answer dictionaries', () => {
  const cases: readonly (readonly [QuestionCode, string, MappedValue | undefined])[] = [
    ['SAT_OVERALL', 'Zeer ontevreden', 1],
    ['SAT_OVERALL', 'ontevreden', 2],
    ['SAT_OVERALL', 'Neutraal', 3],
    ['SAT_OVERALL', 'Noch tevreden, noch ontevreden', 3],
    ['SAT_OVERALL', 'tevreden', 4],
    ['SAT_OVERALL', '  zeer   TEVREDEN ', 5],
    ['SAT_OVERALL', 'Zéér tevreden', 5],
    ['SAT_COACHING', 'zeer slecht', 1],
    ['SAT_COACHING', 'Slecht', 2],
    ['SAT_COACHING', 'Goed', 4],
    ['SAT_COACHING', 'Zeer goed', 5],
    ['SAT_COFIN', 'Helemaal niet akkoord', 1],
    ['SAT_COFIN', 'Niet akkoord', 2],
    ['SAT_COFIN', 'Akkoord', 4],
    ['SAT_COFIN', 'Helemaal akkoord', 5],
    ['SAT_COFIN', 'Zeer nuttig', 5],
    ['SAT_OVERALL', 'Very dissatisfied', 1],
    ['SAT_OVERALL', 'Neither satisfied nor dissatisfied', 3],
    ['SAT_OVERALL', 'Very satisfied', 5],
    ['SAT_OVERALL', 'Very poor', 1],
    ['SAT_OVERALL', 'Very good', 5],
    ['SAT_OVERALL', 'Strongly disagree', 1],
    ['SAT_OVERALL', 'Strongly agree', 5],
    ['SAT_OVERALL', 'A1', 1],
    ['SAT_OVERALL', 'A2', 2],
    ['SAT_OVERALL', 'A3', 3],
    ['SAT_OVERALL', 'a4', 4],
    ['SAT_OVERALL', 'A5', 5],
    ['SAT_OVERALL', 'A6', undefined],
    ['SAT_OVERALL', '5 - Zeer tevreden', 5],
    ['SAT_OVERALL', 'Super', undefined],
    ['SAT_OVERALL', '4', undefined],
    ['NPS', '10 – Zeer waarschijnlijk', 10],
    ['NPS', '0 - Helemaal niet waarschijnlijk', 0],
    ['NPS', '9 — heel waarschijnlijk', 9],
    ['NPS', '10 = zeker', 10],
    ['NPS', 'A1', undefined],
    ['NPS', 'Zeer waarschijnlijk', undefined],
    ['SAT_COACHING', 'Niet van toepassing', 'not_applicable'],
    ['SAT_COACHING', 'n.v.t.', 'not_applicable'],
    ['SAT_COACHING', 'NVT', 'not_applicable'],
    ['SAT_COACHING', 'Weet niet', 'not_applicable'],
    ['SAT_COACHING', 'Weet ik niet', 'not_applicable'],
    ['SAT_COACHING', 'Geen mening', 'not_applicable'],
    ['NPS', 'Not applicable', 'not_applicable'],
    ['NPS', 'N/A', 'not_applicable'],
    ['NPS', "Don't know", 'not_applicable'],
    ['NPS', 'Don’t know', 'not_applicable'],
    ['INNOV_IN_USE', 'n.v.t.', 'not_applicable'],
    ['INNOV_IN_USE', 'Ja', 'ja'],
    ['INNOV_IN_USE', 'nee', 'nee'],
    ['INNOV_IN_USE', 'Gedeeltelijk', 'gedeeltelijk'],
    ['INNOV_IN_USE', 'Yes', 'ja'],
    ['INNOV_IN_USE', 'No', 'nee'],
    ['INNOV_IN_USE', 'Partly', 'gedeeltelijk'],
    ['INNOV_IN_USE', 'Y', 'ja'],
    ['INNOV_IN_USE', 'N', 'nee'],
    ['INNOV_IN_USE', 'Misschien', undefined],
    ['ADDITIONALITY', 'Niet gedaan', 'not_done'],
    ['ADDITIONALITY', 'We hadden het project niet gedaan', 'not_done'],
    ['ADDITIONALITY', 'Later', 'later'],
    ['ADDITIONALITY', 'Kleiner', 'smaller'],
    ['ADDITIONALITY', 'Op kleinere schaal', 'smaller'],
    ['ADDITIONALITY', 'Hetzelfde', 'same'],
    ['ADDITIONALITY', 'Op dezelfde manier', 'same'],
    ['ADDITIONALITY', 'We would not have done it', 'not_done'],
    ['ADDITIONALITY', 'the same', 'same'],
    ['ADDITIONALITY', 'not_done', 'not_done'],
    ['ADDITIONALITY', 'Later en kleiner', undefined],
    ['SERVICES_USED', 'Coaching', 'coaching'],
    ['SERVICES_USED', 'Co-financiering', 'cofinancing'],
    ['SERVICES_USED', 'Ondersteuning bij de marktconsultatie', 'market_consultation_support'],
    ['SERVICES_USED', 'Juridisch advies', 'legal_advice'],
    ['SERVICES_USED', 'Netwerkevenementen', 'network_events'],
    ['SERVICES_USED', 'Kennisplatform', 'knowledge_platform'],
    ['SERVICES_USED', 'Legal advice', 'legal_advice'],
    ['SERVICES_USED', 'Iets anders', undefined],
    ['ORG_TYPE', 'Gemeente', 'municipality'],
    ['ORG_TYPE', 'Stad Gent', 'municipality'],
    ['ORG_TYPE', 'OCMW', 'ocmw'],
    ['ORG_TYPE', 'Intergemeentelijk samenwerkingsverband', 'intermunicipal'],
    ['ORG_TYPE', 'Vlaams agentschap', 'flemish_agency'],
    ['ORG_TYPE', 'Ziekenhuis', 'hospital'],
    ['ORG_TYPE', 'Micro-onderneming', 'micro'],
    ['ORG_TYPE', 'Middelgrote onderneming', 'medium'],
    ['ORG_TYPE', 'Grote onderneming', 'large'],
    ['ORG_TYPE', '-oth-', 'other'],
    ['ORG_TYPE', 'Vzw', undefined],
    ['PROJECT_ID', 'pio 2021 33', 'PIO-2021-033'],
    ['REMARKS', 'nvt', undefined],
    ['REMARKS', '=1+1', undefined],
  ];
  it.each(cases)('%s: %j is %j', (code, text, expected) => {
    expect(defaultValue(code, text)).toBe(expected);
  });
});

describe('scaleOf', () => {
  it.each([
    ['SAT_OVERALL', 'likert5'],
    ['NPS', 'nps11'],
    ['INNOV_IN_USE', 'yes_no_partly'],
    ['ADDITIONALITY', 'category'],
    ['SERVICES_USED', 'multi'],
    ['ORG_TYPE', 'category'],
    ['PROJECT_ID', 'open'],
    ['REMARKS', 'open'],
  ] as const)('%s is %s', (code, scale) => {
    expect(scaleOf(code)).toBe(scale);
  });
});

describe('lookupValue: a mapping’s own values', () => {
  const values = { A1: 1, 'Zeer tevreden': 4, 'Weet niet': 3, '6': 'not_applicable' } as const;
  const cases: readonly (readonly [string, MappedValue | undefined])[] = [
    ['A1', 1],
    [' A1 ', 1],
    ['a1', 1],
    ['Zeer tevreden', 4],
    ['ZEER  tevreden', 4],
    ['Weet niet', 3],
    ['6', 'not_applicable'],
    ['A2', undefined],
  ];
  it.each(cases)('%j is %j', (text, expected) => {
    expect(lookupValue(values, text)).toBe(expected);
  });
  it('is undefined without values', () => {
    expect(lookupValue(undefined, 'A1')).toBeUndefined();
  });
});

describe('isChosen (one column per option)', () => {
  it.each([
    ['Y', true],
    ['Coaching', true],
    ['1', true],
    ['', false],
    ['  ', false],
    ['N', false],
    ['No', false],
    ['Nee', false],
    ['0', false],
  ] as const)('%j is %s', (cell, expected) => {
    expect(isChosen(cell)).toBe(expected);
  });
});

describe('splitOptions (options joined in one cell)', () => {
  const cases: readonly (readonly [string, readonly string[]])[] = [
    ['Coaching;Juridisch advies;', ['Coaching', 'Juridisch advies']],
    ['Coaching, Kennisplatform', ['Coaching', 'Kennisplatform']],
    [
      'Juridisch advies (bestek, contract), Coaching',
      ['Juridisch advies (bestek, contract)', 'Coaching'],
    ],
    ['Iets anders', ['Iets anders']],
    ['Coaching; iets, anders', ['Coaching', 'iets, anders']],
  ];
  it.each(cases)('%j is %j', (cell, expected) => {
    expect(splitOptions(cell)).toEqual(expected);
  });
});
