import {
  AUDIENCES,
  CALL_TYPES,
  COMPANY_REGIONS,
  COMPANY_SIZES,
  GOV_LEVELS,
  ORG_TYPES,
  PROCEDURES,
  THEMES,
} from '../model';

/** One set of filters for every indicator; an empty list means "all". */
export interface Filters {
  /** Reference date ("as at", inclusive, YYYY-MM-DD); null means everything in the data. */
  readonly asOf: string | null;
  readonly callYears: readonly number[];
  readonly callTypes: readonly string[];
  readonly themes: readonly string[];
  readonly orgTypes: readonly string[];
  readonly govLevels: readonly string[];
  readonly procedures: readonly string[];
  readonly companySizes: readonly string[];
  readonly regions: readonly string[];
  readonly audiences: readonly string[];
}

export type ListFilterKey = Exclude<keyof Filters, 'asOf'>;
export type FilterKey = keyof Filters;

export const LIST_FILTER_KEYS: readonly ListFilterKey[] = [
  'callYears',
  'callTypes',
  'themes',
  'orgTypes',
  'govLevels',
  'procedures',
  'companySizes',
  'regions',
  'audiences',
];

/** The allowed values of each list filter (call years are any year). */
export const FILTER_VALUES: Record<Exclude<ListFilterKey, 'callYears'>, readonly string[]> = {
  callTypes: CALL_TYPES,
  themes: THEMES,
  orgTypes: ORG_TYPES,
  govLevels: GOV_LEVELS,
  procedures: PROCEDURES,
  companySizes: COMPANY_SIZES,
  regions: COMPANY_REGIONS,
  audiences: AUDIENCES,
};

export const NO_FILTERS: Filters = {
  asOf: null,
  callYears: [],
  callTypes: [],
  themes: [],
  orgTypes: [],
  govLevels: [],
  procedures: [],
  companySizes: [],
  regions: [],
  audiences: [],
};

/** The evaluation planned for the first half of 2022 saw the data up to the end of 2021. */
export const PRESETS = {
  evaluation2022: '2021-12-31',
  latest: null,
} as const satisfies Record<string, string | null>;
export type PresetId = keyof typeof PRESETS;

/** The date used in SQL for "latest": later than any date in the data. */
export const LATEST_DATE = '9999-12-31';

export function activeFilterKeys(filters: Filters): FilterKey[] {
  const keys: FilterKey[] = LIST_FILTER_KEYS.filter((k) => filters[k].length > 0);
  return filters.asOf === null ? keys : ['asOf', ...keys];
}

export interface FilterProblem {
  readonly key: FilterKey;
  readonly value: string;
}

/** Checks filter values against the model so a typo is an error, not a silent empty result. */
export function checkFilters(filters: Filters): FilterProblem[] {
  const problems: FilterProblem[] = [];
  if (filters.asOf !== null && !/^\d{4}-\d{2}-\d{2}$/.test(filters.asOf)) {
    problems.push({ key: 'asOf', value: filters.asOf });
  }
  for (const year of filters.callYears) {
    if (!Number.isInteger(year)) problems.push({ key: 'callYears', value: String(year) });
  }
  for (const key of Object.keys(FILTER_VALUES) as (keyof typeof FILTER_VALUES)[]) {
    for (const value of filters[key]) {
      if (!FILTER_VALUES[key].includes(value)) problems.push({ key, value });
    }
  }
  return problems;
}
