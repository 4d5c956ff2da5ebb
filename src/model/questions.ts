import type { QUESTION_SCALES, QuestionCode } from './enums';

export type QuestionScale = (typeof QUESTION_SCALES)[number];

/** The scale each question of the standard questionnaire is answered on. */
const SCALE_OF_CODE: Readonly<Record<QuestionCode, QuestionScale>> = {
  SAT_OVERALL: 'likert5',
  NPS: 'nps11',
  SAT_COACHING: 'likert5',
  SAT_COFIN: 'likert5',
  INNOV_IN_USE: 'yes_no_partly',
  ADDITIONALITY: 'category',
  SERVICES_USED: 'multi',
  ORG_TYPE: 'category',
  PROJECT_ID: 'open',
  REMARKS: 'open',
};

export function scaleOf(code: QuestionCode): QuestionScale {
  return SCALE_OF_CODE[code];
}

/** The lowest and highest score of a numeric scale, or null for a scale without scores. */
export function scoreRange(scale: QuestionScale): { min: number; max: number } | null {
  if (scale === 'likert5') return { min: 1, max: 5 };
  if (scale === 'nps11') return { min: 0, max: 10 };
  return null;
}
