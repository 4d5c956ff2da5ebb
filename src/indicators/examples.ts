/** Starting points for a new evaluator, per evaluation question; titles are in the messages. */
export const EXAMPLE_IDS = [
  'tables',
  'applicantsPerType',
  'successByYear',
  'companiesByStage',
  'awardValue',
  'milestonesReached',
  'followOns',
  'meanScores',
  'responseRates',
] as const;

export interface ExplorerExample {
  /** Names the example's title in the messages (`explorer.example.<id>`). */
  readonly id: (typeof EXAMPLE_IDS)[number];
  readonly question: 'data' | 'reach' | 'companies' | 'innovation' | 'satisfaction';
  readonly text: string;
}

export const EXPLORER_EXAMPLES: readonly ExplorerExample[] = [
  {
    id: 'tables',
    question: 'data',
    text: `-- Every table of the loaded data with its number of rows
SELECT table_name, estimated_size AS rows, column_count
FROM duckdb_tables()
WHERE NOT temporary
ORDER BY table_name;`,
  },
  {
    id: 'applicantsPerType',
    question: 'reach',
    text: `-- Organisations that applied, by type and government level
SELECT o.org_type, o.gov_level, count(DISTINCT a.lead_org_id) AS organisations,
       count(*) AS applications
FROM applications a
JOIN organisations o ON o.org_id = a.lead_org_id
GROUP BY ALL
ORDER BY organisations DESC;`,
  },
  {
    id: 'successByYear',
    question: 'reach',
    text: `-- Applications and their decisions per call year
SELECT c.year, a.decision, count(*) AS applications
FROM applications a
JOIN calls c USING (call_id)
GROUP BY ALL
ORDER BY c.year, a.decision;`,
  },
  {
    id: 'companiesByStage',
    question: 'companies',
    text: `-- Companies per stage of the tenders, by size class
SELECT p.stage, c.size_class, count(DISTINCT p.company_id) AS companies
FROM participations p
JOIN companies c USING (company_id)
GROUP BY ALL
ORDER BY p.stage, c.size_class;`,
  },
  {
    id: 'awardValue',
    question: 'companies',
    text: `-- Awarded value per company region
SELECT c.region, count(*) AS awards, sum(p.value_eur) AS value_eur
FROM participations p
JOIN companies c USING (company_id)
WHERE p.stage = 'award'
GROUP BY ALL
ORDER BY value_eur DESC;`,
  },
  {
    id: 'milestonesReached',
    question: 'innovation',
    text: `-- Projects per milestone reached, with the highest TRL seen
SELECT m.milestone, count(DISTINCT m.project_id) AS projects, max(m.trl) AS max_trl
FROM milestones m
GROUP BY ALL
ORDER BY projects DESC;`,
  },
  {
    id: 'followOns',
    question: 'innovation',
    text: `-- Follow-on contracts after a project, and whether the buyer was the same
SELECT same_buyer, count(*) AS contracts, sum(value_eur) AS value_eur
FROM follow_ons
GROUP BY ALL;`,
  },
  {
    id: 'meanScores',
    question: 'satisfaction',
    text: `-- Mean score and number of answers per question of every survey wave
SELECT a.survey_id, a.question_code, q.text_nl,
       count(a.value_num) AS answered, round(avg(a.value_num), 2) AS mean
FROM answers a
JOIN questions q USING (survey_id, question_code)
WHERE a.value_num IS NOT NULL
GROUP BY ALL
ORDER BY a.survey_id, a.question_code;`,
  },
  {
    id: 'responseRates',
    question: 'satisfaction',
    text: `-- Respondents per survey wave and disposition
SELECT s.survey_id, s.audience, r.disposition, count(*) AS respondents, s.population_n
FROM respondents r
JOIN surveys s USING (survey_id)
GROUP BY ALL
ORDER BY s.survey_id, r.disposition;`,
  },
];
