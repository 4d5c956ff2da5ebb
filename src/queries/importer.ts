import { getEngine } from '../engine/client';
import { MAX_IMPORT_BYTES } from '../ingest/survey/decode';
import { applyMappingInEngine, dropKeptOutputs } from '../ingest/survey/duckdb/apply';
import { dropStaged, stageCsvExport, type StagedExport } from '../ingest/survey/duckdb/read';
import { propose } from '../ingest/survey/propose';
import { previewFromCounts } from '../ingest/survey/protocol';
import { sql } from '../sql';
import type {
  ApplyResponse,
  ImportPhase,
  ReadResponse,
  WorkerRequest,
  WorkerResponse,
} from '../ingest/survey/protocol';
import type { Mapping, WaveInfo } from '../ingest/survey/types';

export type {
  ApplyResponse,
  FilePreview,
  ImportPhase,
  ReadResponse,
} from '../ingest/survey/protocol';
export type { Mapping, QuestionMapping, WaveInfo, QuestionStats } from '../ingest/survey/types';
export { MAX_IMPORT_BYTES };
export { isPersonalColumn } from '../ingest/survey/mapping';

export class ImportCancelledError extends Error {
  override readonly name = 'ImportCancelledError';
  constructor() {
    super('cancelled');
  }
}

type Pending = {
  resolve: (r: WorkerResponse) => void;
  reject: (e: Error) => void;
};

/**
 * One survey export on its way in. A CSV file is read by DuckDB's own reader and mapped in SQL
 * (ingest/survey/duckdb); a workbook, and a CSV file with a problem to report by line, are read
 * and mapped in a worker of its own. Neither freezes the page. Cancelling ends the worker and
 * drops what DuckDB staged; nothing was stored before `accept`.
 */
export class ImportSession {
  private worker: Worker | null = null;
  private next = 1;
  private readonly pending = new Map<number, Pending>();
  private staged: StagedExport | null = null;
  /** The file whose rows are staged, to stage again after releaseRows. */
  private file: File | null = null;
  private rowsReleased = false;
  private cancelled: (() => void) | null = null;

  constructor(private readonly onPhase: (phase: ImportPhase | null) => void) {}

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('../ingest/survey/import.worker.ts', import.meta.url), {
      type: 'module',
      name: 'pio-import',
    });
    worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
      const msg = event.data;
      if (msg.type === 'progress') {
        this.onPhase(msg.phase);
        return;
      }
      const p = this.pending.get(msg.id);
      this.pending.delete(msg.id);
      this.onPhase(null);
      if (!p) return;
      if (msg.type === 'failed') p.reject(new Error(msg.message));
      else p.resolve(msg);
    };
    worker.onerror = (event) => {
      const error = new Error(event.message || 'the import worker stopped');
      for (const p of this.pending.values()) p.reject(error);
      this.pending.clear();
      this.worker = null;
      this.onPhase(null);
    };
    this.worker = worker;
    return worker;
  }

  private request(req: WorkerRequest, transfer: Transferable[] = []): Promise<WorkerResponse> {
    const worker = this.start();
    return new Promise((resolve, reject) => {
      this.pending.set(req.id, { resolve, reject });
      worker.postMessage(req, transfer);
    });
  }

  /** Runs a step in the engine; a cancel rejects it at once and leaves its result unused. */
  private inEngine<T>(step: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      let cancelled = false;
      this.cancelled = () => {
        cancelled = true;
        reject(new ImportCancelledError());
      };
      step().then((value) => {
        // A step cancelled while DuckDB ran it ends all the same: what it staged goes.
        if (cancelled) void getEngine().then(dropStaged);
        resolve(value);
      }, reject);
    }).finally(() => {
      this.cancelled = null;
      this.onPhase(null);
    });
  }

  private async dropStaged(): Promise<void> {
    if (!this.staged) return;
    this.staged = null;
    const engine = await getEngine();
    await dropStaged(engine);
    await dropKeptOutputs(engine);
  }

  async read(file: File): Promise<ReadResponse> {
    this.onPhase('decoding');
    await this.dropStaged();
    const staged = await this.inEngine(async () => {
      this.onPhase('parsing');
      return stageCsvExport(await getEngine(), file, file.name);
    }).catch((e: unknown) => {
      // Whatever DuckDB could not read, the JavaScript reader reads, or reports by line.
      if (e instanceof ImportCancelledError) throw e;
      return null;
    });
    if (staged) {
      this.staged = staged;
      this.file = file;
      this.rowsReleased = false;
      const proposal = propose(staged.file);
      return {
        ok: true,
        preview: previewFromCounts(staged.file, staged.rowCount, staged.counts, proposal.columns),
        proposed: proposal.mapping,
        issues: [],
      };
    }
    this.onPhase('decoding');
    const res = await this.request({ type: 'read', id: this.next++, file });
    if (res.type !== 'read') throw new Error(`unexpected answer ${res.type}`);
    return res.result;
  }

  async apply(
    mapping: Mapping,
    wave: WaveInfo,
    context: {
      knownProjects: readonly string[];
      existingSurveys: readonly string[];
      replaces: string | null;
    },
  ): Promise<ApplyResponse> {
    const staged = this.staged;
    if (staged) {
      return this.inEngine(async () => {
        this.onPhase('mapping');
        const engine = await getEngine();
        if (this.rowsReleased && this.file) {
          if (!(await stageCsvExport(engine, this.file, this.file.name))) {
            throw new Error(`${this.file.name} could not be read again`);
          }
          this.rowsReleased = false;
        }
        return applyMappingInEngine(engine, staged, mapping, wave, {
          knownProjects: new Set(context.knownProjects),
          existingSurveys: new Set(context.existingSurveys),
          ...(context.replaces !== null && { replaces: context.replaces }),
        });
      });
    }
    const res = await this.request({ type: 'apply', id: this.next++, mapping, wave, ...context });
    if (res.type !== 'applied') throw new Error(`unexpected answer ${res.type}`);
    return res.result;
  }

  /**
   * Frees the export's rows before an accepted wave is added, so that the engine does not hold
   * them beside the new answers; a later check stages them again from the file.
   */
  async releaseRows(): Promise<void> {
    if (!this.staged || this.rowsReleased) return;
    this.rowsReleased = true;
    await dropStaged(await getEngine());
  }

  cancel(): void {
    this.cancelled?.();
    this.dropStaged().catch(() => undefined);
    this.worker?.terminate();
    this.worker = null;
    for (const p of this.pending.values()) p.reject(new ImportCancelledError());
    this.pending.clear();
    this.onPhase(null);
  }
}

/** What a new wave is checked against: the portfolio's projects and the waves already loaded. */
export async function portfolioContext(): Promise<{
  knownProjects: string[];
  existingSurveys: string[];
}> {
  const engine = await getEngine();
  const [projects, surveys] = await Promise.all([
    engine.query<{ project_id: string }>(sql`SELECT project_id FROM projects`),
    engine.query<{ survey_id: string }>(sql`SELECT survey_id FROM surveys`),
  ]);
  return {
    knownProjects: projects.rows.map((r) => r.project_id),
    existingSurveys: surveys.rows.map((r) => r.survey_id),
  };
}
