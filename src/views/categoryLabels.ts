import { valueLabel, type I18n } from '../i18n';
import {
  ADDITIONALITY_VALUES,
  AUDIENCES,
  COMPANY_REGIONS,
  COMPANY_SIZES,
  GOV_LEVELS,
  MILESTONES,
  ORG_TYPES,
  PARTICIPATION_STAGES,
  type DataLabels,
} from '../model';
import type { BreakdownKey } from '../queries/indicators';

/** Categories with a natural order are shown in it, not alphabetically. */
const NATURAL_ORDER: Partial<Record<BreakdownKey, readonly string[]>> = {
  milestone: ['none', ...MILESTONES],
  stage: ['none', ...PARTICIPATION_STAGES],
  company_size: COMPANY_SIZES,
  region: COMPANY_REGIONS,
  region_group: ['flanders', 'rest_of_belgium', 'abroad'],
  answer: ADDITIONALITY_VALUES,
  audience: AUDIENCES,
  gov_level: GOV_LEVELS,
  org_type: ORG_TYPES,
};

/** Keys that say the same thing twice (two rounds of one audience in a year) get a date. */
function twins<T>(items: ReadonlyMap<string, T>, of: (item: T) => string): Set<string> {
  const seen = new Map<string, number>();
  for (const item of items.values()) seen.set(of(item), (seen.get(of(item)) ?? 0) + 1);
  return new Set([...seen].filter(([, n]) => n > 1).map(([k]) => k));
}

/** "Kopers 2023", with its date where two of the same kind share the year. */
function kindAndYear<T>(
  i18n: I18n,
  items: ReadonlyMap<string, T>,
  item: T,
  parts: (t: T) => readonly [kind: string, year: number, date: string],
): string {
  const of = (t: T) => parts(t).slice(0, 2).join(' ');
  const [kind, year, date] = parts(item);
  const name = `${valueLabel(i18n.lang, kind)} ${String(year)}`;
  return twins(items, of).has(of(item)) ? `${name} (${i18n.date(date)})` : name;
}

/**
 * How a person reads a category of a breakdown: a round by its audience and year ("Kopers
 * 2023"), a call by its type and year ("Open oproep 2020", with its deadline where the year
 * has two), any other key by the name the UI gives it.
 */
export function categoryLabel(
  i18n: I18n,
  labels: DataLabels,
  dimension: BreakdownKey | null,
  key: string | null,
): string {
  const round = dimension === 'survey' && key !== null ? labels.rounds.get(key) : undefined;
  if (round) {
    return kindAndYear(i18n, labels.rounds, round, (r) => [r.audience, r.year, r.fieldworkEnd]);
  }
  const call = dimension === 'call' && key !== null ? labels.calls.get(key) : undefined;
  if (call) return kindAndYear(i18n, labels.calls, call, (c) => [c.callType, c.year, c.deadline]);
  return valueLabel(i18n.lang, key);
}

/** A round's label where its id is all there is (a response rate beside a figure). */
export function roundLabel(i18n: I18n, labels: DataLabels, surveyId: string): string {
  return labels.rounds.has(surveyId) ? categoryLabel(i18n, labels, 'survey', surveyId) : surveyId;
}

/**
 * The order of a breakdown's categories: time for rounds (fieldwork end), calls (deadline) and
 * years, the natural order where there is one, else as the result gives them.
 */
export function categoryRank(
  labels: DataLabels,
  dimension: BreakdownKey | null,
): ((key: string | null) => number) | null {
  const position = (keys: Iterable<string>) => {
    const list = [...keys];
    return (key: string | null) => {
      const i = key === null ? -1 : list.indexOf(key);
      return i < 0 ? Number.MAX_SAFE_INTEGER : i;
    };
  };
  if (dimension === 'survey') return position(labels.rounds.keys());
  if (dimension === 'call') return position(labels.calls.keys());
  if (dimension === 'call_year' || dimension === 'year') {
    return (key) => (key === null || Number.isNaN(Number(key)) ? Infinity : Number(key));
  }
  const natural = dimension ? NATURAL_ORDER[dimension] : undefined;
  return natural ? position(natural) : null;
}
