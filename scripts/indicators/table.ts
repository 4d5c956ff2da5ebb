import { RESULT_COLUMNS, resultRow } from '../../src/indicators/report';
import type { IndicatorResult } from '../../src/indicators/types';

/** The results as a plain-text table for the terminal, columns padded to their widest cell. */
export function toTable(results: readonly IndicatorResult[]): string {
  const rows = results.map(resultRow).map((r) =>
    RESULT_COLUMNS.map((c) => {
      const v = r[c];
      if (v === null) return '';
      if (typeof v === 'number') return String(Number(v.toPrecision(6)));
      return String(v);
    }),
  );
  const widths = RESULT_COLUMNS.map((c, i) =>
    Math.max(c.length, ...rows.map((r) => (r[i] ?? '').length)),
  );
  const fmt = (cells: readonly string[]) =>
    cells
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return `${[fmt(RESULT_COLUMNS), ...rows.map(fmt)].join('\n')}\n`;
}
