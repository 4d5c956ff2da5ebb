import { loadStoredWorkspace, StoredDataCorruptError } from '../ingest/store';
import { EMPTY_WORKSPACE, isEmptyWorkspace, type Workspace } from '../ingest/workspace';

/** Whether the browser keeps what the user imports. */
export type StorageState = 'ok' | 'unavailable' | 'corrupt';

export interface StoredRead {
  readonly ws: Workspace;
  readonly storage: StorageState;
  readonly detail: string | null;
}

const HINT_KEY = 'pio-stored-workspace';

/** Remembers for the next start whether the stored workspace is empty (see storedLooksEmpty). */
export function noteStoredWorkspace(ws: Workspace | 'unknown'): void {
  try {
    localStorage.setItem(HINT_KEY, ws !== 'unknown' && isEmptyWorkspace(ws) ? 'empty' : 'stored');
  } catch {
    // Then the next start waits for IndexedDB, as it would without the note.
  }
}

/**
 * Whether the stored workspace is empty, known before IndexedDB answers (which takes 200 to
 * 500 ms at start-up): this page noted so when it last read or wrote it, or this browser holds
 * nothing of the app's at all (a first visit). The figures computed ahead for the demo data can
 * then be shown at once, marked as such; should IndexedDB answer otherwise, they give way.
 */
export function storedLooksEmpty(): boolean {
  try {
    const hint = localStorage.getItem(HINT_KEY);
    return hint === 'empty' || (hint === null && localStorage.length === 0);
  } catch {
    return false;
  }
}

function readStored(): Promise<StoredRead> {
  return loadStoredWorkspace().then(
    (ws) => {
      noteStoredWorkspace(ws);
      return { ws, storage: 'ok' as const, detail: null };
    },
    (e: unknown) => {
      const detail = e instanceof Error ? e.message : String(e);
      const corrupt = e instanceof StoredDataCorruptError;
      if (corrupt) noteStoredWorkspace('unknown');
      return { ws: EMPTY_WORKSPACE, storage: corrupt ? 'corrupt' : 'unavailable', detail };
    },
  );
}

/** Storage as read at start-up, for the first load of the data only. */
let firstRead: Promise<StoredRead> | null = null;
let firstReadTaken = false;

/**
 * Starts reading the stored workspace. The page calls this before its own code is evaluated
 * (src/app/boot.ts): what it holds decides which figures computed ahead may be shown.
 */
export function startReadingStorage(): void {
  if (!firstReadTaken) firstRead ??= readStored();
}

/** The first call takes the read started at start-up; later ones (a retry) read again. */
export function takeStored(): Promise<StoredRead> {
  const read = !firstReadTaken && firstRead ? firstRead : readStored();
  firstReadTaken = true;
  firstRead = null;
  return read;
}
