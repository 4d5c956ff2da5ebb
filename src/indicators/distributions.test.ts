import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeEngine } from '../engine/node';
import type { Engine } from '../engine/types';
import { loadDataset } from '../ingest/dataset';
import { computeLikert, fetchLikertRecords } from './distributions';
import { NO_FILTERS, PRESETS, type Filters } from './filters';
import { RecordsRefusedError } from './records';
import { fixtureFiles } from './testing/fixture';

// Answer distributions of the five-point questions, counted by hand from testing/fixture.ts.

let engine: Engine;

beforeAll(async () => {
  engine = await createNodeEngine();
  const report = await loadDataset(engine, fixtureFiles());
  if (!report.ok) throw new Error(`fixture does not load: ${JSON.stringify(report.issues)}`);
});
afterAll(async () => {
  await engine.close();
});

const likert = (filters: Partial<Filters>) =>
  computeLikert({ ...NO_FILTERS, ...filters }, (q) => engine.query(q));

describe('Likert distributions', () => {
  it('counts each point of the latest wave per audience, not-applicable apart', async () => {
    const r = await likert({ asOf: PRESETS.latest });
    const rows = r.rows.map(
      ({ audience, surveyId, question, counts, n, notApplicable, suppressed }) => ({
        audience,
        surveyId,
        question,
        counts,
        n,
        notApplicable,
        suppressed,
      }),
    );
    expect(rows).toEqual([
      // SRV-2022-BUYER coaching: B22-01 5, B22-03 4 (B22-02 not applicable): 2 < 5, hidden.
      {
        audience: 'buyer',
        surveyId: 'SRV-2022-BUYER',
        question: 'SAT_COACHING',
        counts: null,
        n: null,
        notApplicable: null,
        suppressed: true,
      },
      // B22-01 5, -02 4, -03 3, -04 4, -05 2, -06 5; B22-07 not applicable.
      {
        audience: 'buyer',
        surveyId: 'SRV-2022-BUYER',
        question: 'SAT_OVERALL',
        counts: [0, 1, 1, 2, 2],
        n: 6,
        notApplicable: 1,
        suppressed: false,
      },
      // C21-01 5, -02 4, -03 4, -04 3 (partial), -05 2, -06 4, -07 5.
      {
        audience: 'company',
        surveyId: 'SRV-2021-COMPANY',
        question: 'SAT_OVERALL',
        counts: [0, 1, 1, 3, 2],
        n: 7,
        notApplicable: 0,
        suppressed: false,
      },
      // S21-01 4, S21-02 3: hidden.
      {
        audience: 'stakeholder',
        surveyId: 'SRV-2021-STAKEHOLDER',
        question: 'SAT_OVERALL',
        counts: null,
        n: null,
        notApplicable: null,
        suppressed: true,
      },
    ]);
    expect(r.rows[1]?.text).toEqual({ nl: 'Algemene tevredenheid', en: 'Overall satisfaction' });
  });

  it('takes the wave that was latest on the reference date', async () => {
    const r = await likert({ asOf: PRESETS.evaluation2022 });
    const overall = r.rows.find((x) => x.audience === 'buyer' && x.question === 'SAT_OVERALL');
    // SRV-2021-BUYER: B21-01 4, -02 5, -03 2, -04 4 (partial), -05 3.
    expect(overall?.counts).toEqual([0, 1, 1, 2, 1]);
    expect(overall?.surveyId).toBe('SRV-2021-BUYER');
  });

  it('applies organisation filters to respondents and hides what becomes small', async () => {
    const r = await likert({ orgTypes: ['municipality'] });
    // Only B22-01 and B22-06 (Stad Gent) remain among buyers: coaching 1 answer, overall 2.
    // Company and stakeholder respondents name no organisation.
    expect(r.rows.map((x) => [x.audience, x.question, x.suppressed])).toEqual([
      ['buyer', 'SAT_COACHING', true],
      ['buyer', 'SAT_OVERALL', true],
    ]);
  });

  it('drills into the respondents of one answer, and refuses a hidden row', async () => {
    const r = await likert({});
    const overall = r.rows.find((x) => x.audience === 'buyer' && x.question === 'SAT_OVERALL');
    if (!overall) throw new Error('row missing');
    const set = await fetchLikertRecords(NO_FILTERS, overall, 5, (q) => engine.query(q));
    expect(set.rows.map((x) => x.respondent_id)).toEqual(['B22-01', 'B22-06']);
    expect(set.expected).toBe(2);
    const hidden = r.rows.find((x) => x.suppressed);
    if (!hidden) throw new Error('no hidden row');
    await expect(fetchLikertRecords(NO_FILTERS, hidden, 4, (q) => engine.query(q))).rejects.toEqual(
      new RecordsRefusedError('suppressed'),
    );
  });
});
