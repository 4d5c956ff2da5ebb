import { raw, sql, type Sql } from '../sql';
import { withBase } from './base';
import { SURVEY_FILTERS } from './definitions/common';
import { activeFilterKeys, type FilterKey, type Filters } from './filters';
import { RecordsRefusedError, type RecordSet, type RecordsQuery } from './records';
import type { QueryFn } from './run';
import { DEFAULT_SUPPRESSION_THRESHOLD } from './stats';
import type { Text } from './types';

export const LIKERT_POINTS = [1, 2, 3, 4, 5] as const;

/** The answers to one five-point question of one audience's latest wave. */
export interface LikertRow {
  readonly audience: string;
  readonly surveyId: string;
  readonly question: string;
  readonly text: Text;
  /** Respondents per point 1..5; null when the row is suppressed. */
  readonly counts: readonly number[] | null;
  /** Scored answers (the base of the shares); null when suppressed. */
  readonly n: number | null;
  /** "Not applicable" answers: an answer without a score, outside the base. */
  readonly notApplicable: number | null;
  readonly suppressed: boolean;
}

export interface LikertResult {
  readonly rows: readonly LikertRow[];
  readonly filtersNotApplied: readonly FilterKey[];
}

const POINT_COUNTS = raw(
  LIKERT_POINTS.map(
    (p) =>
      `count(*) FILTER (WHERE NOT a.not_applicable AND a.value_num = ${String(p)}) AS p${String(p)}`,
  ).join(', '),
);

/** Every five-point question in the latest wave of each audience, counted per point. */
export function compileLikert(filters: Filters): Sql {
  return withBase(
    filters,
    sql`SELECT a.audience, a.survey_id, a.question_code, any_value(q.text_nl) AS text_nl,
  any_value(q.text_en) AS text_en,
  ${POINT_COUNTS},
  count(*) FILTER (WHERE a.not_applicable) AS not_applicable
FROM ans a JOIN questions q USING (survey_id, question_code)
WHERE q.scale = 'likert5' AND a.survey_id IN (SELECT survey_id FROM latest_waves)
GROUP BY a.audience, a.survey_id, a.question_code
ORDER BY a.audience, a.question_code`,
  );
}

/**
 * A row with fewer scored answers than the threshold is hidden as a whole: its counts would
 * name what a handful of respondents answered. Rows are whole questions, not cells of one
 * total, so hiding one cannot be undone by subtraction.
 */
export async function computeLikert(
  filters: Filters,
  query: QueryFn,
  threshold = DEFAULT_SUPPRESSION_THRESHOLD,
): Promise<LikertResult> {
  const { rows } = await query(compileLikert(filters));
  return {
    filtersNotApplied: activeFilterKeys(filters).filter(
      (k) => !(SURVEY_FILTERS as readonly FilterKey[]).includes(k),
    ),
    rows: rows.map((r) => {
      const counts = LIKERT_POINTS.map((p) => Number(r[`p${String(p)}`] ?? 0));
      const n = counts.reduce((a, b) => a + b, 0);
      const suppressed = n > 0 && n < threshold;
      return {
        audience: String(r.audience),
        surveyId: String(r.survey_id),
        question: String(r.question_code),
        text: { nl: String(r.text_nl), en: String(r.text_en) },
        counts: suppressed ? null : counts,
        n: suppressed ? null : n,
        notApplicable: suppressed ? null : Number(r.not_applicable ?? 0),
        suppressed,
      };
    }),
  };
}

/** The respondents who gave one answer to a visible row, for drill-down. */
export async function fetchLikertRecords(
  filters: Filters,
  row: LikertRow,
  point: number,
  query: RecordsQuery,
): Promise<RecordSet> {
  if (row.suppressed || !row.counts) throw new RecordsRefusedError('suppressed');
  const { columns, rows } = await query(
    compileLikertRecords(filters, row.surveyId, row.question, point),
  );
  return {
    entity: 'respondents',
    equals: 'n',
    expected: row.counts[point - 1] ?? null,
    columns: columns.map((c) => c.name),
    rows,
  };
}

export function compileLikertRecords(
  filters: Filters,
  surveyId: string,
  question: string,
  point: number,
): Sql {
  return withBase(
    filters,
    sql`SELECT survey_id, respondent_id, submitted_at, question_code, value_num
FROM ans
WHERE survey_id = ${surveyId} AND question_code = ${question} AND NOT not_applicable
  AND value_num = ${point}
ORDER BY respondent_id`,
  );
}
