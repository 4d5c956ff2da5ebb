import { inflateRawSync } from 'node:zlib';
import { readSheet } from 'read-excel-file/universal';
import { describe, expect, it } from 'vitest';
import { tableCsv, tableXlsx, type ContextItem, type ExportColumn } from './exportTable';

/** The files of a ZIP archive, read from its central directory (stored or deflated entries). */
function unzip(bytes: Uint8Array): Map<string, string> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = bytes.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--;
  if (end < 0) throw new Error('not a ZIP archive');
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const files = new Map<string, string>();
  const text = new TextDecoder();
  for (let i = 0; i < count; i++) {
    const method = view.getUint16(at + 10, true);
    const size = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const extra = view.getUint16(at + 30, true);
    const comment = view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const name = text.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const data = bytes.subarray(start, start + size);
    files.set(name, text.decode(method === 8 ? inflateRawSync(data) : data));
    at += 46 + nameLength + extra + comment;
  }
  return files;
}

const COLUMNS: readonly ExportColumn[] = [
  { name: 'id', label: 'Nummer' },
  { name: 'text', label: 'Tekst' },
  { name: 'amount', label: 'Bedrag (EUR)' },
];

const CONTEXT: readonly ContextItem[] = [
  { label: 'Inhoud', value: 'Records achter B12' },
  { label: 'Peildatum', value: '31/12/2021' },
  { label: 'Thema', value: 'Zorg, Mobiliteit' },
  { label: 'Gegevens', value: 'illustratieve demodata' },
  { label: 'Geëxporteerd op', value: '2026-11-26 12:15' },
];

const FORMULAS = ['=SUM(A1:A9)', '+32 2 123 45 67', '-1+1', '@cmd', '\tx', '=HYPERLINK("x")'];

describe('table exports', () => {
  it('CSV states the context on its first lines, label and value, then labels as header', () => {
    const csv = tableCsv(COLUMNS, [{ id: 'P-1', text: 'a', amount: 1234.5 }], CONTEXT, 'semicolon');
    expect(csv.split('\r\n')).toEqual([
      '\uFEFFInhoud;Records achter B12',
      'Peildatum;31/12/2021',
      'Thema;Zorg, Mobiliteit',
      'Gegevens;illustratieve demodata',
      'Geëxporteerd op;2026-11-26 12:15',
      'Nummer;Tekst;Bedrag (EUR)',
      'P-1;a;1234,5',
      '',
    ]);
    expect(tableCsv(COLUMNS, [], CONTEXT, 'comma').split('\r\n')[2]).toBe(
      'Thema,"Zorg, Mobiliteit"',
    );
  });

  it('CSV neutralises formula-looking text with an apostrophe and leaves other text as written', () => {
    const rows = [...FORMULAS, 'a=b', 'Gent'].map((text, i) => ({ id: i, text, amount: -2 }));
    const lines = tableCsv(COLUMNS, rows, [], 'comma').split('\r\n').slice(1, -1);
    const texts = lines.map((l) => l.slice(l.indexOf(',') + 1, l.lastIndexOf(',')));
    expect(texts).toEqual([
      "'=SUM(A1:A9)",
      "'+32 2 123 45 67",
      "'-1+1",
      "'@cmd",
      "'\tx",
      '"\'=HYPERLINK(""x"")"',
      'a=b',
      'Gent',
    ]);
    // Numbers are numbers, not text: a negative amount keeps its minus sign.
    expect(lines.every((l) => l.endsWith(',-2'))).toBe(true);
  });

  it('XLSX holds the rows with numbers as numbers on its first sheet and the context on "Context"', async () => {
    const rows = [
      { id: 'P-1', text: 'Zorg – “thuis”', amount: 1234.5 },
      { id: 'P-2', text: null, amount: 0 },
    ];
    const bytes = new Uint8Array(
      await (
        await tableXlsx(COLUMNS, rows, CONTEXT, { data: 'Gegevens', context: 'Context' })
      ).arrayBuffer(),
    );
    const buffer = bytes.slice().buffer;
    expect(await readSheet(buffer)).toEqual([
      ['Nummer', 'Tekst', 'Bedrag (EUR)'],
      ['P-1', 'Zorg – “thuis”', 1234.5],
      ['P-2', null, 0],
    ]);
    expect(await readSheet(buffer, 'Context')).toEqual(CONTEXT.map((c) => [c.label, c.value]));
    const workbook = unzip(bytes).get('xl/workbook.xml') ?? '';
    expect(workbook).toMatch(/<sheet [^>]*sheetId="1" name="Gegevens"/);
    expect(workbook).toMatch(/<sheet [^>]*name="Context"/);
  });

  it('XLSX keeps formula-looking text as inert shared strings, exactly as written', async () => {
    const texts = [...FORMULAS, '\rx'];
    const rows = texts.map((text, i) => ({ id: `R${String(i)}`, text, amount: i }));
    const bytes = new Uint8Array(
      await (
        await tableXlsx(COLUMNS, rows, CONTEXT, { data: 'Data', context: 'Context' })
      ).arrayBuffer(),
    );
    const files = unzip(bytes);
    const sheets = [...files.entries()].filter(([name]) =>
      /^xl\/worksheets\/sheet\d+\.xml$/.test(name),
    );
    expect(sheets).toHaveLength(2);
    for (const [, xml] of sheets) expect(xml).not.toMatch(/<f[\s>]/);
    // Every text cell of the data sheet is a shared string (t="s"), never a formula.
    const data = files.get('xl/worksheets/sheet1.xml') ?? '';
    expect(data.match(/<c r="B\d+"[^>]*>/g)?.every((c) => c.includes('t="s"'))).toBe(true);
    const sharedStrings = files.get('xl/sharedStrings.xml') ?? '';
    const strings = [...sharedStrings.matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((m) =>
      (m[1] ?? '').replaceAll('&quot;', '"').replaceAll('&amp;', '&'),
    );
    for (const f of texts) expect(strings).toContain(f);
    const read = await readSheet(bytes.slice().buffer, { trim: false });
    expect(read.slice(1).map((r) => r[1])).toEqual(texts);
  });
});
