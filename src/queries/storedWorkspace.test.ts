import { afterEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_WORKSPACE, type Workspace } from '../ingest/workspace';
import { noteStoredWorkspace, storedLooksEmpty } from './storedWorkspace';

/** localStorage as the browser gives it, over a Map. */
function fakeStorage(entries: Record<string, string> = {}): Storage {
  const map = new Map(Object.entries(entries));
  return {
    get length() {
      return map.size;
    },
    key: (i: number) => [...map.keys()][i] ?? null,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
    clear: () => map.clear(),
  };
}

const WITH_TABLE: Workspace = {
  ...EMPTY_WORKSPACE,
  tables: [{ table: 'calls', fileName: 'calls.csv', importedAt: '', rows: 1, text: 'x' }],
};

describe('knowing before IndexedDB answers whether the stored workspace is empty', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('takes a browser that holds nothing of the app (a first visit) as empty', () => {
    vi.stubGlobal('localStorage', fakeStorage());
    expect(storedLooksEmpty()).toBe(true);
  });

  it('waits for IndexedDB when the browser holds the app’s data but no note (an earlier version)', () => {
    vi.stubGlobal('localStorage', fakeStorage({ 'pio-kept-figures': '[]' }));
    expect(storedLooksEmpty()).toBe(false);
  });

  it('follows the note of the last read or write', () => {
    const storage = fakeStorage({ 'pio-kept-figures': '[]' });
    vi.stubGlobal('localStorage', storage);
    noteStoredWorkspace(EMPTY_WORKSPACE);
    expect(storedLooksEmpty()).toBe(true);
    noteStoredWorkspace(WITH_TABLE);
    expect(storedLooksEmpty()).toBe(false);
    noteStoredWorkspace('unknown');
    expect(storedLooksEmpty()).toBe(false);
  });

  it('waits for IndexedDB when localStorage cannot be read', () => {
    vi.stubGlobal('localStorage', {
      get length(): number {
        throw new Error('SecurityError');
      },
      getItem: () => {
        throw new Error('SecurityError');
      },
    });
    expect(storedLooksEmpty()).toBe(false);
    expect(() => noteStoredWorkspace(EMPTY_WORKSPACE)).not.toThrow();
  });
});
