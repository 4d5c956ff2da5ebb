import { describe, expect, it } from 'vitest';
import { makeI18n } from '../i18n';
import type { DataLabels } from '../model';
import { categoryLabel, categoryRank, roundLabel } from './categoryLabels';

const labels: DataLabels = {
  // As the loaded data orders them: by fieldwork end, whatever their ids.
  rounds: new Map([
    ['SRV-2019-BUYER', { name: 'x', audience: 'buyer', year: 2019, fieldworkEnd: '2019-06-07' }],
    ['LS-ORG-A', { name: 'x', audience: 'buyer', year: 2021, fieldworkEnd: '2021-06-11' }],
    ['EUS-2023', { name: 'x', audience: 'company', year: 2023, fieldworkEnd: '2023-03-01' }],
    [
      'SRV-2023-COMPANY',
      { name: 'x', audience: 'company', year: 2023, fieldworkEnd: '2023-06-16' },
    ],
  ]),
  calls: new Map([
    ['CALL-2020-OPEN-1', { callType: 'open', year: 2020, deadline: '2020-05-14' }],
    ['CALL-2020-OPEN-2', { callType: 'open', year: 2020, deadline: '2020-10-22' }],
    ['CALL-2020-THEM-1', { callType: 'thematic', year: 2020, deadline: '2020-12-15' }],
  ]),
};
const nl = makeI18n('nl');
const en = makeI18n('en');

describe('categories as people read them', () => {
  it('names a round by its audience and year, with its fieldwork end when the year has two', () => {
    expect(categoryLabel(nl, labels, 'survey', 'SRV-2019-BUYER')).toBe('Kopers 2019');
    expect(categoryLabel(en, labels, 'survey', 'LS-ORG-A')).toBe('Buyers 2021');
    expect(categoryLabel(nl, labels, 'survey', 'EUS-2023')).toBe('Bedrijven 2023 (01/03/2023)');
    expect(roundLabel(nl, labels, 'SRV-2099-X')).toBe('SRV-2099-X');
  });

  it('names a call by its type and year, with its deadline when the year has two', () => {
    expect(categoryLabel(nl, labels, 'call', 'CALL-2020-OPEN-2')).toBe(
      'Open oproep 2020 (22/10/2020)',
    );
    expect(categoryLabel(en, labels, 'call', 'CALL-2020-THEM-1')).toBe('Thematic call 2020');
  });

  it('puts rounds, calls and years in time order, not in the order of their codes', () => {
    const rounds = ['SRV-2023-COMPANY', 'EUS-2023', 'LS-ORG-A', 'SRV-2019-BUYER'];
    const rank = categoryRank(labels, 'survey');
    expect(rank && [...rounds].sort((a, b) => rank(a) - rank(b))).toEqual([
      'SRV-2019-BUYER',
      'LS-ORG-A',
      'EUS-2023',
      'SRV-2023-COMPANY',
    ]);
    const years = categoryRank(labels, 'call_year');
    expect(years && ['2021', '2017', '2019'].sort((a, b) => years(a) - years(b))).toEqual([
      '2017',
      '2019',
      '2021',
    ]);
  });
});
