import Papa from 'papaparse';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createNodeEngine } from '../engine/node';
import type { Engine } from '../engine/types';
import { fixtureFiles } from '../indicators/testing/fixture';
import { sql } from '../sql';
import { loadDataset } from './dataset';
import type { WaveRows } from './survey/types';
import {
  csvBlob,
  appendWave,
  canonicalCsv,
  eraseRespondent,
  removeWave,
  WaveConflictError,
  waveFiles,
} from './wave';

let engine: Engine;

beforeAll(async () => {
  engine = await createNodeEngine();
});
afterAll(async () => {
  await engine.close();
});
beforeEach(async () => {
  const report = await loadDataset(engine, fixtureFiles());
  if (!report.ok) throw new Error('fixture does not load');
});

async function counts(): Promise<Record<string, number>> {
  const { rows } = await engine.query(sql`
    SELECT (SELECT count(*) FROM surveys) AS surveys, (SELECT count(*) FROM questions) AS questions,
      (SELECT count(*) FROM respondents) AS respondents, (SELECT count(*) FROM answers) AS answers`);
  return Object.fromEntries(Object.entries(rows[0] ?? {}).map(([k, v]) => [k, Number(v)]));
}

// The fixture has 4 waves, 14 questions, 33 cases and 62 answers (testing/fixture.ts).
const FIXTURE = { surveys: 4, questions: 14, respondents: 33, answers: 62 };

const WAVE: WaveRows = {
  survey: {
    survey_id: 'SRV-2023-BUYER',
    name: 'Bevraging aankopende besturen 2023',
    audience: 'buyer',
    fieldwork_start: '2023-05-02',
    fieldwork_end: '2023-05-31',
    population_n: 12,
  },
  questions: [
    {
      survey_id: 'SRV-2023-BUYER',
      question_code: 'SAT_OVERALL',
      text_nl: 'Hoe tevreden bent u?',
      text_en: null,
      scale: 'likert5',
    },
    {
      survey_id: 'SRV-2023-BUYER',
      question_code: 'REMARKS',
      text_nl: 'Opmerkingen',
      text_en: null,
      scale: 'open',
    },
  ],
  respondents: [
    ['R1', 'complete', '2023-05-03 10:00:00'],
    ['R2', 'complete', '2023-05-04 11:30:00'],
    ['R3', 'partial', null],
  ].map(([id, disposition, at]) => ({
    survey_id: 'SRV-2023-BUYER',
    respondent_id: id ?? null,
    disposition: disposition ?? null,
    project_id: 'PIO-2020-001',
    org_id: null,
    company_id: null,
    submitted_at: at ?? null,
  })),
  answers: [
    {
      respondent_id: 'R1',
      question_code: 'SAT_OVERALL',
      value_num: 5,
      value_text: null,
      not_applicable: false,
    },
    {
      respondent_id: 'R2',
      question_code: 'SAT_OVERALL',
      value_num: null,
      value_text: null,
      not_applicable: true,
    },
    {
      respondent_id: 'R2',
      question_code: 'REMARKS',
      value_num: null,
      value_text: '=1+1, "quoted"\nnext line',
      not_applicable: false,
    },
    {
      respondent_id: 'R3',
      question_code: 'SAT_OVERALL',
      value_num: 2,
      value_text: null,
      not_applicable: false,
    },
  ].map((a) => ({ survey_id: 'SRV-2023-BUYER', ...a })),
};

describe('survey waves in the engine', () => {
  it('writes canonical CSV that keeps formula-looking text and line breaks as written', () => {
    expect(canonicalCsv('answers', WAVE.answers.slice(2, 3))).toBe(
      'survey_id,respondent_id,question_code,value_num,value_text,not_applicable\n' +
        'SRV-2023-BUYER,R2,REMARKS,,"=1+1, ""quoted""\nnext line",false\n',
    );
  });

  it('writes the same bytes into a wave file as canonicalCsv, however long the table', async () => {
    const answers = Array.from({ length: 6000 }, (_, i) => ({
      ...(WAVE.answers[i % WAVE.answers.length] as WaveRows['answers'][number]),
      respondent_id: `R${String(i)}`,
      value_text: i % 3 === 0 ? `één "twee", drie 🙂 ${String(i)}` : null,
    }));
    const files = waveFiles({ ...WAVE, answers });
    expect(await files.answers.text()).toBe(canonicalCsv('answers', answers));
    expect(files.answers.size).toBe(
      new TextEncoder().encode(canonicalCsv('answers', answers)).length,
    );
    expect(await files.surveys.text()).toBe(canonicalCsv('surveys', [WAVE.survey]));
  });

  it('adds a wave with all its rows', async () => {
    await appendWave(engine, 'SRV-2023-BUYER', waveFiles(WAVE));
    expect(await counts()).toEqual({ surveys: 5, questions: 16, respondents: 36, answers: 66 });
    const { rows } = await engine.query(sql`
      SELECT value_text, not_applicable FROM answers
      WHERE survey_id = 'SRV-2023-BUYER' AND respondent_id = 'R2' ORDER BY question_code`);
    expect(rows).toEqual([
      { value_text: '=1+1, "quoted"\nnext line', not_applicable: false },
      { value_text: null, not_applicable: true },
    ]);
  });

  it('reads a wave file whose columns come in another order by its header', async () => {
    const files = waveFiles(WAVE);
    const parsed = Papa.parse<string[]>((await files.answers.text()).trimEnd()).data;
    const reordered = Papa.unparse(parsed.map((row) => [...row].reverse()));
    await appendWave(engine, 'SRV-2023-BUYER', { ...files, answers: csvBlob(reordered) });
    expect(await counts()).toEqual({ surveys: 5, questions: 16, respondents: 36, answers: 66 });
    const { rows } = await engine.query(sql`
      SELECT value_text, value_num, not_applicable FROM answers
      WHERE survey_id = 'SRV-2023-BUYER' AND respondent_id = 'R2' ORDER BY question_code`);
    expect(rows).toEqual([
      { value_text: '=1+1, "quoted"\nnext line', value_num: null, not_applicable: false },
      { value_text: null, value_num: null, not_applicable: true },
    ]);
  });

  it('refuses a wave whose id is taken, changing nothing', async () => {
    const taken = { ...WAVE, survey: { ...WAVE.survey, survey_id: 'SRV-2022-BUYER' } };
    await expect(appendWave(engine, 'SRV-2022-BUYER', waveFiles(taken))).rejects.toBeInstanceOf(
      WaveConflictError,
    );
    expect(await counts()).toEqual(FIXTURE);
  });

  it('rolls back a wave that fails half-way, changing nothing', async () => {
    const files = waveFiles(WAVE);
    const answers = (await files.answers.text()).replace(',5,,false', ',five,,false');
    const broken = { ...files, answers: csvBlob(answers) };
    await expect(appendWave(engine, 'SRV-2023-BUYER', broken)).rejects.toThrow();
    expect(await counts()).toEqual(FIXTURE);
    const { rows } = await engine.query(
      sql`SELECT count(*) AS n FROM duckdb_tables() WHERE table_name LIKE '\_wave\_%' ESCAPE '\'`,
    );
    expect(Number(rows[0]?.n)).toBe(0);
  });

  it('replaces a wave in one step and removes one with everything on it', async () => {
    await appendWave(engine, 'SRV-2023-BUYER', waveFiles(WAVE));
    const smaller: WaveRows = {
      ...WAVE,
      respondents: WAVE.respondents.slice(0, 1),
      answers: WAVE.answers.slice(0, 1),
    };
    await appendWave(engine, 'SRV-2023-BUYER', waveFiles(smaller), 'SRV-2023-BUYER');
    expect(await counts()).toEqual({ surveys: 5, questions: 16, respondents: 34, answers: 63 });
    await removeWave(engine, 'SRV-2023-BUYER');
    expect(await counts()).toEqual(FIXTURE);
  });

  it('erases one respondent and their answers', async () => {
    await appendWave(engine, 'SRV-2023-BUYER', waveFiles(WAVE));
    expect(await eraseRespondent(engine, 'SRV-2023-BUYER', 'R2')).toBe(1);
    expect(await counts()).toEqual({ surveys: 5, questions: 16, respondents: 35, answers: 64 });
    expect(await eraseRespondent(engine, 'SRV-2023-BUYER', 'nobody')).toBe(0);
  });
});
