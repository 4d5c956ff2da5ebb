import { loadCsvTable, type ColumnSpec } from '../../../engine/load';
import type { Engine } from '../../../engine/types';
import { quoteField } from '../../../lib/csv';
import { scaleOf, scoreRange, QUESTION_CODES, type QuestionCode } from '../../../model';
import { join, raw, sql, type Sql } from '../../../sql';
import type { ImportIssue, IssueCode } from '../../issues';
import { canonicalCsv, csvBlob, registerStagedTable } from '../../wave';
import { enterWorkSchema } from './schema';
import {
  cachedReader,
  defaultDateOrder,
  isPreview,
  projectColumnsOf,
  readProject,
  questionRows,
  resolveColumns,
  sameFlag,
  statusColumn,
  waveIssues,
  waveRow,
} from '../apply';
import type { ApplyResponse } from '../protocol';
import type { ApplyContext, Column, Mapping, QuestionStats, WaveInfo } from '../types';
import { dateOrderEvidence, parseTimestamp, type DateOrder } from '../values';
import { cellColumn, type StagedExport } from './read';

// The mapping of applyMapping (../apply.ts), run as SQL on the rows DuckDB read. What a cell
// means is decided by the same JavaScript functions, once per distinct value of a column, and
// joined back in as small lookup tables; rows, answers, counts and problem lines are SQL.

/**
 * Distinct values read, mapped and sent back per step, on the page's main thread: a column of
 * timestamps has one per respondent, and a step's objects and its time stay bounded.
 */
const PAGE = 10_000;
/** Respondents one statement adds to the working tables. */
const RESPONDENT_PIECE = 100_000;

const TABLES = [
  '_import_nth',
  '_import_answers',
  '_import_invalid',
  '_import_lk_answers',
  '_import_lk_problems',
  '_import_lk_cells',
  '_import_respondents',
  '_import_chunk',
  '_import_distinct',
];

type Cell = string | number | boolean | null;

const LOOKUPS = {
  _import_lk_answers: [
    { name: 'pos', type: 'INTEGER' },
    { name: 'cell', type: 'VARCHAR' },
    { name: 'k', type: 'INTEGER' },
    { name: 'value_num', type: 'DOUBLE' },
    { name: 'value_text', type: 'VARCHAR' },
    { name: 'na', type: 'BOOLEAN' },
  ],
  _import_lk_problems: [
    { name: 'phase', type: 'INTEGER' },
    { name: 'pos', type: 'INTEGER' },
    { name: 'cell', type: 'VARCHAR' },
    { name: 'p', type: 'INTEGER' },
    { name: 'code', type: 'VARCHAR' },
    { name: 'severity', type: 'VARCHAR' },
    { name: 'value', type: 'VARCHAR' },
    { name: 'detail', type: 'VARCHAR' },
  ],
  _import_lk_cells: [
    { name: 'kind', type: 'VARCHAR' },
    { name: 'pos', type: 'INTEGER' },
    { name: 'cell', type: 'VARCHAR' },
    { name: 'text', type: 'VARCHAR' },
    { name: 'flag', type: 'BOOLEAN' },
  ],
} satisfies Record<string, readonly ColumnSpec[]>;
type Lookup = keyof typeof LOOKUPS;

function csvCell(value: Cell): string {
  if (value === null) return '';
  return typeof value === 'string' ? quoteField(value, ',') : String(value);
}

/** Rows a JavaScript function computed, added to a lookup table through DuckDB's CSV reader. */
async function append(engine: Engine, table: Lookup, rows: readonly Cell[][]): Promise<void> {
  if (rows.length === 0) return;
  const columns = LOOKUPS[table];
  const text = `${columns.map((c) => c.name).join(',')}\n${rows
    .map((r) => r.map(csvCell).join(','))
    .join('\n')}\n`;
  await loadCsvTable(engine, '_import_chunk', columns, text, { canonical: true });
  await engine.exec(`INSERT INTO ${table} SELECT * FROM _import_chunk`);
}

/**
 * A column's distinct non-empty values among the respondents (or all rows), a page at a time,
 * in the order they first occur, as the JavaScript reader meets them.
 */
async function* distinct(
  engine: Engine,
  column: Column,
  from: '_import_resp' | '_import_rows' = '_import_resp',
): AsyncGenerator<string[]> {
  const cell = cellColumn(column);
  await engine.query(
    sql`CREATE OR REPLACE TABLE _import._import_distinct AS
        SELECT cell, row_number() OVER (ORDER BY first) - 1 AS i FROM (
          SELECT ${cell} AS cell, min(ord) AS first FROM ${raw(from)}
          WHERE ${cell} <> '' GROUP BY ${cell})`,
  );
  for (let start = 0; ; start += PAGE) {
    const { rows } = await engine.query<{ cell: string }>(
      sql`SELECT cell FROM _import_distinct WHERE i >= ${start} AND i < ${start + PAGE} ORDER BY i`,
    );
    if (rows.length === 0) return;
    yield rows.map((r) => r.cell);
    if (rows.length < PAGE) return;
  }
}

const text = (value: string): Sql => sql`CAST(${value} AS VARCHAR)`;
const int = (value: number): Sql => raw(String(value));

/**
 * Maps the staged rows as applyMapping maps a parsed file, with the same canonical rows,
 * statistics and problems (codes, lines, order). The wave's files are written by DuckDB; the
 * answers in no particular order (sorting 1.3 million of them took 1.3 s).
 */
export async function applyMappingInEngine(
  engine: Engine,
  staged: StagedExport,
  mapping: Mapping,
  wave: WaveInfo,
  ctx: ApplyContext,
): Promise<ApplyResponse> {
  try {
    return await mapInEngine(engine, staged, mapping, wave, ctx);
  } finally {
    await engine.exec('DROP VIEW IF EXISTS _import_resp').catch(() => undefined);
    for (const table of TABLES) {
      await engine.exec(`DROP TABLE IF EXISTS ${table}`).catch(() => undefined);
    }
  }
}

async function mapInEngine(
  engine: Engine,
  staged: StagedExport,
  mapping: Mapping,
  wave: WaveInfo,
  ctx: ApplyContext,
): Promise<ApplyResponse> {
  const { file } = staged;
  await enterWorkSchema(engine);
  const resolved = resolveColumns(file, mapping);
  const mapped = resolved.questions;
  for (const [table, columns] of Object.entries(LOOKUPS)) {
    const defs = columns.map((c) => `${c.name} ${c.type}`).join(', ');
    await engine.exec(`CREATE OR REPLACE TABLE _import.${table} (${defs})`);
  }

  // Qualtrics' preview and test responses are not respondents.
  const status = statusColumn(file);
  let keep = sql`TRUE`;
  if (status) {
    const previews: Cell[][] = [];
    for await (const cells of distinct(engine, status, '_import_rows')) {
      for (const cell of cells) if (isPreview(cell)) previews.push(['status', 0, cell, null, true]);
    }
    await append(engine, '_import_lk_cells', previews);
    keep = sql`${cellColumn(status)} NOT IN (SELECT cell FROM _import_lk_cells WHERE kind = 'status')`;
  }
  // A view, not a copy: `n`, the row's place in the file, orders and names the respondents.
  await engine.query(
    sql`CREATE OR REPLACE VIEW _import._import_resp AS
        SELECT ord AS n, * FROM _import_rows WHERE ${keep}`,
  );

  // Answers: each question column's distinct values read once, joined back in.
  const branches = new Map<QuestionCode, Sql[]>();
  const branch = (code: QuestionCode, part: Sql) =>
    branches.set(code, [...(branches.get(code) ?? []), part]);
  const invalid: Sql[] = [];
  const reader = cachedReader(file.decimal);
  for (const [pos, { column, question }] of mapped.entries()) {
    const cell = cellColumn(column);
    const code = text(question.code);
    if (scaleOf(question.code) === 'open' && !question.values && question.code !== 'PROJECT_ID') {
      branch(
        question.code,
        sql`SELECT n, ${int(pos)} AS pos, 0 AS k, ${code} AS code, NULL::DOUBLE AS value_num,
            ${cell} AS value_text, false AS na FROM _import_resp WHERE ${cell} <> ''`,
      );
      continue;
    }
    for await (const cells of distinct(engine, column)) {
      const answers: Cell[][] = [];
      const problems: Cell[][] = [];
      for (const value of cells) {
        const read = reader(question, value);
        const keys = new Set<string | null>();
        read.answers.forEach((a, k) => {
          if (keys.has(a.valueText)) return;
          keys.add(a.valueText);
          answers.push([pos, value, k, a.valueNum, a.valueText, a.notApplicable]);
        });
        read.problems.forEach((p, i) =>
          problems.push([
            1,
            pos,
            value,
            i,
            p.code,
            p.severity,
            p.value ?? null,
            p.code === 'unknown_label' ? column.key : (p.detail ?? null),
          ]),
        );
      }
      await append(engine, '_import_lk_answers', answers);
      await append(engine, '_import_lk_problems', problems);
    }
    branch(
      question.code,
      sql`SELECT r.n, ${int(pos)} AS pos, l.k, ${code} AS code, l.value_num, l.value_text, l.na
          FROM _import_resp r JOIN _import_lk_answers l ON l.pos = ${int(pos)} AND l.cell = r.${cell}`,
    );
    invalid.push(
      sql`SELECT r.n, ${code} AS code FROM _import_resp r JOIN _import_lk_problems l
          ON l.phase = 1 AND l.pos = ${int(pos)} AND l.cell = r.${cell} AND l.severity = 'error'`,
    );
  }
  const none = sql`SELECT NULL::BIGINT AS n, 0 AS pos, 0 AS k, NULL::VARCHAR AS code,
      NULL::DOUBLE AS value_num, NULL::VARCHAR AS value_text, NULL::BOOLEAN AS na WHERE false`;
  // The first answer of a respondent to a code (and option) stands; later columns repeating it
  // add nothing, as in applyMapping. Within one cell the lookup has dropped repeats already.
  const perCode = [...branches.values()].map((parts) =>
    parts.length === 1
      ? (parts[0] ?? none)
      : sql`SELECT n, pos, k, code, value_num, value_text, na FROM (
              SELECT *, row_number() OVER (PARTITION BY n, value_text ORDER BY pos, k) AS dup
              FROM (${join(parts, ' UNION ALL ')}))
            WHERE dup = 1`,
  );
  // One statement per code: each commits on its own, and DuckDB compresses rows as they commit.
  await engine.query(sql`CREATE OR REPLACE TABLE _import._import_answers AS ${none}`);
  for (const part of perCode) await engine.query(sql`INSERT INTO _import_answers ${part}`);
  await engine.query(
    sql`CREATE OR REPLACE TABLE _import._import_invalid AS
        SELECT DISTINCT n, code FROM (${join(
          [sql`SELECT NULL::BIGINT AS n, NULL::VARCHAR AS code WHERE false`, ...invalid],
          ' UNION ALL ',
        )})`,
  );

  // Projects: the first project column naming a known project gives the row's project.
  const projectColumns = projectColumnsOf(resolved);
  const projectValues = new Map(mapped.map((m) => [m.column, m.question.values]));
  for (const [pos, column] of projectColumns.entries()) {
    for await (const cells of distinct(engine, column)) {
      const ids: Cell[][] = [];
      const problems: Cell[][] = [];
      for (const value of cells) {
        const found = readProject(value, projectValues.get(column), ctx);
        if (found.projectId !== null) ids.push(['project', pos, value, found.projectId, null]);
        found.problems.forEach((p, i) =>
          problems.push([2, pos, value, i, p.code, p.severity, p.value ?? null, p.detail ?? null]),
        );
      }
      await append(engine, '_import_lk_cells', ids);
      await append(engine, '_import_lk_problems', problems);
    }
  }

  // Submission times: the date order is the one the column's values settle, as in readSubmitted.
  const submitted = resolved.submitted;
  if (submitted) {
    const order = await dateOrderOf(engine, submitted, defaultDateOrder(file, submitted));
    for await (const cells of distinct(engine, submitted)) {
      const stamps: Cell[][] = [];
      for (const value of cells) {
        const parsed = parseTimestamp(value, order);
        if (parsed !== null) stamps.push(['submitted', 0, value, parsed, null]);
      }
      await append(engine, '_import_lk_cells', stamps);
    }
  }

  let complete = sql`TRUE`;
  const completeWhen = mapping.completeWhen;
  if (resolved.complete && completeWhen) {
    const cell = cellColumn(resolved.complete);
    if ('equals' in completeWhen) {
      const flags: Cell[][] = [];
      for await (const cells of distinct(engine, resolved.complete)) {
        for (const value of cells) {
          if (sameFlag(value, completeWhen.equals)) flags.push(['complete', 0, value, null, true]);
        }
      }
      await append(engine, '_import_lk_cells', flags);
      complete = sameFlag('', completeWhen.equals)
        ? sql`(r.${cell} = '' OR r.${cell} IN (SELECT cell FROM _import_lk_cells WHERE kind = 'complete'))`
        : sql`r.${cell} IN (SELECT cell FROM _import_lk_cells WHERE kind = 'complete')`;
    } else {
      complete = sql`r.${cell} <> ''`;
    }
  }

  const respondentId = resolved.respondent
    ? sql`r.${cellColumn(resolved.respondent)}`
    : sql`CASE WHEN r.nth < 100000 THEN 'R' || lpad(r.nth::VARCHAR, 5, '0')
               ELSE 'R' || r.nth::VARCHAR END`;
  const projectJoins = projectColumns.map(
    (c, pos) =>
      sql` LEFT JOIN _import_lk_cells p${int(pos)} ON p${int(pos)}.kind = 'project'
           AND p${int(pos)}.pos = ${int(pos)} AND p${int(pos)}.cell = r.${cellColumn(c)}`,
  );
  const projectId =
    projectColumns.length === 0
      ? sql`NULL::VARCHAR`
      : sql`coalesce(${join(
          projectColumns.map((_, pos) => raw(`p${String(pos)}.text`)),
          ', ',
        )}, NULL::VARCHAR)`;
  const optional = (c: Column | undefined) =>
    c ? sql`nullif(r.${cellColumn(c)}, '')` : sql`NULL::VARCHAR`;
  const respondentRows = (from: number, to: number): Sql =>
    sql`SELECT r.n, ${respondentId} AS respondent_id,
          CASE WHEN ${complete} THEN 'complete'
               WHEN r.n IN (SELECT n FROM _import_answers WHERE n >= ${from} AND n < ${to})
                 THEN 'partial'
               ELSE 'refusal' END AS disposition,
          ${projectId} AS project_id,
          ${optional(resolved.org)} AS org_id,
          ${optional(resolved.company)} AS company_id,
          ${submitted ? sql`t.text` : sql`NULL::VARCHAR`} AS submitted_at
        FROM (SELECT * FROM _import_resp JOIN _import_nth USING (n)
              WHERE n >= ${from} AND n < ${to}) r
        ${join(projectJoins, '')}
        ${submitted ? sql`LEFT JOIN _import_lk_cells t ON t.kind = 'submitted' AND t.cell = r.${cellColumn(submitted)}` : sql``}
        `;
  await engine.query(
    sql`CREATE OR REPLACE TABLE _import._import_nth AS
        SELECT n, row_number() OVER (ORDER BY n) AS nth FROM _import_resp`,
  );
  // In pieces that each commit, as the answers (see above).
  const { rows: span } = await engine.query<{ last: number | null }>(
    sql`SELECT max(n)::BIGINT AS last FROM _import_nth`,
  );
  const last = span[0]?.last ?? -1;
  await engine.query(
    sql`CREATE OR REPLACE TABLE _import._import_respondents AS ${respondentRows(0, 0)}`,
  );
  for (let from = 0; from <= last; from += RESPONDENT_PIECE) {
    await engine.query(
      sql`INSERT INTO _import_respondents ${respondentRows(from, from + RESPONDENT_PIECE)}`,
    );
  }

  const issues = await rowIssues(engine, file.fileName, resolved, mapped, projectColumns);
  const counts = await engine.query<{
    responses: number;
    first: string | null;
    last: string | null;
  }>(
    sql`SELECT count(*)::INTEGER AS responses, min(left(submitted_at, 10)) AS first,
               max(left(submitted_at, 10)) AS last FROM _import_respondents`,
  );
  const responses = counts.rows[0]?.responses ?? 0;
  const dates = [counts.rows[0]?.first, counts.rows[0]?.last].filter(
    (d): d is string => typeof d === 'string',
  );
  const stats = await questionStats(engine, mapped, responses);
  const waveResult = waveRow(mapping, wave, ctx, dates, responses);
  const allIssues = [
    ...resolved.issues,
    ...waveIssues(file.fileName, waveResult.problems),
    ...issues,
  ];
  if (allIssues.some((i) => i.severity === 'error') || !waveResult.survey) {
    return { ok: false, stats, responses, issues: allIssues };
  }
  const surveyId = String(waveResult.survey.survey_id);
  return {
    ok: true,
    surveyId,
    files: {
      surveys: csvBlob(canonicalCsv('surveys', [waveResult.survey])),
      questions: csvBlob(canonicalCsv('questions', questionRows(mapped, surveyId))),
      ...(await writtenFiles(engine, surveyId)),
    },
    stats,
    responses,
    issues: allIssues,
  };
}

/** Every problem found in the rows, in the order applyMapping lists them. */
async function rowIssues(
  engine: Engine,
  fileName: string,
  resolved: ReturnType<typeof resolveColumns>,
  mapped: ReturnType<typeof resolveColumns>['questions'],
  projectColumns: readonly Column[],
): Promise<ImportIssue[]> {
  const parts: Sql[] = [
    sql`SELECT NULL::BIGINT AS n, NULL::INTEGER AS line, 0 AS phase, 0 AS pos, 0 AS p,
        NULL::VARCHAR AS code, NULL::VARCHAR AS severity, NULL::VARCHAR AS value,
        NULL::VARCHAR AS detail, NULL::VARCHAR AS col WHERE false`,
  ];
  if (resolved.respondent) {
    const cell = cellColumn(resolved.respondent);
    const key = text(resolved.respondent.key);
    parts.push(
      sql`SELECT n, line, 0, 0, 0, 'required', 'error', NULL, NULL, ${key}
          FROM _import_resp WHERE ${cell} = ''`,
      sql`SELECT n, line, 0, 0, 0, 'duplicate_respondent', 'error', ${cell}, first::VARCHAR, ${key}
          FROM (SELECT n, line, ${cell}, first_value(line) OVER w AS first,
                       row_number() OVER w AS seen
                FROM _import_resp WHERE ${cell} <> ''
                WINDOW w AS (PARTITION BY ${cell} ORDER BY n))
          WHERE seen > 1`,
    );
  }
  for (const [pos, { column }] of mapped.entries()) {
    parts.push(
      sql`SELECT r.n, r.line, 1, ${int(pos)}, l.p, l.code, l.severity, l.value, l.detail,
                 ${text(column.key)}
          FROM _import_resp r JOIN _import_lk_problems l
            ON l.phase = 1 AND l.pos = ${int(pos)} AND l.cell = r.${cellColumn(column)}`,
    );
  }
  for (const [pos, column] of projectColumns.entries()) {
    parts.push(
      sql`SELECT r.n, r.line, 2, ${int(pos)}, l.p, l.code, l.severity, l.value, l.detail,
                 ${text(column.key)}
          FROM _import_resp r JOIN _import_lk_problems l
            ON l.phase = 2 AND l.pos = ${int(pos)} AND l.cell = r.${cellColumn(column)}`,
    );
  }
  if (resolved.submitted) {
    const cell = cellColumn(resolved.submitted);
    parts.push(
      sql`SELECT r.n, r.line, 3, 0, 0, 'bad_timestamp', 'error', r.${cell}, NULL,
                 ${text(resolved.submitted.key)}
          FROM _import_resp r LEFT JOIN _import_lk_cells t
            ON t.kind = 'submitted' AND t.cell = r.${cell}
          WHERE r.${cell} <> '' AND t.text IS NULL`,
    );
  }
  // A warning is listed once per column and value, on its first line (see applyMapping).
  const { rows } = await engine.query<{
    line: number;
    code: string;
    severity: 'error' | 'warning';
    value: string | null;
    detail: string | null;
    col: string;
  }>(
    sql`SELECT line, code, severity, value, detail, col FROM (
          SELECT *, row_number() OVER (
            PARTITION BY severity, code, col, coalesce(value, '') ORDER BY n, phase, pos, p) AS nth
          FROM (${join(parts, ' UNION ALL ')}))
        WHERE severity = 'error' OR nth = 1
        ORDER BY n, phase, pos, p`,
  );
  return rows.map((r) => ({
    code: r.code as IssueCode,
    severity: r.severity,
    ...(r.value !== null && { value: r.value }),
    ...(r.detail !== null && { detail: r.detail }),
    file: fileName,
    line: r.line,
    column: r.col,
  }));
}

/** guessDateOrder over a column's distinct values, read a page at a time. */
async function dateOrderOf(
  engine: Engine,
  column: Column,
  fallback: DateOrder,
): Promise<DateOrder> {
  let meridiem = false;
  for await (const cells of distinct(engine, column)) {
    const evidence = dateOrderEvidence(cells);
    if (evidence === 'dmy' || evidence === 'mdy') return evidence;
    if (evidence === 'meridiem') meridiem = true;
  }
  return meridiem ? 'mdy' : fallback;
}

/** Per mapped question code, what applyMapping's tallies count. */
async function questionStats(
  engine: Engine,
  mapped: ReturnType<typeof resolveColumns>['questions'],
  responses: number,
): Promise<QuestionStats[]> {
  type Row = {
    code: string;
    answered: number;
    na: number;
    invalid: number;
    sum: number | null;
    scored: number;
    promoters: number;
    detractors: number;
  };
  // One code at a time: grouping all answers by respondent at once took 300 MB at 1,000,000
  // respondents, against a tenth of that per code.
  const perCode = async (code: string): Promise<Row[]> =>
    (
      await engine.query<Row>(
        sql`WITH marks AS (
          SELECT code, n, bool_or(NOT na) AS answered, bool_or(na) AS na
          FROM _import_answers WHERE code = ${code} GROUP BY code, n),
        flags AS (
          SELECT code, n, coalesce(m.answered, false) AS answered, coalesce(m.na, false) AS na,
                 i.n IS NOT NULL AS invalid
          FROM marks m FULL JOIN (SELECT * FROM _import_invalid WHERE code = ${code}) i
            USING (code, n)),
        counted AS (
          SELECT code, count(*) FILTER (answered)::INTEGER AS answered,
                 count(*) FILTER (NOT answered AND na)::INTEGER AS na,
                 count(*) FILTER (NOT answered AND NOT na AND invalid)::INTEGER AS invalid
          FROM flags GROUP BY code),
        scores AS (
          SELECT code, sum(value_num) AS sum, count(value_num)::INTEGER AS scored,
                 count(*) FILTER (value_num >= 9)::INTEGER AS promoters,
                 count(*) FILTER (value_num <= 6)::INTEGER AS detractors
          FROM _import_answers WHERE code = ${code} AND NOT na GROUP BY code)
        SELECT * FROM counted FULL JOIN scores USING (code)`,
      )
    ).rows;
  const rows: Row[] = [];
  for (const code of new Set(mapped.map((m) => m.question.code)))
    rows.push(...(await perCode(code)));
  const byCode = new Map(rows.map((r) => [r.code, r]));
  const stats: QuestionStats[] = [];
  const codes = new Set<QuestionCode>(mapped.map((m) => m.question.code));
  for (const code of QUESTION_CODES) {
    if (!codes.has(code)) continue;
    const r = byCode.get(code);
    const answered = r?.answered ?? 0;
    const notApplicable = r?.na ?? 0;
    const invalid = r?.invalid ?? 0;
    const scored = r?.scored ?? 0;
    const sum = r?.sum ?? 0;
    stats.push({
      code,
      columns: mapped.filter((m) => m.question.code === code).map((m) => m.column.key),
      answered,
      missing: responses - answered - notApplicable - invalid,
      notApplicable,
      invalid,
      mean: scored > 0 && scoreRange(scaleOf(code)) ? sum / scored : null,
      nps:
        code === 'NPS' && scored > 0
          ? (100 * ((r?.promoters ?? 0) - (r?.detractors ?? 0))) / scored
          : null,
    });
  }
  return stats;
}

/**
 * Rows per COPY: DuckDB-WASM's writer slows down as its in-memory file grows (2.4 s for 45 MB
 * against 0.46 s for a quarter of it), so a large table is written in parts, one Blob of them.
 */
const COPY_ROWS = 250_000;

let outputs = 0;
/** What the last files were written from, kept for appendWave until it takes or the next replaces them. */
let kept: { views: string[]; tables: string[] } = { views: [], tables: [] };

export async function dropKeptOutputs(engine: Engine): Promise<void> {
  const { views, tables } = kept;
  kept = { views: [], tables: [] };
  for (const view of views) await engine.exec(`DROP VIEW IF EXISTS ${view}`).catch(() => undefined);
  for (const table of tables) {
    await engine.exec(`DROP TABLE IF EXISTS ${table}`).catch(() => undefined);
  }
}

/**
 * The respondents and answers files, as canonical CSV written by DuckDB's COPY from views over
 * the working tables. The views stay, so that appendWave inserts from them rather than reading
 * the files again; no second copy of the answers is made with their survey and respondent ids.
 */
async function writtenFiles(
  engine: Engine,
  surveyId: string,
): Promise<{ respondents: Blob; answers: Blob }> {
  await dropKeptOutputs(engine);
  const n = String(outputs++);
  const wave = `_import_wave_${n}`;
  const answerRows = `_import_kept_answers_${n}`;
  const respondentRows = `_import_kept_respondents_${n}`;
  const respondents = `_import_out_respondents_${n}`;
  const answers = `_import_out_answers_${n}`;
  kept = { views: [respondents, answers], tables: [wave, answerRows, respondentRows] };
  await engine.query(
    sql`CREATE TABLE _import.${raw(wave)} AS SELECT ${text(surveyId)} AS survey_id`,
  );
  await engine.exec(`ALTER TABLE _import_answers RENAME TO ${answerRows}`);
  await engine.exec(`ALTER TABLE _import_respondents RENAME TO ${respondentRows}`);
  await engine.exec(
    `CREATE VIEW _import.${respondents} AS SELECT w.survey_id, r.respondent_id, r.disposition, ` +
      `r.project_id, r.org_id, r.company_id, r.submitted_at, r.n AS i ` +
      `FROM ${respondentRows} r, ${wave} w`,
  );
  await engine.exec(
    `CREATE VIEW _import.${answers} AS SELECT w.survey_id, r.respondent_id, ` +
      `a.code AS question_code, a.value_num, a.value_text, a.na AS not_applicable, a.n AS i ` +
      `FROM ${answerRows} a JOIN ${respondentRows} r USING (n), ${wave} w`,
  );
  await engine.exec('DROP TABLE IF EXISTS _import_lk_answers');
  const files = {
    respondents: await copyInParts(engine, respondents),
    answers: await copyInParts(engine, answers),
  };
  const release = () => dropKeptOutputs(engine);
  registerStagedTable(files.respondents, respondents, release);
  registerStagedTable(files.answers, answers, release);
  return files;
}

/** Respondents per COPY (see COPY_ROWS); their answers are about ten times as many rows. */
const COPY_RESPONDENTS = 25_000;

async function copyInParts(engine: Engine, view: string): Promise<Blob> {
  const { rows } = await engine.query<{ last: number | null }>(
    sql`SELECT max(i)::BIGINT AS last FROM ${raw(view)}`,
  );
  const last = rows[0]?.last ?? 0;
  const parts: Blob[] = [];
  const step = view.startsWith('_import_out_answers') ? COPY_RESPONDENTS : COPY_ROWS;
  for (let start = 0; start === 0 || start <= last; start += step) {
    const name = `${view}_${String(start)}.csv`;
    parts.push(
      await engine.copyToBlob(
        name,
        `COPY (SELECT * EXCLUDE (i) FROM ${view} WHERE i >= ${String(start)} AND ` +
          `i < ${String(start + step)} ORDER BY i) TO '${name}' ` +
          `(HEADER ${start === 0 ? 'true' : 'false'}, DELIMITER ',', QUOTE '"', USE_TMP_FILE false)`,
      ),
    );
  }
  return new Blob(parts, { type: 'text/csv' });
}
