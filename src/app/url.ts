import { useCallback, useSyncExternalStore } from 'react';
import { isLang, type Lang } from '../i18n';
import { LIST_FILTER_KEYS, NO_FILTERS, PRESETS, type Filters } from '../indicators/filters';
import { readAsOf, readFilterValues, type RejectedValue } from '../indicators/filterText';

export const VIEWS = [
  'overview',
  'reach',
  'companies',
  'innovation',
  'satisfaction',
  'catalogue',
  'data',
  'import',
  'explorer',
] as const;
export type ViewId = (typeof VIEWS)[number];

export interface UrlState {
  readonly view: ViewId;
  readonly lang: Lang;
  readonly filters: Filters;
  /** Data page: the table shown. */
  readonly table: string | null;
  /** Catalogue: the indicator shown. */
  readonly indicator: string | null;
  /** The fingerprint of the data the link was made on. */
  readonly data: string | null;
  /** Import: the survey wave being replaced. */
  readonly replace: string | null;
  /** Explorer: the statement a shared link carries. */
  readonly sql: string | null;
  /** Filter values in the link that name nothing the filter knows: left out, and shown. */
  readonly rejected: readonly RejectedValue[];
}

function isView(v: string | null): v is ViewId {
  return (VIEWS as readonly (string | null)[]).includes(v);
}

export function parseUrl(search: string): UrlState {
  const p = new URLSearchParams(search);
  const view = p.get('view');
  const lang = p.get('lang');
  const rejected: RejectedValue[] = [];
  let filters: Filters = NO_FILTERS;
  const asOf = p.get('asOf');
  if (asOf !== null) {
    const read = readAsOf(asOf);
    if ('asOf' in read) filters = { ...filters, asOf: read.asOf };
    else rejected.push(read.rejected);
  }
  for (const key of LIST_FILTER_KEYS) {
    const text = p.get(key);
    if (text === null) continue;
    const read = readFilterValues(filters, key, text);
    filters = read.filters;
    rejected.push(...read.rejected);
  }
  return {
    view: isView(view) ? view : 'overview',
    lang: isLang(lang) ? lang : 'nl',
    filters,
    table: p.get('table'),
    indicator: p.get('indicator'),
    data: p.get('d'),
    replace: p.get('replace'),
    sql: p.get('sql'),
    rejected,
  };
}

export function toSearch(state: UrlState): string {
  const p = new URLSearchParams();
  p.set('view', state.view);
  if (state.lang !== 'nl') p.set('lang', state.lang);
  if (state.filters.asOf !== null) {
    const preset = Object.entries(PRESETS).find(([, v]) => v === state.filters.asOf)?.[0];
    p.set('asOf', preset ?? state.filters.asOf);
  }
  for (const key of LIST_FILTER_KEYS) {
    const values = state.filters[key];
    if (values.length > 0) p.set(key, [...values].sort().join(','));
  }
  if (state.table && state.view === 'data') p.set('table', state.table);
  if (state.indicator && (state.view === 'catalogue' || state.view === 'explorer')) {
    p.set('indicator', state.indicator);
  }
  if (state.sql !== null && state.view === 'explorer') p.set('sql', state.sql);
  if (state.replace && state.view === 'import') p.set('replace', state.replace);
  if (state.data) p.set('d', state.data);
  return `?${p.toString()}`;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  return () => window.removeEventListener('popstate', onChange);
}

const getSearch = () => window.location.search;

export type UrlPatch = Partial<UrlState>;

/** The screen's whole state lives in the URL: reload, back/forward and links reproduce it. */
export function useUrlState(): [UrlState, (patch: UrlPatch, replace?: boolean) => void] {
  const search = useSyncExternalStore(subscribe, getSearch);
  const state = parseUrl(search);
  const update = useCallback((patch: UrlPatch, replace = false) => {
    const next = { ...parseUrl(window.location.search), ...patch };
    const target = toSearch(next);
    if (target !== window.location.search) {
      if (replace) window.history.replaceState(null, '', target);
      else window.history.pushState(null, '', target);
      window.dispatchEvent(new PopStateEvent('popstate'));
    }
  }, []);
  return [state, update];
}
