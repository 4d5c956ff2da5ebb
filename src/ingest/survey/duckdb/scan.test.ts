import { describe, expect, it } from 'vitest';
import { scanCsv } from './scan';

const blob = (text: string) => new Blob([new TextEncoder().encode(text)]);

describe('the byte scan of a CSV export', () => {
  it('gives the line each record starts on, past line breaks inside quotes and blank lines', async () => {
    const scan = await scanCsv(blob('h1;h2\r\na;"x\r\ny"\r\n\r\nb;c\r\n'), ';');
    expect([...scan.lines]).toEqual([1, 2, 5]);
    expect(scan.oneLineEach).toBe(false);
    expect(scan.clean).toBe(true);
  });

  it('cuts pieces only before a record on one line, so each piece begins with a true line break', async () => {
    // Records of 9 bytes; the second data record (c) holds a line break in quotes.
    const text = 'h1;h2;h3\na;bbbbbb\nc;"d\ndd"\ne;ffffff\ng;hhhhhh\n';
    const cuts = async (pieceBytes: number) => {
      const scan = await scanCsv(blob(text), ';', pieceBytes);
      return scan.pieces.map((p) => [text.slice(p.byte, p.byte + 2), p.record]);
    };
    expect(await cuts(5)).toEqual([
      ['h1', 0],
      ['a;', 1],
      ['e;', 3],
    ]);
    expect(await cuts(10)).toEqual([
      ['h1', 0],
      ['e;', 3],
    ]);
  });

  it('keeps a file of small records in one piece', async () => {
    const scan = await scanCsv(blob('a;b\nc;d\n'), ';');
    expect(scan.pieces).toEqual([{ byte: 0, record: 0 }]);
  });
});
