import type { Lang } from './messages';

type Dict = Record<string, { nl: string; en: string }>;

/** Names of the model's category values, as people read them. */
const VALUES: Dict = {
  // org_type
  department: { nl: 'Departement', en: 'Department' },
  flemish_agency: { nl: 'Vlaams agentschap', en: 'Flemish agency' },
  province: { nl: 'Provincie', en: 'Province' },
  municipality: { nl: 'Gemeente', en: 'Municipality' },
  ocmw: { nl: 'OCMW', en: 'OCMW (social welfare centre)' },
  intermunicipal: { nl: 'Intergemeentelijk', en: 'Intermunicipal' },
  hospital: { nl: 'Ziekenhuis', en: 'Hospital' },
  care: { nl: 'Zorg', en: 'Care' },
  education: { nl: 'Onderwijs', en: 'Education' },
  other: { nl: 'Andere', en: 'Other' },
  // gov_level
  flemish: { nl: 'Vlaams', en: 'Flemish' },
  provincial: { nl: 'Provinciaal', en: 'Provincial' },
  local: { nl: 'Lokaal', en: 'Local' },
  // themes
  digitalisation: { nl: 'Digitalisering', en: 'Digitalisation' },
  mobility: { nl: 'Mobiliteit', en: 'Mobility' },
  energy_transition: { nl: 'Energietransitie', en: 'Energy transition' },
  circular_economy: { nl: 'Circulaire economie', en: 'Circular economy' },
  water: { nl: 'Water', en: 'Water' },
  infrastructure: { nl: 'Infrastructuur', en: 'Infrastructure' },
  environment: { nl: 'Omgeving', en: 'Environment' },
  // call types
  open: { nl: 'Open oproep', en: 'Open call' },
  thematic: { nl: 'Thematische oproep', en: 'Thematic call' },
  // procedures
  pcp: { nl: 'PCP', en: 'PCP' },
  ppi: { nl: 'PPI', en: 'PPI' },
  innovation_partnership: { nl: 'Innovatiepartnerschap', en: 'Innovation partnership' },
  competitive_dialogue: { nl: 'Concurrentiegerichte dialoog', en: 'Competitive dialogue' },
  negotiated: { nl: 'Onderhandelingsprocedure', en: 'Negotiated procedure' },
  // company size and region
  micro: { nl: 'Micro', en: 'Micro' },
  small: { nl: 'Klein', en: 'Small' },
  medium: { nl: 'Middelgroot', en: 'Medium' },
  large: { nl: 'Groot', en: 'Large' },
  flanders: { nl: 'Vlaanderen', en: 'Flanders' },
  brussels: { nl: 'Brussel', en: 'Brussels' },
  wallonia: { nl: 'Wallonië', en: 'Wallonia' },
  abroad: { nl: 'Buitenland', en: 'Abroad' },
  rest_of_belgium: { nl: 'Rest van België', en: 'Rest of Belgium' },
  // audiences
  buyer: { nl: 'Kopers', en: 'Buyers' },
  company: { nl: 'Bedrijven', en: 'Companies' },
  stakeholder: { nl: 'Stakeholders', en: 'Stakeholders' },
  // stages and milestones
  consultation: { nl: 'Consultatie', en: 'Consultation' },
  bid: { nl: 'Offerte', en: 'Bid' },
  award: { nl: 'Gunning', en: 'Award' },
  none: { nl: 'Geen', en: 'None' },
  needs_analysis: { nl: 'Behoefteanalyse', en: 'Needs analysis' },
  market_consultation: { nl: 'Marktconsultatie', en: 'Market consultation' },
  tender_published: { nl: 'Opdracht gepubliceerd', en: 'Tender published' },
  contract_signed: { nl: 'Contract getekend', en: 'Contract signed' },
  prototype: { nl: 'Prototype', en: 'Prototype' },
  validated: { nl: 'Gevalideerd', en: 'Validated' },
  deployed: { nl: 'In gebruik', en: 'Deployed' },
  scaled: { nl: 'Opgeschaald', en: 'Scaled' },
  stopped: { nl: 'Gestopt', en: 'Stopped' },
  // question codes of the standard questionnaire
  SAT_OVERALL: { nl: 'Algemene tevredenheid', en: 'Overall satisfaction' },
  NPS: { nl: 'Aanbeveling (NPS)', en: 'Recommendation (NPS)' },
  SAT_COACHING: { nl: 'Coaching', en: 'Coaching' },
  SAT_COFIN: { nl: 'Cofinanciering', en: 'Co-financing' },
  INNOV_IN_USE: { nl: 'Innovatie in gebruik', en: 'Innovation in use' },
  ADDITIONALITY: { nl: 'Additionaliteit', en: 'Additionality' },
  SERVICES_USED: { nl: 'Gebruikte diensten', en: 'Services used' },
  REMARKS: { nl: 'Opmerkingen', en: 'Remarks' },
  // additionality
  not_done: { nl: 'Niet gedaan', en: 'Not done' },
  later: { nl: 'Later', en: 'Later' },
  smaller: { nl: 'Kleiner', en: 'Smaller' },
  same: { nl: 'Hetzelfde', en: 'The same' },
  // activities
  info_session: { nl: 'Infosessie', en: 'Info session' },
  workshop: { nl: 'Workshop', en: 'Workshop' },
  webinar: { nl: 'Webinar', en: 'Webinar' },
  training: { nl: 'Opleiding', en: 'Training' },
  network_event: { nl: 'Netwerkevent', en: 'Network event' },
  publication: { nl: 'Publicatie', en: 'Publication' },
  true: { nl: 'Ja', en: 'Yes' },
  false: { nl: 'Nee', en: 'No' },
};

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
