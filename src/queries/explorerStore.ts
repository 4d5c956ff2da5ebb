import { useCallback, useState } from 'react';

const HISTORY_KEY = 'pio-dashboard:explorer-history';
const SAVED_KEY = 'pio-dashboard:explorer-saved';
export const HISTORY_LIMIT = 50;

export interface HistoryEntry {
  readonly text: string;
  readonly at: string;
  readonly ok: boolean;
}

export interface SavedQuery {
  readonly name: string;
  readonly text: string;
  readonly at: string;
}

function read<T>(key: string, valid: (x: unknown) => x is T): T[] {
  try {
    const raw = localStorage.getItem(key);
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(parsed) ? parsed.filter(valid) : [];
  } catch {
    return [];
  }
}

/** False when the browser refuses to store (private window, storage full). */
function write(key: string, value: unknown): boolean {
  try {
    localStorage.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

const isHistory = (x: unknown): x is HistoryEntry =>
  typeof x === 'object' &&
  x !== null &&
  typeof (x as HistoryEntry).text === 'string' &&
  typeof (x as HistoryEntry).at === 'string' &&
  typeof (x as HistoryEntry).ok === 'boolean';

const isSaved = (x: unknown): x is SavedQuery =>
  typeof x === 'object' &&
  x !== null &&
  typeof (x as SavedQuery).name === 'string' &&
  typeof (x as SavedQuery).text === 'string' &&
  typeof (x as SavedQuery).at === 'string';

export interface ExplorerStore {
  readonly history: readonly HistoryEntry[];
  readonly saved: readonly SavedQuery[];
  /** False when the browser would not keep it. */
  readonly stored: boolean;
  remember(text: string, ok: boolean): void;
  save(name: string, text: string): void;
  remove(name: string): void;
  clearHistory(): void;
}

/** The explorer's history and named queries, kept in this browser across reloads. */
export function useExplorerStore(): ExplorerStore {
  const [history, setHistory] = useState(() => read(HISTORY_KEY, isHistory));
  const [saved, setSaved] = useState(() => read(SAVED_KEY, isSaved));
  const [stored, setStored] = useState(true);

  const remember = useCallback((text: string, ok: boolean) => {
    const entry = { text, at: new Date().toISOString(), ok };
    const next = [entry, ...read(HISTORY_KEY, isHistory).filter((h) => h.text !== text)].slice(
      0,
      HISTORY_LIMIT,
    );
    setStored(write(HISTORY_KEY, next));
    setHistory(next);
  }, []);

  const save = useCallback((name: string, text: string) => {
    const entry = { name, text, at: new Date().toISOString() };
    const next = [entry, ...read(SAVED_KEY, isSaved).filter((q) => q.name !== name)];
    setStored(write(SAVED_KEY, next));
    setSaved(next);
  }, []);

  const remove = useCallback((name: string) => {
    const next = read(SAVED_KEY, isSaved).filter((q) => q.name !== name);
    setStored(write(SAVED_KEY, next));
    setSaved(next);
  }, []);

  const clearHistory = useCallback(() => {
    setStored(write(HISTORY_KEY, []));
    setHistory([]);
  }, []);

  return { history, saved, stored, remember, save, remove, clearHistory };
}
