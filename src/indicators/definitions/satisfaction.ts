import { raw, sql } from '../../sql';
import { pooledDispositions } from '../base';
import type { IndicatorDef } from '../types';
import { RESPONDENT_BREAKDOWNS, t, wavePopulation, waveScope } from './common';

const BUYER_FILTERS = [
  'asOf',
  'callYears',
  'callTypes',
  'themes',
  'procedures',
  'orgTypes',
  'govLevels',
] as const;
const COMPANY_RESPONDENT_FILTERS = [
  'asOf',
  'callYears',
  'callTypes',
  'themes',
  'procedures',
  'companySizes',
  'regions',
] as const;

const LATEST_WAVE = t(
  'Het kerncijfer komt uit de laatste bevragingsronde waarvan het veldwerk vóór de peildatum afliep; de uitsplitsing per ronde toont de evolutie.',
  'The headline comes from the latest survey wave whose fieldwork ended by the reference date; the breakdown by wave shows the trend.',
);
const NOT_APPLICABLE = t(
  '“Niet van toepassing” en “weet niet” tellen niet mee in de basis.',
  '“Not applicable” and “don’t know” are left out of the base.',
);
const SMALL_CELLS = t(
  'Cellen met minder dan 5 respondenten worden verborgen, en zo nodig een tweede cel zodat de verborgen waarde niet uit het totaal af te leiden is.',
  'Cells with fewer than 5 respondents are hidden, and a second cell where needed so the hidden value cannot be derived from the total.',
);

/** Companies' scores on SAT_OVERALL, with the furthest stage they reached before answering. */
const COMPANY_SCORES = sql`
  SELECT a.*, CASE st.furthest WHEN 3 THEN 'award' WHEN 2 THEN 'bid'
      WHEN 1 THEN 'consultation' ELSE 'none' END AS stage
  FROM ans a
  LEFT JOIN (
    SELECT a2.survey_id, a2.respondent_id,
      max(CASE pa.stage WHEN 'consultation' THEN 1 WHEN 'bid' THEN 2 WHEN 'award' THEN 3 END)
        AS furthest
    FROM ans a2
    JOIN participations pa ON pa.company_id = a2.company_id
      AND pa.on_date <= coalesce(CAST(a2.submitted_at AS DATE), a2.fieldwork_end)
    WHERE a2.question_code = 'SAT_OVERALL'
    GROUP BY 1, 2
  ) st USING (survey_id, respondent_id)
  WHERE a.audience = 'company' AND a.question_code = 'SAT_OVERALL'
    AND NOT a.not_applicable AND a.value_num IS NOT NULL`;

export const SATISFACTION: readonly IndicatorDef[] = [
  {
    id: 'D24',
    question: 'satisfaction',
    title: t('Tevredenheid van kopers', 'Buyer satisfaction'),
    description: t(
      'Aandeel kopers dat (zeer) tevreden is over de ondersteuning van PIO, met een 95%-betrouwbaarheidsinterval.',
      'Share of buyers (very) satisfied with PIO’s support, with a 95% confidence interval.',
    ),
    numerator: t(
      'Kopers die 4 (tevreden) of 5 (zeer tevreden) antwoorden op de vraag naar hun algemene tevredenheid',
      'Buyers answering 4 (satisfied) or 5 (very satisfied) on SAT_OVERALL',
    ),
    denominator: t(
      'Kopers met een score op de algemene tevredenheid (volledige en gedeeltelijke respondenten)',
      'Buyers with a score on SAT_OVERALL (complete and partial respondents)',
    ),
    unit: 'share',
    statistic: 'survey_share',
    survey: true,
    audiences: ['buyer'],
    filters: BUYER_FILTERS,
    breakdowns: RESPONDENT_BREAKDOWNS,
    defaultBreakdown: 'survey',
    sources: ['surveys', 'respondents', 'answers', 'projects', 'organisations'],
    caveats: [LATEST_WAVE, NOT_APPLICABLE, SMALL_CELLS],
    sql: (ctx) => sql`
      SELECT ${ctx.group} AS grp, count(*) FILTER (WHERE value_num >= 4) AS num,
        count(*) AS den, ${wavePopulation(ctx)} AS population_n
      FROM ans
      WHERE audience = 'buyer' AND question_code = 'SAT_OVERALL' AND NOT not_applicable
        AND value_num IS NOT NULL AND ${waveScope(ctx)}
      GROUP BY 1`,
    records: {
      entity: 'respondents',
      equals: 'n',
      sql: (ctx) => sql`
        SELECT ${ctx.group} AS grp, survey_id, respondent_id, submitted_at, value_num,
          value_num >= 4 AS in_numerator
        FROM ans
        WHERE audience = 'buyer' AND question_code = 'SAT_OVERALL' AND NOT not_applicable
          AND value_num IS NOT NULL AND ${waveScope(ctx)}`,
    },
  },
  {
    id: 'D25',
    question: 'satisfaction',
    title: t('Tevredenheid van bedrijven', 'Company satisfaction'),
    description: t(
      'Aandeel bedrijven dat (zeer) tevreden is, volgens de verste fase die het bedrijf bereikte (consultatie, offerte, gunning).',
      'Share of companies (very) satisfied, by the furthest stage the company reached (consultation, bid, award).',
    ),
    numerator: t(
      'Bedrijven die 4 (tevreden) of 5 (zeer tevreden) antwoorden op de vraag naar hun algemene tevredenheid',
      'Companies answering 4 or 5 on SAT_OVERALL',
    ),
    denominator: t(
      'Bedrijven met een score op de algemene tevredenheid; de fase is hun verste deelname vóór hun antwoord',
      'Companies with a score on SAT_OVERALL; the stage is their furthest participation before they answered',
    ),
    unit: 'share',
    statistic: 'survey_share',
    survey: true,
    audiences: ['company'],
    filters: COMPANY_RESPONDENT_FILTERS,
    breakdowns: {
      stage: 'stage',
      survey: 'survey_id',
      company_size: 'size_class',
      region: 'region',
      call_year: 'call_year',
      theme: 'theme',
      procedure: 'procedure',
    },
    defaultBreakdown: 'stage',
    sources: ['surveys', 'respondents', 'answers', 'participations', 'companies'],
    caveats: [LATEST_WAVE, NOT_APPLICABLE, SMALL_CELLS],
    sql: (ctx) => sql`
      SELECT ${ctx.group} AS grp, count(*) FILTER (WHERE value_num >= 4) AS num,
        count(*) AS den, ${wavePopulation(ctx)} AS population_n
      FROM (${COMPANY_SCORES})
      WHERE ${waveScope(ctx)}
      GROUP BY 1`,
    records: {
      entity: 'respondents',
      equals: 'n',
      sql: (ctx) => sql`
        SELECT ${ctx.group} AS grp, survey_id, respondent_id, submitted_at, value_num,
          value_num >= 4 AS in_numerator
        FROM (${COMPANY_SCORES})
        WHERE ${waveScope(ctx)}`,
    },
  },
  {
    id: 'D26',
    question: 'satisfaction',
    title: t('Net Promoter Score', 'Net Promoter Score'),
    description: t(
      'Aandeel promotors (9-10) min aandeel criticasters (0-6) op de vraag of men PIO zou aanraden, per doelgroep, met een 95%-betrouwbaarheidsinterval.',
      'Share of promoters (9-10) minus share of detractors (0-6) on whether one would recommend PIO, per audience, with a 95% confidence interval.',
    ),
    numerator: t('Promotors min criticasters', 'Promoters minus detractors'),
    denominator: t('Respondenten met een score op NPS', 'Respondents with a score on NPS'),
    unit: 'nps',
    statistic: 'nps',
    survey: true,
    audiences: ['buyer', 'company', 'stakeholder'],
    filters: ['asOf', 'audiences'],
    breakdowns: { audience: 'audience', survey: 'survey_id' },
    defaultBreakdown: 'audience',
    sources: ['surveys', 'respondents', 'answers'],
    caveats: [LATEST_WAVE, NOT_APPLICABLE, SMALL_CELLS],
    sql: (ctx) => sql`
      SELECT ${ctx.group} AS grp,
        count(*) FILTER (WHERE value_num >= 9) AS promoters,
        count(*) FILTER (WHERE value_num >= 7 AND value_num < 9) AS passives,
        count(*) FILTER (WHERE value_num <= 6) AS detractors,
        ${wavePopulation(ctx)} AS population_n
      FROM ans
      WHERE question_code = 'NPS' AND NOT not_applicable AND value_num IS NOT NULL
        AND ${waveScope(ctx)}
      GROUP BY 1`,
    records: {
      entity: 'respondents',
      equals: 'n',
      // A score between 6 and 7 falls in no group, so it does not count in n either.
      sql: (ctx) => sql`
        SELECT ${ctx.group} AS grp, survey_id, respondent_id, submitted_at, value_num, nps_group
        FROM (
          SELECT *, CASE WHEN value_num >= 9 THEN 'promoter' WHEN value_num >= 7 THEN 'passive'
              WHEN value_num <= 6 THEN 'detractor' END AS nps_group
          FROM ans
          WHERE question_code = 'NPS' AND NOT not_applicable AND ${waveScope(ctx)}
        )
        WHERE nps_group IS NOT NULL`,
    },
  },
  {
    id: 'D27',
    question: 'satisfaction',
    title: t('Additionaliteit', 'Additionality'),
    description: t(
      'Aandeel kopers dat zonder PIO het project niet, later of kleiner zou hebben uitgevoerd.',
      'Share of buyers who without PIO would not have done the project, or later, or smaller.',
    ),
    numerator: t(
      'Kopers die zonder PIO het project “niet”, “later” of “kleiner” hadden uitgevoerd',
      'Buyers who without PIO would not have done it, or later or smaller',
    ),
    denominator: t(
      'Kopers met een antwoord op de vraag wat ze zonder PIO hadden gedaan',
      'Buyers with an answer to what they would have done without PIO',
    ),
    unit: 'share',
    statistic: 'survey_share',
    survey: true,
    audiences: ['buyer'],
    filters: BUYER_FILTERS,
    breakdowns: { answer: 'value_text', ...RESPONDENT_BREAKDOWNS },
    defaultBreakdown: 'answer',
    sources: ['surveys', 'respondents', 'answers', 'projects', 'organisations'],
    caveats: [
      LATEST_WAVE,
      NOT_APPLICABLE,
      SMALL_CELLS,
      t(
        'Zelfrapportage achteraf: sociaal wenselijke antwoorden overschatten de additionaliteit allicht.',
        'Self-reported after the fact: socially desirable answers likely overstate additionality.',
      ),
    ],
    sql: (ctx) => sql`
      SELECT ${ctx.group} AS grp,
        ${raw(
          ctx.breakdown === 'answer'
            ? 'count(*)'
            : "count(*) FILTER (WHERE value_text IN ('not_done', 'later', 'smaller'))",
        )} AS num,
        ${raw(ctx.breakdown === 'answer' ? 'sum(count(*)) OVER ()' : 'count(*)')} AS den,
        count(*) AS n,
        ${wavePopulation(ctx)} AS population_n
      FROM ans
      WHERE audience = 'buyer' AND question_code = 'ADDITIONALITY' AND NOT not_applicable
        AND value_text IS NOT NULL AND ${waveScope(ctx)}
      GROUP BY 1`,
    records: {
      entity: 'respondents',
      equals: 'n',
      sql: (ctx) => sql`
        SELECT ${ctx.group} AS grp, survey_id, respondent_id, submitted_at, value_text,
          value_text IN ('not_done', 'later', 'smaller') AS in_numerator
        FROM ans
        WHERE audience = 'buyer' AND question_code = 'ADDITIONALITY' AND NOT not_applicable
          AND value_text IS NOT NULL AND ${waveScope(ctx)}`,
    },
  },
  {
    id: 'D28',
    question: 'satisfaction',
    title: t('Respons (AAPOR RR1)', 'Response rate (AAPOR RR1)'),
    description: t(
      'Volledig ingevulde vragenlijsten gedeeld door alle in aanmerking komende aangeschreven gevallen, per bevragingsronde.',
      'Complete questionnaires divided by all eligible cases invited, per survey wave.',
    ),
    numerator: t('Volledig ingevulde vragenlijsten', 'Complete questionnaires'),
    denominator: t(
      'Alle uitgenodigden die in aanmerking komen: volledig, gedeeltelijk, geweigerd, niet bereikt of onbekend; wie niet in aanmerking komt telt niet mee; uitgenodigden die de ronde niet als geval vermeldt, tellen als onbekend',
      'complete + partial + refusal + noncontact + unknown; ineligible cases are left out; invited cases the wave does not list count as unknown',
    ),
    unit: 'share',
    statistic: 'rate',
    audiences: ['buyer', 'company', 'stakeholder'],
    filters: ['asOf', 'audiences'],
    breakdowns: { survey: 'survey_id', audience: 'audience' },
    defaultBreakdown: 'survey',
    sources: ['surveys', 'respondents'],
    caveats: [
      LATEST_WAVE,
      t(
        'De respons van een ronde is alleen gekend als de ronde elke uitgenodigde met zijn dispositie vermeldt, of het aantal uitgenodigden opgeeft. Een export van een bevragingstool bevat alleen wie antwoordde: zonder het aantal uitgenodigden is de respons onbekend, en een samengevoegd cijfer gebruikt alleen de rondes waarvan ze gekend is (de andere worden genoemd).',
        'A wave’s response rate is known only when the wave lists every invited case with its disposition, or gives the number invited. A survey tool’s export holds only those who answered: without the number invited the rate is unknown, and a pooled figure uses only the waves where it is known (the others are named).',
      ),
    ],
    sql: (ctx) => pooledDispositions(ctx.group, waveScope(ctx)),
    records: {
      entity: 'survey_cases',
      equals: 'denominator',
      // The invited cases a wave does not list are in the denominator but cannot be listed.
      sql: (ctx) => sql`
        SELECT ${ctx.group} AS grp, survey_id, respondent_id, disposition
        FROM resp JOIN wave_rr w USING (survey_id)
        WHERE disposition IN ('complete', 'partial', 'refusal', 'noncontact', 'unknown')
          AND w.rr_known AND ${waveScope(ctx)}`,
    },
  },
];
