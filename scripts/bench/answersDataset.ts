import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { applyMapping } from '../../src/ingest/survey/apply';
import { proposeMapping } from '../../src/ingest/survey/propose';
import { readExport } from '../../src/ingest/survey/read';
import type { SurveyImport } from '../../src/ingest/workspace';
import { WAVE_TABLES, waveFiles } from '../../src/ingest/wave';
import { writeLargeExport } from './largeExport';

/** A stored survey wave on disk: its four canonical CSV files and the import record. */
export interface AnswersDataset {
  readonly dir: string;
  readonly record: Omit<SurveyImport, 'files'>;
  /** Rows of the answers table once loaded: the demo's answers plus the wave's. */
  readonly answerRows: number;
  readonly waveRespondents: number;
}

/** Bump when the way the files are made changes, so a stale copy is made again. */
const FORMAT = 1;
const SEED = 20250630;

interface Meta {
  readonly format: number;
  readonly demoAnswers: number;
  readonly record: Omit<SurveyImport, 'files'>;
  readonly answerRows: number;
  readonly waveRespondents: number;
}

/** Records, not lines: some answers hold a line break inside quotes. */
function demoAnswerRows(): number {
  const text = readFileSync(path.join('datasets', 'answers.csv'), 'utf8');
  return Papa.parse(text, { header: true, skipEmptyLines: true }).data.length;
}

function projectIds(): Set<string> {
  const lines = readFileSync(path.join('datasets', 'projects.csv'), 'utf8').split('\n').slice(1);
  return new Set(lines.map((l) => l.split(',')[0] ?? '').filter((id) => id !== ''));
}

/**
 * A survey wave that brings the answers table to exactly `totalAnswers` rows. It is made by the
 * app's own import (detection, proposed mapping, validation, canonical files) from a generated
 * LimeSurvey export with a fixed seed; the wave's answer rows past the total are left out, with
 * the respondents after the last one kept. Made once and kept under `dir`.
 */
export async function answersDataset(root: string, totalAnswers: number): Promise<AnswersDataset> {
  const dir = path.join(root, `answers-${String(totalAnswers)}`);
  const metaFile = path.join(dir, 'import.json');
  const demoAnswers = demoAnswerRows();
  if (existsSync(metaFile)) {
    const meta = JSON.parse(readFileSync(metaFile, 'utf8')) as Meta;
    if (meta.format === FORMAT && meta.demoAnswers === demoAnswers) {
      return {
        dir,
        record: meta.record,
        answerRows: meta.answerRows,
        waveRespondents: meta.waveRespondents,
      };
    }
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const wanted = totalAnswers - demoAnswers;
  // About seven answer rows per respondent in this export: six leaves a margin.
  const respondents = Math.ceil(wanted / 6);
  const exportFile = path.join(dir, 'export.csv');
  await writeLargeExport(exportFile, respondents, SEED);
  const fileName = `limesurvey-${String(respondents)}.csv`;
  const read = await readExport(new Uint8Array(readFileSync(exportFile)), fileName);
  rmSync(exportFile);
  if (!read.ok) throw new Error(`the generated export was refused: ${JSON.stringify(read.issues)}`);
  const mapping = proposeMapping(read.file);
  const applied = applyMapping(read.file, mapping, mapping.survey ?? {}, {
    knownProjects: projectIds(),
    existingSurveys: new Set(),
  });
  if (!applied.ok) {
    const errors = applied.issues.filter((i) => i.severity === 'error').slice(0, 5);
    throw new Error(`the generated export did not map: ${JSON.stringify(errors)}`);
  }
  const { wave } = applied;
  if (wave.answers.length < wanted) {
    throw new Error(
      `the wave has ${String(wave.answers.length)} answers, ${String(wanted)} wanted`,
    );
  }
  const answers = wave.answers.slice(0, wanted);
  const last = answers[answers.length - 1]?.respondent_id;
  const lastIndex = wave.respondents.findIndex((r) => r.respondent_id === last);
  const kept = wave.respondents.slice(0, lastIndex + 1);
  const files = waveFiles({ ...wave, respondents: kept, answers });
  for (const t of WAVE_TABLES) {
    writeFileSync(path.join(dir, `${t}.csv`), new Uint8Array(await files[t].arrayBuffer()));
  }
  const surveyId = String(wave.survey.survey_id);
  const record: Omit<SurveyImport, 'files'> = {
    surveyId,
    fileName,
    tool: read.file.tool,
    encoding: read.file.encoding,
    separator: read.file.separator,
    importedAt: '2025-06-30T12:00:00.000Z',
    responses: kept.length,
    mapping: { ...mapping, survey: { ...mapping.survey, surveyId } },
  };
  const meta: Meta = {
    format: FORMAT,
    demoAnswers,
    record,
    answerRows: demoAnswers + answers.length,
    waveRespondents: kept.length,
  };
  writeFileSync(metaFile, JSON.stringify(meta, null, 2));
  return { dir, record, answerRows: meta.answerRows, waveRespondents: kept.length };
}

const SEED_PATH = '__bench/';

/**
 * Stores the wave as the app's own workspace in the page's origin before the app starts: the
 * IndexedDB record the Import page writes on an accepted import (database 'pio-dashboard',
 * store 'workspace', key 'current'; files as Blobs of UTF-8 canonical CSV). The files reach the
 * page through an intercepted address of the app's origin; the app itself is not loaded.
 */
export async function storeWorkspace(page: Page, base: string, ds: AnswersDataset): Promise<void> {
  await page.route(`${base}${SEED_PATH}**`, async (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop() ?? '';
    if (name === 'seed.html') {
      await route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>seed</title>' });
    } else if ((WAVE_TABLES as readonly string[]).includes(name.replace(/\.csv$/, ''))) {
      await route.fulfill({ contentType: 'text/csv', path: path.join(ds.dir, name) });
    } else {
      await route.fulfill({ status: 404, body: '' });
    }
  });
  await page.goto(`${base}${SEED_PATH}seed.html`);
  await page.evaluate(
    async ({ record, tables }) => {
      const files: Record<string, Blob> = {};
      for (const t of tables) {
        const response = await fetch(`./${t}.csv`);
        files[t] = await response.blob();
      }
      const workspace = {
        format: 'pio-workspace',
        version: 1,
        tables: [],
        imports: [{ ...record, files }],
      };
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('pio-dashboard', 1);
        request.onupgradeneeded = () => request.result.createObjectStore('workspace');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(new Error(request.error?.message ?? 'open failed'));
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('workspace', 'readwrite');
        tx.objectStore('workspace').put(workspace, 'current');
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(new Error(tx.error?.message ?? 'write failed'));
      });
      db.close();
    },
    { record: ds.record, tables: [...WAVE_TABLES] },
  );
  await page.unroute(`${base}${SEED_PATH}**`);
}
