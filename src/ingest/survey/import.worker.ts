/// <reference lib="webworker" />
import { waveFiles } from '../wave';
import { applyMapping } from './apply';
import { propose } from './propose';
import { previewOf, type WorkerRequest, type WorkerResponse } from './protocol';
import { readExport } from './read';
import type { ParsedFile } from './types';

// Reading, parsing and mapping a large export runs here, off the page's main thread; the
// parsed rows stay in the worker between the preview and the import.

declare const self: DedicatedWorkerGlobalScope;

let parsed: ParsedFile | null = null;

function post(message: WorkerResponse, transfer: Transferable[] = []): void {
  self.postMessage(message, transfer);
}

async function handle(req: WorkerRequest): Promise<void> {
  if (req.type === 'read') {
    parsed = null;
    post({ type: 'progress', id: req.id, phase: 'parsing' });
    const result = await readExport(new Uint8Array(await req.file.arrayBuffer()), req.file.name);
    if (!result.ok) {
      post({ type: 'read', id: req.id, result: { ok: false, issues: result.issues } });
      return;
    }
    parsed = result.file;
    const proposal = propose(result.file);
    post({
      type: 'read',
      id: req.id,
      result: {
        ok: true,
        preview: previewOf(result.file, proposal.columns),
        proposed: proposal.mapping,
        issues: result.issues,
      },
    });
    return;
  }
  if (!parsed) throw new Error('no file read yet');
  post({ type: 'progress', id: req.id, phase: 'mapping' });
  const result = applyMapping(parsed, req.mapping, req.wave, {
    knownProjects: new Set(req.knownProjects),
    existingSurveys: new Set(req.existingSurveys),
    replaces: req.replaces ?? undefined,
  });
  if (!result.ok) {
    post({ type: 'applied', id: req.id, result });
    return;
  }
  post({ type: 'progress', id: req.id, phase: 'writing' });
  const files = waveFiles(result.wave);
  post({
    type: 'applied',
    id: req.id,
    result: {
      ok: true,
      surveyId: String(result.wave.survey.survey_id),
      files,
      stats: result.stats,
      responses: result.responses,
      issues: result.issues,
    },
  });
}

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  handle(event.data).catch((e: unknown) => {
    post({
      type: 'failed',
      id: event.data.id,
      message: e instanceof Error ? e.message : String(e),
    });
  });
};
