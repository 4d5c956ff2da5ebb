/** A name in each language the app speaks. */
export interface ValueLabel {
  readonly nl: string;
  readonly en: string;
}

/**
 * Names of the model's category values, as the UI shows them. They live beside the model
 * because people also write them: a portfolio table saying `Gemeente` or `Oost-Vlaanderen`
 * means the key `municipality` or `oost_vlaanderen`.
 */
export const VALUE_LABELS: Readonly<Record<string, ValueLabel>> = {
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
  // province
  antwerpen: { nl: 'Antwerpen', en: 'Antwerp' },
  limburg: { nl: 'Limburg', en: 'Limburg' },
  oost_vlaanderen: { nl: 'Oost-Vlaanderen', en: 'East Flanders' },
  vlaams_brabant: { nl: 'Vlaams-Brabant', en: 'Flemish Brabant' },
  west_vlaanderen: { nl: 'West-Vlaanderen', en: 'West Flanders' },
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
  // application decisions
  eligible: { nl: 'Ontvankelijk', en: 'Eligible' },
  ineligible: { nl: 'Niet in aanmerking', en: 'Ineligible' },
  withdrawn: { nl: 'Ingetrokken', en: 'Withdrawn' },
  pending: { nl: 'In behandeling', en: 'Pending' },
  // procedures
  pcp: { nl: 'PCP', en: 'PCP' },
  ppi: { nl: 'PPI', en: 'PPI' },
  innovation_partnership: { nl: 'Innovatiepartnerschap', en: 'Innovation partnership' },
  competitive_dialogue: { nl: 'Concurrentiegerichte dialoog', en: 'Competitive dialogue' },
  negotiated: { nl: 'Onderhandelingsprocedure', en: 'Negotiated procedure' },
  // project status
  preparing: { nl: 'In voorbereiding', en: 'Preparing' },
  tendering: { nl: 'In aanbesteding', en: 'Tendering' },
  running: { nl: 'Lopend', en: 'Running' },
  completed: { nl: 'Afgerond', en: 'Completed' },
  // roles
  lead: { nl: 'Trekker', en: 'Lead' },
  partner: { nl: 'Partner', en: 'Partner' },
  subcontractor: { nl: 'Onderaannemer', en: 'Subcontractor' },
  lead_procurer: { nl: 'Leidende aankoper', en: 'Lead procurer' },
  procurer: { nl: 'Aankoper', en: 'Procurer' },
  observer: { nl: 'Waarnemer', en: 'Observer' },
  supporting: { nl: 'Ondersteunend', en: 'Supporting' },
  // market consultation formats
  rfi: { nl: 'RFI (informatieverzoek)', en: 'RFI (request for information)' },
  open_session: { nl: 'Open sessie', en: 'Open session' },
  one_to_one: { nl: 'Eén-op-één', en: 'One-to-one' },
  online: { nl: 'Online', en: 'Online' },
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
  // EU programmes and instruments
  h2020: { nl: 'Horizon 2020', en: 'Horizon 2020' },
  horizon_europe: { nl: 'Horizon Europe', en: 'Horizon Europe' },
  csa: { nl: 'CSA', en: 'CSA' },
  // project state at the reference date
  ongoing: { nl: 'Lopend', en: 'Ongoing' },
  // survey answers
  promoter: { nl: 'Promotor', en: 'Promoter' },
  passive: { nl: 'Passief', en: 'Passive' },
  detractor: { nl: 'Criticus', en: 'Detractor' },
  ja: { nl: 'Ja', en: 'Yes' },
  nee: { nl: 'Nee', en: 'No' },
  gedeeltelijk: { nl: 'Gedeeltelijk', en: 'Partly' },
  coaching: { nl: 'Coaching', en: 'Coaching' },
  cofinancing: { nl: 'Cofinanciering', en: 'Co-financing' },
  market_consultation_support: {
    nl: 'Ondersteuning bij de marktconsultatie',
    en: 'Support with the market consultation',
  },
  legal_advice: { nl: 'Juridisch advies', en: 'Legal advice' },
  network_events: { nl: 'Netwerkevents', en: 'Network events' },
  knowledge_platform: { nl: 'Kennisplatform', en: 'Knowledge platform' },
  // survey dispositions
  complete: { nl: 'Volledig', en: 'Complete' },
  partial: { nl: 'Gedeeltelijk', en: 'Partial' },
  refusal: { nl: 'Weigering', en: 'Refusal' },
  noncontact: { nl: 'Geen contact', en: 'Non-contact' },
  unknown: { nl: 'Onbekend', en: 'Unknown' },
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

/**
 * Other ways people write a category value in their own files: Dutch and English synonyms
 * and the short forms of Flemish administration (EVA/IVA agencies, O-Vl, BHG). A value is
 * matched only among the keys its own column allows, so `Zorg` is `care` as an organisation
 * type and as a theme alike.
 */
export const VALUE_ALIASES: Readonly<Record<string, readonly string[]>> = {
  department: ['departement', 'Vlaams departement', 'ministerie', 'ministry'],
  flemish_agency: [
    'agentschap',
    'agency',
    'EVA',
    'IVA',
    'extern verzelfstandigd agentschap',
    'intern verzelfstandigd agentschap',
  ],
  province: ['provincie', 'provinciebestuur'],
  municipality: ['gemeente', 'gemeentebestuur', 'stad', 'stadsbestuur', 'city', 'town'],
  ocmw: ['public centre for social welfare', 'social welfare centre'],
  intermunicipal: [
    'intercommunale',
    'intergemeentelijke vereniging',
    'intergemeentelijk samenwerkingsverband',
    'intermunicipal company',
  ],
  hospital: ['ziekenhuis', 'ziekenhuizen'],
  care: ['zorginstelling', 'woonzorgcentrum', 'welzijn', 'welzijn en zorg', 'care institution'],
  education: ['onderwijsinstelling', 'school', 'hogeschool', 'universiteit', 'university'],
  other: ['andere', 'anders', 'overige', 'overig'],
  flemish: ['Vlaamse overheid', 'Vlaams bestuur', 'Flemish government'],
  provincial: ['provincie', 'provinciaal bestuur'],
  local: ['lokaal bestuur', 'lokale besturen', 'lokale overheid', 'local government'],
  antwerpen: ['Antw', 'ANT', 'provincie Antwerpen', 'Anvers'],
  limburg: ['Limb', 'LIM', 'provincie Limburg'],
  oost_vlaanderen: ['O-Vl', 'OVL', 'provincie Oost-Vlaanderen', 'Flandre orientale'],
  vlaams_brabant: ['Vl-Br', 'VBR', 'provincie Vlaams-Brabant', 'Brabant flamand'],
  west_vlaanderen: ['W-Vl', 'WVL', 'provincie West-Vlaanderen', 'Flandre occidentale'],
  brussels: [
    'Brussel',
    'Bruxelles',
    'BXL',
    'BHG',
    'Brussels Hoofdstedelijk Gewest',
    'Brussels-Capital Region',
  ],
  digitalisation: ['digitalisering', 'digitalization', 'digitaal', 'ICT'],
  mobility: ['mobiliteit'],
  energy_transition: ['energie', 'energy', 'energietransitie'],
  circular_economy: ['circulair', 'circular', 'circulaire economie'],
  infrastructure: ['infrastructuur'],
  environment: ['milieu', 'leefmilieu', 'omgeving'],
  open: ['open call', 'algemene oproep'],
  thematic: ['thematisch', 'thematische oproep', 'thematic call'],
  eligible: ['ontvankelijk', 'goedgekeurd', 'geselecteerd', 'approved', 'selected'],
  ineligible: ['niet ontvankelijk', 'onontvankelijk', 'afgewezen', 'rejected', 'not eligible'],
  withdrawn: ['ingetrokken', 'teruggetrokken'],
  pending: ['in behandeling', 'hangende', 'nog niet beslist'],
  pcp: [
    'pre-commercial procurement',
    'precommerciële aankoop',
    'precommerciële aanbesteding',
    'pre-commerciële aankoop',
  ],
  ppi: [
    'public procurement of innovative solutions',
    'aankoop van innovatieve oplossingen',
    'innovatieve aanbesteding',
  ],
  innovation_partnership: ['innovatiepartnerschap'],
  competitive_dialogue: ['concurrentiegerichte dialoog', 'competitieve dialoog'],
  negotiated: [
    'onderhandelingsprocedure',
    'mededingingsprocedure met onderhandeling',
    'onderhandelde procedure',
    'negotiated procedure',
  ],
  preparing: ['voorbereiding', 'in voorbereiding', 'preparation'],
  tendering: ['aanbesteding', 'in aanbesteding', 'tender'],
  running: ['lopend', 'loopt', 'in uitvoering', 'ongoing', 'active'],
  completed: ['afgerond', 'afgelopen', 'voltooid', 'finished'],
  stopped: ['gestopt', 'stopgezet', 'geannuleerd', 'cancelled'],
  lead: ['trekker', 'leider', 'hoofdaankoper', 'hoofdaannemer', 'lead buyer', 'coordinator'],
  subcontractor: ['onderaannemer'],
  lead_procurer: ['leidende aankoper', 'lead procurer'],
  procurer: ['aankoper'],
  observer: ['waarnemer'],
  supporting: ['ondersteunend', 'ondersteunende partner'],
  rfi: ['request for information', 'informatieverzoek'],
  open_session: ['open sessie', 'open infosessie'],
  one_to_one: ['één op één', '1-op-1', '1 op 1', 'one to one', 'bilateraal', 'bilateral'],
  micro: ['micro-onderneming', 'micro onderneming', 'micro enterprise'],
  small: ['klein', 'kleine onderneming', 'small enterprise'],
  medium: ['middelgroot', 'middelgrote onderneming', 'medium-sized', 'medium sized'],
  large: ['groot', 'grote onderneming', 'large enterprise'],
  flanders: ['Vlaanderen', 'Vlaams Gewest', 'Flemish Region'],
  wallonia: ['Wallonië', 'Wallonie', 'Waals Gewest', 'Walloon Region'],
  abroad: ['buitenland', 'foreign', 'outside Belgium'],
  buyer: ['koper', 'aankopers', 'aankopende besturen'],
  company: ['bedrijf', 'onderneming', 'companies'],
  stakeholder: ['stakeholders'],
  consultation: ['marktconsultatie'],
  bid: ['offerte', 'inschrijving', 'bod'],
  award: ['gunning', 'gegund', 'awarded'],
  h2020: ['H2020', 'Horizon2020'],
  horizon_europe: ['HE', 'Horizon Europa'],
  info_session: ['info-sessie', 'informatiesessie'],
  network_event: ['netwerkevenement', 'netwerkmoment'],
  complete: ['compleet'],
  partial: ['onvolledig'],
  noncontact: ['non contact'],
};

/**
 * Words people write for a group of values that the model keeps apart: a KMO (SME) is a
 * micro, small or medium company, but which of the three the word does not say.
 */
export const VALUE_GROUPS: Readonly<Record<string, readonly string[]>> = {
  kmo: ['micro', 'small', 'medium'],
  sme: ['micro', 'small', 'medium'],
  mkb: ['micro', 'small', 'medium'],
  'kleine of middelgrote onderneming': ['micro', 'small', 'medium'],
  'lokale overheid of provincie': ['local', 'provincial'],
};
