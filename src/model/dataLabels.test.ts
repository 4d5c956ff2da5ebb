import { describe, expect, it } from 'vitest';
import { dataLabelsFromJson, dataLabelsToJson, type DataLabels } from './dataLabels';

const labels: DataLabels = {
  rounds: new Map([
    [
      'SRV-2023-BUYER',
      { name: 'Kopers 2023', audience: 'buyer', year: 2023, fieldworkEnd: '2023-06-30' },
    ],
  ]),
  calls: new Map([['CALL-2020-OPEN-1', { callType: 'open', year: 2020, deadline: '2020-03-31' }]]),
};

describe('data labels kept as JSON', () => {
  it('come back as they were, through JSON text', () => {
    const back = dataLabelsFromJson(JSON.parse(JSON.stringify(dataLabelsToJson(labels))));
    expect(back).toEqual(labels);
  });

  it('are refused when a stored round lacks its year or a call its deadline', () => {
    const json = dataLabelsToJson(labels);
    expect(
      dataLabelsFromJson({
        ...json,
        rounds: { X: { name: 'x', audience: 'buyer', fieldworkEnd: '2023-06-30' } },
      }),
    ).toBeNull();
    expect(
      dataLabelsFromJson({ ...json, calls: { C: { callType: 'open', year: 2020 } } }),
    ).toBeNull();
    expect(dataLabelsFromJson([])).toBeNull();
    expect(dataLabelsFromJson(null)).toBeNull();
  });
});
