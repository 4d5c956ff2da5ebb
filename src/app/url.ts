import { useCallback, useSyncExternalStore } from 'react';
import { isLang, type Lang } from '../i18n';

export const VIEWS = ['data'] as const;
export type ViewId = (typeof VIEWS)[number];

export interface UrlState {
  readonly view: ViewId;
  readonly lang: Lang;
  readonly table: string | null;
}

function isView(v: string | null): v is ViewId {
  return (VIEWS as readonly (string | null)[]).includes(v);
}

export function parseUrl(search: string): UrlState {
  const p = new URLSearchParams(search);
  const view = p.get('view');
  const lang = p.get('lang');
  return {
    view: isView(view) ? view : 'data',
    lang: isLang(lang) ? lang : 'nl',
    table: p.get('table'),
  };
}

export function toSearch(state: UrlState): string {
  const p = new URLSearchParams();
  p.set('view', state.view);
  if (state.lang !== 'nl') p.set('lang', state.lang);
  if (state.table) p.set('table', state.table);
  return `?${p.toString()}`;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  return () => window.removeEventListener('popstate', onChange);
}

const getSearch = () => window.location.search;

/** The screen's whole state lives in the URL: reload, back/forward and links reproduce it. */
export function useUrlState(): [UrlState, (patch: Partial<UrlState>) => void] {
  const search = useSyncExternalStore(subscribe, getSearch);
  const state = parseUrl(search);
  const update = useCallback((patch: Partial<UrlState>) => {
    const next = { ...parseUrl(window.location.search), ...patch };
    const target = toSearch(next);
    if (target !== window.location.search) {
      window.history.pushState(null, '', target);
      window.dispatchEvent(new PopStateEvent('popstate'));
    }
  }, []);
  return [state, update];
}
