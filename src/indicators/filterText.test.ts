import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from './filters';
import { readAsOf, readFilterValues } from './filterText';

describe('filter values read from a link or a command line', () => {
  it('reads the reference date as a preset, latest or a date that exists', () => {
    expect(readAsOf('evaluation2022')).toEqual({ asOf: '2021-12-31' });
    expect(readAsOf('latest')).toEqual({ asOf: null });
    expect(readAsOf('2024-02-29')).toEqual({ asOf: '2024-02-29' });
    for (const bad of ['2023-02-29', '2021-13-01', '31/12/2021', 'toString', '']) {
      expect(readAsOf(bad), bad).toEqual({ rejected: { key: 'asOf', value: bad } });
    }
  });

  it('adds the known values of a list filter and rejects the others', () => {
    const read = readFilterValues(NO_FILTERS, 'themes', ' care , astrology,,mobility');
    expect(read.filters.themes).toEqual(['care', 'mobility']);
    expect(read.rejected).toEqual([{ key: 'themes', value: 'astrology' }]);
    const more = readFilterValues(read.filters, 'themes', 'water');
    expect(more.filters.themes).toEqual(['care', 'mobility', 'water']);
  });

  it('takes call years as four digits only', () => {
    const read = readFilterValues(NO_FILTERS, 'callYears', '2019,2020.5,abc,2021');
    expect(read.filters.callYears).toEqual([2019, 2021]);
    expect(read.rejected.map((r) => r.value)).toEqual(['2020.5', 'abc']);
  });
});
