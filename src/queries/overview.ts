import { LIST_FILTER_KEYS, type Filters } from '../indicators/filters';
import { indicatorById } from '../indicators/registry';
import type { BreakdownKey, IndicatorDef, IndicatorResult, Question } from '../indicators/types';
import type { DataLabelsJson } from '../model';

/** The few headline figures that answer each question at a glance. */
export const HEADLINES: readonly { question: Question; ids: readonly string[] }[] = [
  { question: 'reach', ids: ['A1', 'A2', 'A3', 'A4'] },
  { question: 'companies', ids: ['B11', 'B12', 'B13', 'B16'] },
  { question: 'innovation', ids: ['C18', 'C19', 'C20', 'C22'] },
  { question: 'satisfaction', ids: ['D24', 'D26', 'D27', 'D28'] },
  { question: 'objectives', ids: ['OD1', 'OD2', 'OD3', 'OD4'] },
];

/**
 * The breakdown that shows a figure's change over the years: survey waves for a survey of one
 * audience (waves of different audiences are no trend), else the call year or calendar year.
 */
export function trendKey(def: IndicatorDef): BreakdownKey | null {
  if (def.audiences) {
    return def.audiences.length === 1 && 'survey' in def.breakdowns ? 'survey' : null;
  }
  if ('call_year' in def.breakdowns) return 'call_year';
  return 'year' in def.breakdowns ? 'year' : null;
}

/** Every figure of the overview with the breakdown its card shows. */
export const OVERVIEW_FIGURES: readonly { id: string; breakdown: BreakdownKey | null }[] =
  HEADLINES.flatMap(({ ids }) =>
    ids.map((id) => {
      const def = indicatorById(id);
      return { id, breakdown: def ? trendKey(def) : null };
    }),
  );

export const figureKey = (id: string, breakdown: BreakdownKey | null): string =>
  `${id}|${breakdown ?? ''}`;

/** The same text for the same filters, whatever order their keys came in. */
export function filtersKey(filters: Filters): string {
  return JSON.stringify([filters.asOf, ...LIST_FILTER_KEYS.map((k) => filters[k])]);
}

/**
 * Where the development server serves the overview's figures computed ahead (the build names
 * the file by its content); vite.config.ts writes the same name.
 */
export const FIRST_VIEW_FILE = 'first-view.json';

export interface FirstView {
  readonly format: 'pio-first-view';
  /** `workspaceVersion` of the demo files with an empty workspace. */
  readonly version: string;
  readonly filters: Filters;
  /** By `figureKey`. */
  readonly figures: Readonly<Record<string, IndicatorResult>>;
  /** The names of the demo's rounds and calls the figures are read by. */
  readonly labels: DataLabelsJson;
}
