import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { neutralise, quoteField, toCsv } from './csv';

describe('CSV export', () => {
  it('starts with a byte-order mark and ends lines with CRLF', () => {
    const text = toCsv(['a'], [{ a: 'x' }], { dialect: 'comma' });
    expect(text).toBe('\uFEFFa\r\nx\r\n');
  });

  it('writes decimal commas with semicolons, decimal points with commas', () => {
    const rows = [{ name: 'Gent', value: 1234.5 }];
    expect(toCsv(['name', 'value'], rows, { dialect: 'semicolon' })).toBe(
      '\uFEFFname;value\r\nGent;1234,5\r\n',
    );
    expect(toCsv(['name', 'value'], rows, { dialect: 'comma' })).toBe(
      '\uFEFFname,value\r\nGent,1234.5\r\n',
    );
  });

  it('neutralises every formula-looking text and leaves the rest as written', () => {
    for (const s of ['=SUM(A1)', '+32 2 123', '-1+1', '@cmd', '\tx', '\rx']) {
      expect(neutralise(s)).toBe(`'${s}`);
    }
    for (const s of ['Gent', '12', 'a=b', ' =x', '']) expect(neutralise(s)).toBe(s);
  });

  it('round-trips quotes, separators and line breaks through a CSV parser', () => {
    const rows = [
      { id: 'R1', text: 'zei "ja"; en toen\nnee', n: -3, ok: true, empty: null },
      { id: 'R2', text: ' spaties ', n: 0.25, ok: false, empty: null },
    ];
    for (const dialect of ['comma', 'semicolon'] as const) {
      const csv = toCsv(['id', 'text', 'n', 'ok', 'empty'], rows, { dialect });
      const parsed = Papa.parse<string[]>(csv.slice(1), {
        delimiter: dialect === 'comma' ? ',' : ';',
        skipEmptyLines: true,
      });
      expect(parsed.errors).toEqual([]);
      const decimal = (x: string) => (dialect === 'comma' ? x : x.replace('.', ','));
      expect(parsed.data).toEqual([
        ['id', 'text', 'n', 'ok', 'empty'],
        ['R1', 'zei "ja"; en toen\nnee', '-3', 'true', ''],
        ['R2', ' spaties ', decimal('0.25'), 'false', ''],
      ]);
    }
  });

  it('writes the preamble lines above the header', () => {
    const text = toCsv(['a'], [], {
      dialect: 'semicolon',
      preamble: ['Filters: geen', 'Peildatum; 2021'],
    });
    expect(text).toBe('\uFEFFFilters: geen\r\n"Peildatum; 2021"\r\na\r\n');
  });
});

describe('quoteField', () => {
  it.each([
    ['plain', ',', 'plain'],
    ['a;b', ',', 'a;b'],
    ['a;b', ';', '"a;b"'],
    ['a,b', ',', '"a,b"'],
    ['say "hi"', ',', '"say ""hi"""'],
    ['two\nlines', ';', '"two\nlines"'],
    ['cr\r', ',', '"cr\r"'],
    [' leading', ',', '" leading"'],
    ['trailing\t', ',', '"trailing\t"'],
    ['no-break\u00a0', ',', '"no-break\u00a0"'],
    ['\ufeffbom', ';', '"\ufeffbom"'],
    ['in side', ',', 'in side'],
  ] as const)(
    'quotes %j with %j only where a reader would otherwise change it',
    (text, sep, out) => {
      expect(quoteField(text, sep)).toBe(out);
    },
  );
});
