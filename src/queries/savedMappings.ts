import { parseMapping, serializeMapping } from '../ingest/survey/mapping';
import type { Mapping } from '../ingest/survey/types';

const KEY = 'pio-dashboard:mappings';

/** Mappings saved by name in this browser, for next year's export of the same survey. */
export function listSavedMappings(): Record<string, Mapping> {
  try {
    const raw = localStorage.getItem(KEY);
    if (!raw) return {};
    const stored = JSON.parse(raw) as Record<string, string>;
    const out: Record<string, Mapping> = {};
    for (const [name, json] of Object.entries(stored)) {
      const parsed = parseMapping(json, name);
      if (parsed.ok) out[name] = parsed.mapping;
    }
    return out;
  } catch {
    return {};
  }
}

/** False when the browser refuses to store (private window, storage full). */
export function saveMapping(name: string, mapping: Mapping): boolean {
  try {
    const raw = localStorage.getItem(KEY);
    const stored = raw ? (JSON.parse(raw) as Record<string, string>) : {};
    stored[name] = serializeMapping(mapping);
    localStorage.setItem(KEY, JSON.stringify(stored));
    return true;
  } catch {
    return false;
  }
}

export { parseMapping, serializeMapping };
