import { describe, expect, it } from 'vitest';
import { tableDef } from '../model';
import { validateTableCsv } from './canonical';
import { recordStartLines } from './lines';

const calls = tableDef('calls');
const HEADER = 'call_id,year,call_type,theme,deadline,budget_eur';

interface Case {
  readonly name: string;
  readonly input: string;
  readonly expected: readonly { code: string; line: number | null; column: string | null }[];
  readonly rows?: number;
}

const cases: readonly Case[] = [
  {
    name: 'a valid file with CRLF line ends',
    input: `${HEADER}\r\nCALL-2017-OPEN-1,2017,open,all,2017-03-31,2500000.00\r\n`,
    expected: [],
    rows: 1,
  },
  {
    name: 'an empty file',
    input: '',
    expected: [{ code: 'empty_file', line: null, column: null }],
  },
  {
    name: 'a header without data',
    input: `${HEADER}\n`,
    expected: [{ code: 'no_data_rows', line: null, column: null }],
  },
  {
    name: 'a missing required column',
    input: 'call_id,year,call_type,theme\nX,2017,open,all\n',
    expected: [{ code: 'missing_column', line: 1, column: 'deadline' }],
  },
  {
    name: 'a row with too few fields, counted on its physical line after a quoted line break',
    input: `${HEADER}\n"CALL\nA",2017,open,all,2017-03-31,1\nCALL-B,2017,open\n`,
    expected: [{ code: 'field_count', line: 4, column: null }],
  },
  {
    name: 'bad values of every type, each on its own line and column',
    input: [
      HEADER,
      'C1,20x7,open,all,2017-03-31,1',
      'C2,2017,closed,all,2017-03-31,1',
      'C3,2017,open,all,31/03/2017,1',
      'C4,2017,open,all,2017-02-30,1',
      'C5,2017,open,all,2017-03-31,"1.234,50"',
      'C6,1999,open,all,2017-03-31,1',
      'C7,2017,open,,2017-03-31,1',
      'C7,2017,open,all,2017-03-31,1',
    ].join('\n'),
    expected: [
      { code: 'bad_integer', line: 2, column: 'year' },
      { code: 'not_in_enum', line: 3, column: 'call_type' },
      { code: 'bad_date', line: 4, column: 'deadline' },
      { code: 'bad_date', line: 5, column: 'deadline' },
      { code: 'bad_number', line: 6, column: 'budget_eur' },
      { code: 'out_of_range', line: 7, column: 'year' },
      { code: 'required', line: 8, column: 'theme' },
      { code: 'duplicate_key', line: 9, column: 'call_id' },
    ],
  },
  {
    name: 'an unclosed quote at the end (a truncated file)',
    input: `${HEADER}\nC1,2017,open,all,2017-03-31,"12`,
    expected: [{ code: 'unclosed_quote', line: 2, column: null }],
  },
];

describe('validateTableCsv', () => {
  it.each(cases)('reports $name', ({ input, expected, rows }) => {
    const result = validateTableCsv(calls, 'calls.csv', input);
    expect(result.issues.map((i) => ({ code: i.code, line: i.line, column: i.column }))).toEqual(
      expected,
    );
    if (rows !== undefined) expect(result.rowCount).toBe(rows);
    for (const issue of result.issues) expect(issue.file).toBe('calls.csv');
  });

  it('names both lines of a duplicate key', () => {
    const { issues } = validateTableCsv(
      calls,
      'calls.csv',
      `${HEADER}\nC1,2017,open,all,2017-03-31,1\nC2,2017,open,all,2017-03-31,1\nC1,2018,open,all,2018-03-31,1\n`,
    );
    expect(issues).toEqual([
      expect.objectContaining({ code: 'duplicate_key', line: 4, value: 'C1', detail: '2' }),
    ]);
  });
});

describe('recordStartLines', () => {
  it('counts physical lines across quoted line breaks and CRLF', () => {
    expect(recordStartLines('a,b\r\n1,"x\r\ny"\r\n\r\n3,4\r\n')).toEqual([1, 2, 4, 5]);
  });
});
