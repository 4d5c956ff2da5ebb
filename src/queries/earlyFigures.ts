import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Filters } from '../indicators/filters';
import type { BreakdownKey, IndicatorResult } from '../indicators/types';
import { dataLabelsFromJson, dataLabelsToJson, NO_DATA_LABELS, type DataLabels } from '../model';
import { figureKey, filtersKey, OVERVIEW_FIGURES, type FirstView } from './overview';

export type { FirstView } from './overview';

/**
 * Figures the overview can show before the engine has started (about 3 s): the build's own,
 * computed by the same indicator code on the demo data with no filters, and the last ones this
 * browser computed. Each is shown only for exactly the data (by fingerprint) and the filters it
 * was computed for, marked as provisional until the engine has computed it again.
 */

const OVERVIEW = new Set(OVERVIEW_FIGURES.map((f) => figureKey(f.id, f.breakdown)));

export function isOverviewFigure(id: string, breakdown: BreakdownKey | null): boolean {
  return OVERVIEW.has(figureKey(id, breakdown));
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function asFigures(v: unknown): Record<string, IndicatorResult> | null {
  if (!isRecord(v)) return null;
  for (const r of Object.values(v)) {
    if (!isRecord(r) || typeof r.id !== 'string' || !Array.isArray(r.breakdown)) return null;
  }
  return v as Record<string, IndicatorResult>;
}

let firstView: Promise<FirstView | null> | null = null;

/**
 * The build's figures, fetched once per page from the app's own origin; null when absent. The
 * page preloads the file (a link the build adds to index.html), so it arrives with the scripts.
 */
export function fetchFirstView(): Promise<FirstView | null> {
  const link = document.querySelector<HTMLLinkElement>('link[data-first-view]');
  firstView ??= (link ? fetch(link.href) : Promise.reject(new Error('no figures computed ahead')))
    .then((r) => (r.ok ? (r.json() as Promise<unknown>) : null))
    .then((v) => {
      if (!isRecord(v) || v.format !== 'pio-first-view' || typeof v.version !== 'string') {
        return null;
      }
      const figures = asFigures(v.figures);
      const labels = dataLabelsFromJson(v.labels);
      return figures && labels && isRecord(v.filters)
        ? {
            format: 'pio-first-view' as const,
            version: v.version,
            filters: v.filters as unknown as Filters,
            figures,
            labels: dataLabelsToJson(labels),
          }
        : null;
    })
    .catch(() => null);
  return firstView;
}

export const firstViewQuery = queryOptions({
  queryKey: ['first-view'] as const,
  queryFn: fetchFirstView,
  staleTime: Infinity,
  gcTime: Infinity,
  retry: false,
});

/**
 * The overview's last figures per data fingerprint and filters, in localStorage: aggregated
 * figures the dashboard shows, never records. Only the current data's are kept, a few filter
 * sets of it, most recent first, with the names of its rounds and calls the figures are read by.
 */
const STORE_KEY = 'pio-kept-figures';
const KEEP_SETS = 6;

interface KeptSet {
  readonly version: string;
  readonly filters: string;
  readonly figures: Record<string, IndicatorResult>;
}

interface KeptLabels {
  readonly version: string;
  readonly labels: DataLabels;
}

let kept: KeptSet[] | null = null;
let keptLabels: KeptLabels | null = null;
let writeTimer: ReturnType<typeof setTimeout> | null = null;
let listening = false;

let earlyShown: () => void = () => undefined;
let earlyNoted = false;
const earlyShownOnce = new Promise<void>((resolve) => {
  earlyShown = resolve;
});

/** Told by a card that shows a figure computed ahead; the engine may start once it is painted. */
export function noteEarlyFigureShown(): void {
  if (earlyNoted) return;
  earlyNoted = true;
  requestAnimationFrame(() => setTimeout(earlyShown, 0));
}

/**
 * Resolves when a figure computed ahead is on the screen, or after `ms` when none came (another
 * view, other filters): the engine's worker and its 34 MB of WASM then start without slowing it.
 */
export function earlyFigureShown(ms: number): Promise<void> {
  return Promise.race([earlyShownOnce, new Promise<void>((r) => setTimeout(r, ms))]);
}

/** Whether figures computed on an earlier visit are kept for this data. */
export function hasKeptFigures(version: string): boolean {
  return keptSets().some((s) => s.version === version);
}

/** Reads the kept figures now rather than at the first card (see `datasetQuery`). */
export function readKeptFigures(): void {
  keptSets();
}

function keptSets(): KeptSet[] {
  if (kept) return kept;
  kept = [];
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(STORE_KEY) ?? '[]');
    // Before the names were kept too, the store was the list of sets alone.
    const stored = isRecord(parsed) ? parsed : { sets: parsed };
    if (isRecord(stored.labels) && typeof stored.labels.version === 'string') {
      const labels = dataLabelsFromJson(stored.labels.labels);
      if (labels) keptLabels = { version: stored.labels.version, labels };
    }
    if (Array.isArray(stored.sets)) {
      for (const s of stored.sets as unknown[]) {
        if (!isRecord(s) || typeof s.version !== 'string' || typeof s.filters !== 'string')
          continue;
        const figures = asFigures(s.figures);
        if (figures) kept.push({ version: s.version, filters: s.filters, figures });
      }
    }
  } catch {
    // Unavailable or damaged storage only means no kept figures.
  }
  return kept;
}

function write(): void {
  if (writeTimer !== null) clearTimeout(writeTimer);
  writeTimer = null;
  try {
    const labels = keptLabels && {
      version: keptLabels.version,
      labels: dataLabelsToJson(keptLabels.labels),
    };
    localStorage.setItem(STORE_KEY, JSON.stringify({ labels, sets: keptSets() }));
  } catch {
    // Full or unavailable: the figures are recomputed on the next visit, as without them.
  }
}

function writeSoon(): void {
  if (writeTimer !== null) return;
  if (!listening) {
    // A reload right after the figures came must not lose them.
    addEventListener('pagehide', () => {
      if (writeTimer !== null) write();
    });
    listening = true;
  }
  writeTimer = setTimeout(write, 500);
}

/** Keeps an overview figure the engine computed for the next visit. */
export function keepFigure(version: string, filters: Filters, result: IndicatorResult): void {
  const breakdown = result.breakdownKey;
  if (!isOverviewFigure(result.id, breakdown)) return;
  const key = filtersKey(filters);
  const sets = keptSets().filter((s) => s.version === version);
  const current = sets.find((s) => s.filters === key) ?? { version, filters: key, figures: {} };
  const figure = figureKey(result.id, breakdown);
  // A card tells it again on every render; only news is written.
  if (current.figures[figure] === result && sets[0] === current) return;
  current.figures[figure] = result;
  kept = [current, ...sets.filter((s) => s !== current)].slice(0, KEEP_SETS);
  writeSoon();
}

/** Keeps the names of the data's rounds and calls for the figures of the next visit. */
export function keepLabels(version: string, labels: DataLabels): void {
  keptSets();
  const json = JSON.stringify(dataLabelsToJson(labels));
  if (
    keptLabels?.version === version &&
    JSON.stringify(dataLabelsToJson(keptLabels.labels)) === json
  )
    return;
  keptLabels = { version, labels };
  writeSoon();
}

/** Forgets every kept figure (the user erased data, or cleared the browser's copy). */
export function forgetKeptFigures(): void {
  kept = [];
  keptLabels = null;
  try {
    localStorage.removeItem(STORE_KEY);
  } catch {
    // Nothing to forget where nothing can be stored.
  }
}

export function keptFigure(
  version: string,
  filters: Filters,
  id: string,
  breakdown: BreakdownKey | null,
): IndicatorResult | undefined {
  const key = filtersKey(filters);
  return keptSets().find((s) => s.version === version && s.filters === key)?.figures[
    figureKey(id, breakdown)
  ];
}

/** An overview figure to show before the engine has computed it, if one is known. */
export function useEarlyFigure(
  data: { readonly version: string; readonly origin: string },
  filters: Filters,
  id: string,
  breakdown: BreakdownKey | null,
): IndicatorResult | undefined {
  const overview = isOverviewFigure(id, breakdown);
  const first = useQuery({ ...firstViewQuery, enabled: overview }).data;
  if (!overview) return undefined;
  const mine = keptFigure(data.version, filters, id, breakdown);
  if (mine) return mine;
  if (
    first &&
    data.origin === 'demo' &&
    first.version === data.version &&
    filtersKey(first.filters) === filtersKey(filters)
  ) {
    return first.figures[figureKey(id, breakdown)];
  }
  return undefined;
}

const firstLabels = new WeakMap<FirstView, DataLabels>();

/** The names an early figure of this data is read by: kept ones, or the build's for its data. */
export function useEarlyLabels(data: {
  readonly version: string;
  readonly origin: string;
}): DataLabels | undefined {
  const first = useQuery(firstViewQuery).data;
  keptSets();
  if (keptLabels?.version === data.version) return keptLabels.labels;
  if (first && data.origin === 'demo' && first.version === data.version) {
    let labels = firstLabels.get(first);
    if (!labels) {
      labels = dataLabelsFromJson(first.labels) ?? NO_DATA_LABELS;
      firstLabels.set(first, labels);
    }
    return labels;
  }
  return undefined;
}
