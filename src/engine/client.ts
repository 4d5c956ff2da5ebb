import type { SandboxHandle } from './browser';
import type { Engine, StartProgress } from './types';

export type { SandboxHandle };

/*
 * DuckDB's bindings and Arrow are loaded only when the engine is first asked for, so the first
 * screen (figures computed ahead of time) does not wait for them to be fetched and parsed.
 */
type Browser = typeof import('./browser');
let loading: Promise<Browser> | null = null;

const progressListeners = new Set<(p: StartProgress) => void>();
const crashListeners = new Set<(message: string) => void>();

function load(): Promise<Browser> {
  loading ??= import('./browser').then((m) => {
    m.onEngineProgress((p) => progressListeners.forEach((l) => l(p)));
    m.onEngineCrash((message) => crashListeners.forEach((l) => l(message)));
    return m;
  });
  loading.catch(() => {
    loading = null;
  });
  return loading;
}

/** Starts DuckDB once per page; a failed start can be retried by calling again. */
export async function getEngine(): Promise<Engine> {
  return (await load()).getEngine();
}

export async function startSandboxEngine(
  onCrash: (message: string) => void,
): Promise<SandboxHandle> {
  return (await load()).startSandboxEngine(onCrash);
}

export function onEngineProgress(listener: (p: StartProgress) => void): () => void {
  progressListeners.add(listener);
  return () => progressListeners.delete(listener);
}

/** Told when a running engine's worker failed: every query on it has been rejected. */
export function onEngineCrash(listener: (message: string) => void): () => void {
  crashListeners.add(listener);
  return () => crashListeners.delete(listener);
}
