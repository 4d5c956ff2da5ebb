import { VALUE_LABELS } from '../model/valueLabels';
import type { Lang } from './messages';

type Dict = Record<string, { nl: string; en: string }>;

const VALUES: Dict = VALUE_LABELS;

/** Names of breakdowns and filters. */
const DIMENSIONS: Dict = {
  call: { nl: 'Oproep', en: 'Call' },
  call_year: { nl: 'Oproepjaar', en: 'Call year' },
  call_type: { nl: 'Type oproep', en: 'Call type' },
  theme: { nl: 'Thema', en: 'Theme' },
  org_type: { nl: 'Type organisatie', en: 'Organisation type' },
  gov_level: { nl: 'Bestuursniveau', en: 'Government level' },
  procedure: { nl: 'Procedure', en: 'Procedure' },
  company_size: { nl: 'Bedrijfsgrootte', en: 'Company size' },
  region: { nl: 'Regio', en: 'Region' },
  region_group: { nl: 'Regio', en: 'Region' },
  audience: { nl: 'Doelgroep', en: 'Audience' },
  survey: { nl: 'Bevragingsronde', en: 'Survey wave' },
  stage: { nl: 'Verste fase', en: 'Furthest stage' },
  milestone: { nl: 'Hoogste mijlpaal', en: 'Highest milestone' },
  year: { nl: 'Jaar', en: 'Year' },
  activity_kind: { nl: 'Soort activiteit', en: 'Kind of activity' },
  pio_supported: { nl: 'Met PIO-steun', en: 'With PIO support' },
  answer: { nl: 'Antwoord', en: 'Answer' },
  asOf: { nl: 'Peildatum', en: 'Reference date' },
  callYears: { nl: 'Oproepjaren', en: 'Call years' },
  callTypes: { nl: 'Type oproep', en: 'Call type' },
  themes: { nl: 'Thema’s', en: 'Themes' },
  orgTypes: { nl: 'Type organisatie', en: 'Organisation type' },
  govLevels: { nl: 'Bestuursniveau', en: 'Government level' },
  procedures: { nl: 'Procedure', en: 'Procedure' },
  companySizes: { nl: 'Bedrijfsgrootte', en: 'Company size' },
  regions: { nl: 'Regio', en: 'Region' },
  audiences: { nl: 'Doelgroep', en: 'Audience' },
};

export function valueLabel(lang: Lang, value: string | null): string {
  if (value === null) return lang === 'nl' ? 'Totaal' : 'Total';
  return VALUES[value]?.[lang] ?? value;
}

export function dimensionLabel(lang: Lang, key: string): string {
  return DIMENSIONS[key]?.[lang] ?? key;
}
