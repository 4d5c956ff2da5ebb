import { describe, expect, it } from 'vitest';
import { DISTINCT_LIMIT, DISTINCT_SCAN, previewOf, SAMPLE_ROWS } from './protocol';
import type { ParsedFile } from './types';

function fileOf(columns: readonly string[], rows: readonly (readonly string[])[]): ParsedFile {
  return {
    fileName: 'x.csv',
    format: 'csv',
    encoding: 'utf-8',
    separator: ',',
    tool: 'csv',
    decimal: '.',
    headerLines: [1],
    columns: columns.map((header, index) => ({ index, header, key: header, text: null })),
    rows: rows.map((cells, i) => ({ line: i + 2, cells })),
  };
}

describe('the preview of a file read in the import worker', () => {
  it('lists a column’s values most frequent first, ties in alphabetical order, empty cells left out', () => {
    const preview = previewOf(
      fileOf(
        ['q'],
        [
          ['Tevreden'],
          ['neutraal'],
          [''],
          ['Tevreden'],
          ['Ontevreden'],
          ['Neutraal'],
          ['Ontevreden'],
        ],
      ),
    );
    expect(preview.distinct.q).toEqual(['Ontevreden', 'Tevreden', 'neutraal', 'Neutraal']);
    expect(preview.rowCount).toBe(7);
  });

  it('keeps the most frequent values of a column with many, and only the first rows as a sample', () => {
    const rows: string[][] = [];
    for (let i = 0; i < 500; i++)
      rows.push([`v${String(i).padStart(3, '0')}`, i % 3 === 0 ? 'a' : 'b']);
    rows.push(['v499'], ['v499']);
    const preview = previewOf(fileOf(['id', 'ab'], rows));
    expect(preview.distinct.id).toHaveLength(DISTINCT_LIMIT);
    expect(preview.distinct.id?.slice(0, 3)).toEqual(['v499', 'v000', 'v001']);
    expect(preview.distinct.ab).toEqual(['b', 'a']);
    expect(preview.sample).toHaveLength(SAMPLE_ROWS);
  });

  it('counts a column of ids only up to its first values, so that a large file previews quickly', () => {
    const rows: string[][] = [];
    for (let i = 0; i < DISTINCT_SCAN + 10; i++) rows.push([`id${String(i).padStart(6, '0')}`]);
    rows.push(['id999999'], ['id999999']);
    const preview = previewOf(fileOf(['id'], rows));
    // Seen after the scan was full, the repeated value is not counted.
    expect(preview.distinct.id?.[0]).toBe('id000000');
    expect(preview.distinct.id).toHaveLength(DISTINCT_LIMIT);
  });
});

describe('the preview carries the proposal’s reasons to the page', () => {
  it('per column key, with how sure, and none for a file read without a proposal', () => {
    const file = fileOf(['TEVR', 'x'], [['A5', '1']]);
    const reasons = {
      TEVR: { confidence: 'sure', reasons: [{ kind: 'header_code', code: 'TEVR' }] },
    } as const;
    expect(previewOf(file, reasons).reasons).toEqual(reasons);
    expect(previewOf(file).reasons).toEqual({});
  });
});
