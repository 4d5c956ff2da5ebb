import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../indicators/filters';
import { parseUrl, toSearch } from './url';

describe('the URL as the screen’s state', () => {
  it('reads every filter, the view, the language and the page’s own keys', () => {
    const state = parseUrl(
      '?view=catalogue&lang=en&asOf=evaluation2022&callYears=2019,2020&themes=care,mobility' +
        '&orgTypes=municipality&indicator=B12&d=abc123',
    );
    expect(state).toMatchObject({
      view: 'catalogue',
      lang: 'en',
      indicator: 'B12',
      data: 'abc123',
      rejected: [],
    });
    expect(state.filters).toEqual({
      ...NO_FILTERS,
      asOf: '2021-12-31',
      callYears: [2019, 2020],
      themes: ['care', 'mobility'],
      orgTypes: ['municipality'],
    });
  });

  it('writes back what it read: parse and write are each other’s inverse', () => {
    const search =
      '?view=catalogue&lang=en&asOf=evaluation2022&callYears=2019%2C2020&themes=care%2Cmobility&indicator=B12&d=abc123';
    expect(toSearch(parseUrl(search))).toBe(search);
    const dated = toSearch(parseUrl('?view=overview&asOf=2020-06-30'));
    expect(dated).toBe('?view=overview&asOf=2020-06-30');
    expect(parseUrl(dated).filters.asOf).toBe('2020-06-30');
  });

  it('keeps a page’s own key only on its page', () => {
    const state = parseUrl('?view=overview&table=answers&sql=SELECT+1&replace=SRV-1');
    expect(toSearch(state)).toBe('?view=overview');
    expect(toSearch({ ...state, view: 'explorer' })).toBe('?view=explorer&sql=SELECT+1');
  });

  it('leaves out filter values it does not know and names them, instead of dropping them silently', () => {
    const state = parseUrl(
      '?view=overview&asOf=2021-02-30&callYears=2019,20x9&themes=care,astrology',
    );
    expect(state.filters).toEqual({ ...NO_FILTERS, callYears: [2019], themes: ['care'] });
    expect(state.rejected).toEqual([
      { key: 'asOf', value: '2021-02-30' },
      { key: 'callYears', value: '20x9' },
      { key: 'themes', value: 'astrology' },
    ]);
    expect(toSearch(state)).toBe('?view=overview&callYears=2019&themes=care');
  });

  it('falls back to the overview in Dutch for an unknown view or language', () => {
    expect(parseUrl('?view=nope&lang=fr')).toMatchObject({ view: 'overview', lang: 'nl' });
  });
});
