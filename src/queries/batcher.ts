import type { QueryFn, RunOptions } from '../indicators/run';
import { computeBatch, newRunContext, type FigureRequest } from '../indicators/run';

/** What the loaded files lack: tables and optional columns, which figures resting on them name. */
export type Missing = Required<Pick<RunOptions, 'missingTables' | 'absentColumns'>>;
import type { IndicatorResult } from '../indicators/types';

interface Waiting {
  readonly request: FigureRequest;
  readonly missing: Missing;
  readonly signal: AbortSignal;
  readonly resolve: (r: IndicatorResult) => void;
  readonly reject: (e: unknown) => void;
}

export class SupersededError extends Error {
  override readonly name = 'SupersededError';
  constructor() {
    super('No longer asked for');
  }
}

/**
 * Collects the figures a screen asks for in the same moment and computes them together. The
 * engine's worker runs statements one after another, so a batch is sent only once the previous
 * one is done: a figure whose query was abandoned meanwhile (a newer filter change, another
 * screen) is dropped before it costs anything.
 */
export function createBatcher(engineQuery: () => Promise<QueryFn>) {
  let waiting: Waiting[] = [];
  let scheduled = false;
  let previous: Promise<void> = Promise.resolve();

  async function flush(): Promise<void> {
    scheduled = false;
    const taken = waiting;
    waiting = [];
    const groups = new Map<string, Waiting[]>();
    for (const w of taken) {
      if (w.signal.aborted) {
        w.reject(new SupersededError());
        continue;
      }
      const key = JSON.stringify(w.missing);
      groups.set(key, [...(groups.get(key) ?? []), w]);
    }
    for (const live of groups.values()) {
      try {
        const ctx = newRunContext(await engineQuery());
        const results = computeBatch(
          live.map((w) => w.request),
          ctx,
          live[0]?.missing ?? {},
        );
        await Promise.all(
          results.map((p, i) =>
            p.then(
              (r) => live[i]?.resolve(r),
              (e: unknown) => live[i]?.reject(e),
            ),
          ),
        );
      } catch (e) {
        for (const w of live) w.reject(e);
      }
    }
  }

  return function compute(
    request: FigureRequest,
    missing: Missing,
    signal: AbortSignal,
  ): Promise<IndicatorResult> {
    return new Promise<IndicatorResult>((resolve, reject) => {
      waiting.push({ request, missing, signal, resolve, reject });
      if (scheduled) return;
      scheduled = true;
      // After the previous batch, and one task later, so that every card of a render joins.
      previous = previous.then(
        () =>
          new Promise<void>((done) => {
            setTimeout(() => void flush().finally(done), 0);
          }),
      );
    });
  };
}
