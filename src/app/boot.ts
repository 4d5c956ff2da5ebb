import { startReadingStorage } from '../queries/storedWorkspace';

// Imported first by main.tsx, so that IndexedDB is read while the rest of the bundle is still
// being evaluated (about 200 ms on a cold start) rather than after it.
startReadingStorage();
