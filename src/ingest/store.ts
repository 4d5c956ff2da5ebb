import { EMPTY_WORKSPACE, parseWorkspace, type Workspace } from './workspace';

const DB_NAME = 'pio-dashboard';
const STORE = 'workspace';
const KEY = 'current';

/** Browser storage cannot be used (a private window, a blocked or full disk). */
export class StorageUnavailableError extends Error {
  override readonly name = 'StorageUnavailableError';
}

/** What was stored cannot be read back as a workspace. */
export class StoredDataCorruptError extends Error {
  override readonly name = 'StoredDataCorruptError';
}

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    let request: IDBOpenDBRequest;
    try {
      request = indexedDB.open(DB_NAME, 1);
    } catch (e) {
      reject(new StorageUnavailableError(e instanceof Error ? e.message : String(e)));
      return;
    }
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () =>
      reject(new StorageUnavailableError(request.error?.message ?? 'IndexedDB cannot be opened'));
    request.onblocked = () => reject(new StorageUnavailableError('IndexedDB is blocked'));
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () =>
      reject(new StorageUnavailableError(tx.error?.message ?? 'the write was aborted'));
    tx.onerror = () => reject(new StorageUnavailableError(tx.error?.message ?? 'the write failed'));
  });
}

/** The stored workspace, or the empty one when nothing was stored yet. */
export async function loadStoredWorkspace(): Promise<Workspace> {
  const db = await open();
  try {
    const value = await new Promise<unknown>((resolve, reject) => {
      const request = db.transaction(STORE, 'readonly').objectStore(STORE).get(KEY);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () =>
        reject(new StorageUnavailableError(request.error?.message ?? 'read failed'));
    });
    if (value === undefined) return EMPTY_WORKSPACE;
    try {
      return parseWorkspace(value);
    } catch (e) {
      throw new StoredDataCorruptError(e instanceof Error ? e.message : String(e));
    }
  } finally {
    db.close();
  }
}

/**
 * Replaces the stored workspace in one IndexedDB transaction: a crash or a full disk leaves
 * the previous workspace whole, never a mix of the two.
 */
export async function saveWorkspace(ws: Workspace): Promise<void> {
  const db = await open();
  try {
    const tx = db.transaction(STORE, 'readwrite');
    const written = done(tx);
    try {
      tx.objectStore(STORE).put(ws, KEY);
    } catch (e) {
      written.catch(() => undefined);
      throw new StorageUnavailableError(e instanceof Error ? e.message : String(e));
    }
    await written;
  } finally {
    db.close();
  }
}
