import { loadCsvTable } from '../engine/load';
import type { Engine } from '../engine/types';
import { tableDef, type TableName } from '../model';
import { quoteField } from '../lib/csv';
import { Identifier, quoteIdent, raw, sql } from '../sql';
import type { CanonicalRow, WaveRows } from './survey/types';

/** The survey tables one wave writes to, parents first. */
export const WAVE_TABLES = ['surveys', 'questions', 'respondents', 'answers'] as const;
export type WaveTable = (typeof WAVE_TABLES)[number];

const STAGING = '_wave_';

function cell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? quoteField(value, ',') : String(value);
}

function lineOf(columns: readonly string[]): (row: CanonicalRow) => string {
  return (row) => {
    let line = cell(row[columns[0] as string]);
    for (let i = 1; i < columns.length; i++) line += `,${cell(row[columns[i] as string])}`;
    return line;
  };
}

/**
 * Canonical CSV (the format of datasets/): comma, RFC 4180 quoting, no BOM, text exactly as
 * given. Unlike an export for people, a cell that looks like a formula is kept as written.
 */
export function canonicalCsv(table: TableName, rows: readonly CanonicalRow[]): string {
  const columns = tableDef(table).columns.map((c) => c.name);
  const line = lineOf(columns);
  return `${[columns.join(','), ...rows.map(line)].join('\n')}\n`;
}

const CHUNK_CHARS = 1 << 16;

/**
 * A wave's rows as canonical CSV (UTF-8) in Blobs. A Blob passes from the import worker to the
 * page, into IndexedDB and into the engine by reference: a large wave's bytes are never copied
 * or cloned on the page's main thread, which an 80 MB copy would hold up for half a second.
 */
export type WaveFiles = Readonly<Record<WaveTable, Blob>>;

export function csvBlob(parts: Uint8Array | string | readonly Uint8Array[]): Blob {
  const list = typeof parts === 'string' || parts instanceof Uint8Array ? [parts] : parts;
  return new Blob(list as (Uint8Array<ArrayBuffer> | string)[], { type: 'text/csv' });
}

/**
 * canonicalCsv as a Blob of UTF-8 pieces: a wave's answers never become one text, and their
 * bytes are copied once, into the Blob, rather than each time a buffer grows.
 */
function canonicalBlob(table: TableName, rows: readonly CanonicalRow[]): Blob {
  const columns = tableDef(table).columns.map((c) => c.name);
  const line = lineOf(columns);
  const encoder = new TextEncoder();
  const pieces: Uint8Array[] = [];
  let piece = `${columns.join(',')}\n`;
  for (const row of rows) {
    piece += `${line(row)}\n`;
    if (piece.length > CHUNK_CHARS) {
      pieces.push(encoder.encode(piece));
      piece = '';
    }
  }
  pieces.push(encoder.encode(piece));
  return csvBlob(pieces);
}

export function waveFiles(wave: WaveRows): WaveFiles {
  return {
    surveys: canonicalBlob('surveys', [wave.survey]),
    questions: canonicalBlob('questions', wave.questions),
    respondents: canonicalBlob('respondents', wave.respondents),
    answers: canonicalBlob('answers', wave.answers),
  };
}

/**
 * Tables the engine already holds with exactly a wave file's rows (the DuckDB import path writes
 * the file from one): appendWave copies the table rather than reading the file again. Keyed by
 * the Blob itself, so only that very file is taken for the table.
 */
const stagedTables = new WeakMap<Blob, { relation: string; release: () => Promise<void> }>();

/** `release` drops the relation (and what it is made of) once appendWave has taken it. */
export function registerStagedTable(
  file: Blob,
  relation: string,
  release: () => Promise<void>,
): void {
  stagedTables.set(file, { relation, release });
}

export class WaveConflictError extends Error {
  override readonly name = 'WaveConflictError';
  constructor(readonly surveyId: string) {
    super(`survey wave ${surveyId} already exists`);
  }
}

async function deleteWave(engine: Engine, surveyId: string): Promise<void> {
  for (const name of [...WAVE_TABLES].reverse()) {
    await engine.query(sql`DELETE FROM ${table(name)} WHERE survey_id = ${surveyId}`);
  }
}

function table(name: WaveTable): Identifier {
  return Identifier.of(name, WAVE_TABLES);
}

/**
 * Adds one survey wave to the loaded tables, or replaces the wave `replaces`, in a single
 * transaction: either every row of the wave is in, or nothing changed.
 */
export async function appendWave(
  engine: Engine,
  surveyId: string,
  files: WaveFiles,
  replaces: string | null = null,
): Promise<void> {
  const staged: string[] = [];
  const sources = new Map<WaveTable, string>();
  const taken: { file: Blob; release: () => Promise<void> }[] = [];
  let answersView: { relation: string; select: string } | null = null;
  let early = false;
  try {
    for (const name of WAVE_TABLES) {
      const columns = tableDef(name).columns.map((c) => ({ name: c.name, type: c.type }));
      const stagedTable = stagedTables.get(files[name]);
      if (stagedTable !== undefined && (await relationExists(engine, stagedTable.relation))) {
        const select = columns
          .map((c) => `CAST(${quoteIdent(c.name)} AS ${c.type}) AS ${quoteIdent(c.name)}`)
          .join(', ');
        sources.set(name, `SELECT ${select} FROM ${quoteIdent(stagedTable.relation)}`);
        if (name === 'answers') answersView = { relation: stagedTable.relation, select };
        taken.push({ file: files[name], release: stagedTable.release });
        continue;
      }
      // A file from elsewhere (a workspace file edited by hand) is read by its header instead.
      const header = (await files[name].slice(0, 4096).text()).split('\n', 1)[0];
      const canonical = header === columns.map((c) => c.name).join(',');
      await loadCsvTable(engine, STAGING + name, columns, files[name], { canonical });
      staged.push(STAGING + name);
      sources.set(name, `SELECT * FROM ${quoteIdent(STAGING + name)}`);
    }
    if (answersView !== null && replaces !== surveyId && (await unused(engine, surveyId))) {
      early = true;
      await insertInPieces(engine, answersView.relation, answersView.select);
    }
    await engine.exec('BEGIN TRANSACTION');
    try {
      if (replaces !== null) await deleteWave(engine, replaces);
      const { rows } = await engine.query(
        sql`SELECT count(*) AS n FROM surveys WHERE survey_id = ${surveyId}`,
      );
      if (Number(rows[0]?.n ?? 0) > 0) throw new WaveConflictError(surveyId);
      for (const name of WAVE_TABLES) {
        if (early && name === 'answers') continue;
        await engine.exec(`INSERT INTO ${quoteIdent(name)} ${sources.get(name) ?? ''}`);
      }
      await engine.exec('COMMIT');
    } catch (e) {
      await engine.exec('ROLLBACK').catch(() => undefined);
      throw e;
    }
    early = false;
    // Used once: a later append of the same file reads the file.
    for (const { file, release } of taken) {
      stagedTables.delete(file);
      await release().catch(() => undefined);
    }
  } finally {
    if (early) {
      await engine
        .query(sql`DELETE FROM answers WHERE survey_id = ${surveyId}`)
        .catch(() => undefined);
    }
    for (const name of staged) {
      await engine.exec(`DROP TABLE IF EXISTS ${quoteIdent(name)}`).catch(() => undefined);
    }
  }
}

/** No survey and no answer carries the id yet: answers added under it belong to this append alone. */
async function unused(engine: Engine, surveyId: string): Promise<boolean> {
  const { rows } = await engine.query(
    sql`SELECT (SELECT count(*) FROM surveys WHERE survey_id = ${surveyId})
             + (SELECT count(*) FROM answers WHERE survey_id = ${surveyId}) AS n`,
  );
  return Number(rows[0]?.n ?? 0) === 0;
}

/** Respondents whose answers one statement adds (about seven answers each, 60 MB a statement). */
const PIECE_RESPONDENTS = 100_000;

/**
 * A large import's answers, added before the transaction that adds the rest of its wave, in
 * statements that each commit: DuckDB holds a transaction's rows uncompressed until it
 * commits, 570 MB more for 6.5 million answers in one (measured in Node). No figure counts
 * them before the wave's survey is in, since every figure reads answers through their survey
 * (indicators/base.ts); if the append fails they are deleted again.
 */
async function insertInPieces(engine: Engine, relation: string, select: string): Promise<void> {
  const { rows } = await engine.query<{ last: number | null }>(
    sql`SELECT max(i)::BIGINT AS last FROM ${raw(quoteIdent(relation))}`,
  );
  const last = rows[0]?.last ?? -1;
  for (let start = 0; start <= last; start += PIECE_RESPONDENTS) {
    await engine.query(
      sql`INSERT INTO answers SELECT ${raw(select)} FROM ${raw(quoteIdent(relation))}
          WHERE i >= ${start} AND i < ${start + PIECE_RESPONDENTS}`,
    );
  }
}

async function relationExists(engine: Engine, name: string): Promise<boolean> {
  const { rows } = await engine.query(
    sql`SELECT (SELECT count(*) FROM duckdb_tables() WHERE table_name = ${name})
             + (SELECT count(*) FROM duckdb_views() WHERE view_name = ${name}) AS n`,
  );
  return Number(rows[0]?.n ?? 0) > 0;
}

/** Removes one survey wave and everything that hangs on it, in one transaction. */
export async function removeWave(engine: Engine, surveyId: string): Promise<void> {
  await engine.exec('BEGIN TRANSACTION');
  try {
    await deleteWave(engine, surveyId);
    await engine.exec('COMMIT');
  } catch (e) {
    await engine.exec('ROLLBACK').catch(() => undefined);
    throw e;
  }
}

/** Erases one respondent's case and answers (a request under the GDPR), in one transaction. */
export async function eraseRespondent(
  engine: Engine,
  surveyId: string,
  respondentId: string,
): Promise<number> {
  await engine.exec('BEGIN TRANSACTION');
  try {
    const { rows } = await engine.query(
      sql`SELECT count(*) AS n FROM respondents
          WHERE survey_id = ${surveyId} AND respondent_id = ${respondentId}`,
    );
    for (const name of ['answers', 'respondents'] as const) {
      await engine.query(
        sql`DELETE FROM ${table(name)}
            WHERE survey_id = ${surveyId} AND respondent_id = ${respondentId}`,
      );
    }
    await engine.exec('COMMIT');
    return Number(rows[0]?.n ?? 0);
  } catch (e) {
    await engine.exec('ROLLBACK').catch(() => undefined);
    throw e;
  }
}
