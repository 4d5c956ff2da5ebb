import { COMPANIES } from './definitions/companies';
import { INNOVATION } from './definitions/innovation';
import { OBJECTIVES } from './definitions/objectives';
import { REACH } from './definitions/reach';
import { SATISFACTION } from './definitions/satisfaction';
import type { IndicatorDef } from './types';

export const INDICATORS: readonly IndicatorDef[] = [
  ...REACH,
  ...COMPANIES,
  ...INNOVATION,
  ...SATISFACTION,
  ...OBJECTIVES,
];

const byId = new Map(INDICATORS.map((d) => [d.id, d]));

export function indicatorById(id: string): IndicatorDef | undefined {
  return byId.get(id);
}
