import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeEngine } from '../engine/node';
import type { Engine } from '../engine/types';
import { fixtureFiles } from '../indicators/testing/fixture';
import { sql } from '../sql';
import { csvBlob, waveFiles, WAVE_TABLES } from './wave';
import {
  EMPTY_WORKSPACE,
  loadWorkspace,
  OWN_WORKSPACE,
  parseWorkspace,
  serializeWorkspace,
  workspaceVersion,
  WorkspaceFormatError,
  type SurveyImport,
  type Workspace,
} from './workspace';

let engine: Engine;
beforeAll(async () => {
  engine = await createNodeEngine();
});
afterAll(async () => {
  await engine.close();
});

const IMPORT: SurveyImport = {
  surveyId: 'SRV-2023-STAKEHOLDER',
  fileName: 'stakeholders 2023.csv',
  tool: 'limesurvey',
  encoding: 'utf-8-bom',
  separator: ',',
  importedAt: '2026-11-26T10:00:00.000Z',
  responses: 1,
  mapping: { audience: 'stakeholder', questions: { TEVR: { code: 'SAT_OVERALL' } } },
  files: waveFiles({
    survey: {
      survey_id: 'SRV-2023-STAKEHOLDER',
      name: 'Stakeholders 2023',
      audience: 'stakeholder',
      fieldwork_start: '2023-10-01',
      fieldwork_end: '2023-10-31',
      population_n: null,
    },
    questions: [
      {
        survey_id: 'SRV-2023-STAKEHOLDER',
        question_code: 'SAT_OVERALL',
        text_nl: 'Tevredenheid',
        text_en: null,
        scale: 'likert5',
      },
    ],
    respondents: [
      {
        survey_id: 'SRV-2023-STAKEHOLDER',
        respondent_id: 'S1',
        disposition: 'complete',
        project_id: null,
        org_id: null,
        company_id: null,
        submitted_at: '2023-10-02 09:00:00',
      },
    ],
    answers: [
      {
        survey_id: 'SRV-2023-STAKEHOLDER',
        respondent_id: 'S1',
        question_code: 'SAT_OVERALL',
        value_num: 4,
        value_text: null,
        not_applicable: false,
      },
    ],
  }),
};

const count = async (table: string) =>
  Number((await engine.query(sql`SELECT count(*) AS n FROM query_table(${table})`)).rows[0]?.n);

describe('workspace', () => {
  it('loads the base tables with a replaced one and adds each stored wave', async () => {
    const demo = fixtureFiles();
    const calls = demo.get('calls')?.text ?? '';
    const ws: Workspace = {
      ...EMPTY_WORKSPACE,
      // The fixture's four calls, one budget changed.
      tables: [
        {
          table: 'calls',
          fileName: 'oproepen.csv',
          importedAt: '2026-11-26T09:00:00.000Z',
          rows: 4,
          text: calls.replace('2500000.00', '2600000.00'),
        },
      ],
      imports: [IMPORT],
    };
    const loaded = await loadWorkspace(engine, demo, ws);
    expect(loaded.report.ok).toBe(true);
    expect(loaded.failedImports).toEqual([]);
    expect(await count('surveys')).toBe(5);
    const { rows } = await engine.query(sql`SELECT max(budget_eur) AS b FROM calls`);
    expect(Number(rows[0]?.b)).toBe(2_600_000);
    expect(workspaceVersion(demo, ws)).not.toBe(workspaceVersion(demo, EMPTY_WORKSPACE));
  });

  it('reports a stored wave that no longer fits instead of loading half of it', async () => {
    const broken: SurveyImport = {
      ...IMPORT,
      files: {
        ...IMPORT.files,
        answers: csvBlob((await IMPORT.files.answers.text()).replace(',4,', ',four,')),
      },
    };
    const loaded = await loadWorkspace(engine, fixtureFiles(), {
      ...EMPTY_WORKSPACE,
      imports: [broken],
    });
    expect(loaded.failedImports.map((f) => f.surveyId)).toEqual(['SRV-2023-STAKEHOLDER']);
    expect(await count('surveys')).toBe(4);
    expect(await count('respondents')).toBe(33);
  });

  /** A workspace with its wave files read as text: Blobs compare equal whatever they hold. */
  async function readable(ws: Workspace) {
    return {
      ...ws,
      imports: await Promise.all(
        ws.imports.map(async (imp) => ({
          ...imp,
          files: Object.fromEntries(
            await Promise.all(
              WAVE_TABLES.map(async (t) => [t, await imp.files[t].text()] as const),
            ),
          ),
        })),
      ),
    };
  }

  it('reads wave files stored as bytes by earlier versions as the same files', async () => {
    const encoder = new TextEncoder();
    const stored = {
      ...EMPTY_WORKSPACE,
      imports: [
        {
          ...IMPORT,
          files: Object.fromEntries(
            await Promise.all(
              WAVE_TABLES.map(
                async (t) => [t, encoder.encode(await IMPORT.files[t].text())] as const,
              ),
            ),
          ),
        },
      ],
    };
    const ws = parseWorkspace(stored);
    expect(ws.imports[0]?.files.answers).toBeInstanceOf(Blob);
    expect(await readable(ws)).toEqual(await readable({ ...EMPTY_WORKSPACE, imports: [IMPORT] }));
  });

  it('round-trips through JSON and refuses what is not a workspace', async () => {
    const ws: Workspace = { ...EMPTY_WORKSPACE, imports: [IMPORT] };
    const back = parseWorkspace(JSON.parse(await serializeWorkspace(ws)) as unknown);
    expect(await readable(back)).toEqual(await readable(ws));
    expect((await readable(back)).imports[0]?.files.answers).toContain('SRV-2023-STAKEHOLDER');
    for (const bad of [
      null,
      { format: 'other' },
      { format: 'pio-workspace', version: 3, tables: [], imports: [] },
      { format: 'pio-workspace', version: 2, tables: [], imports: [], removedSurveys: [] },
      { format: 'pio-workspace', version: 2, base: 'demo', tables: [], imports: [] },
      {
        format: 'pio-workspace',
        version: 1,
        tables: [{ table: 'nope', text: '', fileName: 'x' }],
        imports: [],
      },
      { format: 'pio-workspace', version: 1, tables: [], imports: [{ surveyId: 'X' }] },
      { format: 'pio-workspace', version: 1, tables: [], imports: [IMPORT, IMPORT] },
    ]) {
      expect(() => parseWorkspace(bad)).toThrow(WorkspaceFormatError);
    }
  });

  it('reads a file of the first version as standing on the demo data', () => {
    expect(
      parseWorkspace({ format: 'pio-workspace', version: 1, tables: [], imports: [] }),
    ).toEqual(EMPTY_WORKSPACE);
  });

  it('loads a workspace of the user’s own without any demo table', async () => {
    const demo = fixtureFiles();
    const ws: Workspace = {
      ...OWN_WORKSPACE,
      tables: [
        {
          table: 'calls',
          fileName: 'oproepen.csv',
          importedAt: '2026-11-26T09:00:00.000Z',
          rows: 4,
          text: demo.get('calls')?.text ?? '',
        },
      ],
      imports: [IMPORT],
    };
    const loaded = await loadWorkspace(engine, demo, ws);
    expect(loaded.report.ok).toBe(true);
    expect(loaded.report.missing).not.toContain('calls');
    expect(loaded.report.missing).toContain('projects');
    expect(await count('calls')).toBe(4);
    expect(await count('projects')).toBe(0);
    // Only the user's own wave: none of the demo's.
    expect(await count('surveys')).toBe(1);
    expect(workspaceVersion(demo, ws)).not.toBe(workspaceVersion(demo, { ...ws, base: 'demo' }));
  });

  it('leaves out the demo rounds the user removed, and only those', async () => {
    const demo = fixtureFiles();
    const all = await loadWorkspace(engine, demo, EMPTY_WORKSPACE);
    expect(all.report.ok).toBe(true);
    const surveyIds = async () =>
      (
        await engine.query<{ survey_id: string }>(sql`SELECT survey_id FROM surveys ORDER BY 1`)
      ).rows.map((r) => r.survey_id);
    const ids = await surveyIds();
    const [removed, ...kept] = ids;
    if (removed === undefined) throw new Error('the fixture has no survey');
    const ws: Workspace = { ...EMPTY_WORKSPACE, removedSurveys: [removed] };
    await loadWorkspace(engine, demo, ws);
    expect(await surveyIds()).toEqual(kept);
    const orphans = await engine.query(
      sql`SELECT count(*) AS n FROM respondents WHERE survey_id = ${removed}`,
    );
    expect(Number(orphans.rows[0]?.n)).toBe(0);
    expect(workspaceVersion(demo, ws)).not.toBe(workspaceVersion(demo, EMPTY_WORKSPACE));
  });
});
