import { SME_SIZES } from '../../model';
import { constantList, raw, sql, type Sql } from '../../sql';
import type { BreakdownKey, QueryContext, Text } from '../types';

export const t = (nl: string, en: string): Text => ({ nl, en });

export const PROJECT_FILTERS = [
  'asOf',
  'callYears',
  'callTypes',
  'themes',
  'orgTypes',
  'govLevels',
  'procedures',
] as const;
export const COMPANY_FILTERS = [...PROJECT_FILTERS, 'companySizes', 'regions'] as const;
export const SURVEY_FILTERS = [...COMPANY_FILTERS, 'audiences'] as const;

/** Breakdowns over a relation that carries the project's call, theme, procedure and lead buyer. */
export const PROJECT_BREAKDOWNS = {
  call_year: 'call_year',
  call_type: 'call_type',
  theme: 'theme',
  procedure: 'procedure',
  org_type: 'lead_org_type',
  gov_level: 'lead_gov_level',
} satisfies Partial<Record<BreakdownKey, string>>;

export const COMPANY_BREAKDOWNS = {
  ...PROJECT_BREAKDOWNS,
  company_size: 'size_class',
  region: 'region',
} satisfies Partial<Record<BreakdownKey, string>>;

export const RESPONDENT_BREAKDOWNS = {
  survey: 'survey_id',
  call_year: 'call_year',
  theme: 'theme',
  procedure: 'procedure',
  org_type: 'org_type',
  gov_level: 'gov_level',
} satisfies Partial<Record<BreakdownKey, string>>;

export const sme = (column: string): Sql => sql`${raw(column)} IN ${constantList(SME_SIZES)}`;

/** Groups a count relation and a denominator relation on the same breakdown and joins them. */
export function numOverDen(ctx: QueryContext, numerator: Sql, denominator: Sql): Sql {
  return sql`
SELECT d.grp, coalesce(n.num, 0) AS num, d.den
FROM (SELECT ${ctx.group} AS grp, ${denominator}) d
LEFT JOIN (SELECT ${ctx.group} AS grp, ${numerator}) n ON n.grp IS NOT DISTINCT FROM d.grp`;
}

/** Restricts survey answers to the latest wave of each audience, unless broken down by wave. */
export function waveScope(ctx: QueryContext): Sql {
  return ctx.breakdown === 'survey'
    ? raw('TRUE')
    : raw('survey_id IN (SELECT survey_id FROM latest_waves)');
}

/** The finite population correction applies to a whole wave, not to a part of one. */
export function wavePopulation(ctx: QueryContext): Sql {
  return ctx.breakdown === null || ctx.breakdown === 'survey'
    ? raw('CASE WHEN count(DISTINCT survey_id) = 1 THEN max(population_n) END')
    : raw('CAST(NULL AS INTEGER)');
}
