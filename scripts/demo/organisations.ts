import { ORG_TYPE_GOV_LEVEL, type OrgType, type Theme } from '../../src/model/index.ts';
import type { GovLevel, Org, Province } from './world.ts';

const PROVINCE_CODES: Readonly<Record<string, Province>> = {
  A: 'antwerpen',
  L: 'limburg',
  O: 'oost_vlaanderen',
  B: 'vlaams_brabant',
  W: 'west_vlaanderen',
  X: 'brussels',
};

export const LEVEL_OF: Readonly<Record<OrgType, GovLevel>> = ORG_TYPE_GOV_LEVEL;

/** Themes an organisation of each type proposes besides digitalisation (relative weights). */
export const TYPE_THEMES: Readonly<Record<OrgType, Partial<Record<Theme, number>>>> = {
  department: { mobility: 3, environment: 3, infrastructure: 2, education: 2, care: 2, other: 2 },
  flemish_agency: {
    mobility: 3,
    infrastructure: 3,
    environment: 3,
    water: 2,
    energy_transition: 2,
    other: 2,
  },
  province: { mobility: 3, environment: 3, water: 3, infrastructure: 2, energy_transition: 2 },
  municipality: {
    mobility: 5,
    environment: 3,
    energy_transition: 3,
    infrastructure: 3,
    care: 2,
    circular_economy: 2,
    water: 2,
    education: 1,
    other: 2,
  },
  ocmw: { care: 8, energy_transition: 1, other: 1 },
  intermunicipal: {
    circular_economy: 5,
    energy_transition: 3,
    water: 3,
    mobility: 2,
    infrastructure: 2,
  },
  hospital: { care: 10, energy_transition: 1, circular_economy: 1 },
  care: { care: 10, energy_transition: 1 },
  education: { education: 10, energy_transition: 1, infrastructure: 1 },
  other: { infrastructure: 2, water: 2, energy_transition: 2, other: 2 },
};

/**
 * Municipalities by province: `*` marks a city (Stad), `:n` a higher propensity to apply.
 * Municipality names as after the 2019 mergers.
 */
const MUNICIPALITIES: Readonly<Record<string, readonly string[]>> = {
  A: [
    '*Antwerpen:9, *Mechelen:4, *Turnhout:2, *Lier:1.5, *Geel:1.5, *Mol:1, *Herentals:1, Boom',
    '*Mortsel:1, Kontich, Edegem, Heist-op-den-Berg, Willebroek, Bornem, Puurs-Sint-Amands',
    'Zoersel, Malle, *Hoogstraten, Westerlo, Beerse, Balen, Kasterlee, Nijlen, Ranst, Schilde',
    'Brasschaat:1, Kapellen, Schoten, Stabroek, Kalmthout, Brecht, Duffel',
    'Sint-Katelijne-Waver, Bonheiden, Zwijndrecht, Laakdal, Arendonk, Retie, Olen, Herselt',
  ],
  O: [
    '*Gent:10, *Aalst:2, *Sint-Niklaas:2, *Dendermonde:1.5, *Lokeren:1, *Ninove',
    '*Oudenaarde:1, *Ronse, *Eeklo:1, *Geraardsbergen, *Zottegem, *Deinze:1, Zwalm, Wetteren',
    'Lochristi, Destelbergen, Merelbeke, Melle, Temse, Beveren, Hamme, Lebbeke, Buggenhout',
    'Berlare, Lede, Erpe-Mere, Denderleeuw, Herzele, Brakel, Maarkedal, Kruisem, Zulte',
    'Nazareth, De Pinte, Lievegem, Evergem, Maldegem, Assenede, Stekene, Kruibeke, Aalter',
    'Oosterzele',
  ],
  W: [
    '*Brugge:4, *Kortrijk:6, *Oostende:3, *Roeselare:3, *Ieper:1.5, *Waregem:1, *Menen',
    '*Izegem:1, *Tielt, *Poperinge, *Diksmuide, *Veurne, Knokke-Heist:1, *Blankenberge',
    'De Haan, Middelkerke, Koksijde, De Panne, *Nieuwpoort, *Torhout, *Harelbeke:1, Wevelgem',
    'Kuurne, Lendelede, Zwevegem, Deerlijk, Anzegem, Avelgem, *Wervik, Heuvelland, Zonnebeke',
    'Staden, Moorslede, Ledegem, Hooglede, Ardooie, Wingene, Oostkamp, Beernem, Zedelgem',
    'Jabbeke, *Damme, Ichtegem, Kortemark',
  ],
  B: [
    '*Leuven:6, *Vilvoorde:1.5, *Halle:1, *Tienen:1, *Aarschot:1, *Diest, Zaventem:1',
    'Dilbeek:1, Grimbergen, Asse, Overijse, Tervuren, Kortenberg, Herent, Haacht, Rotselaar',
    'Holsbeek, Bierbeek, Oud-Heverlee, Huldenberg, Bertem, Machelen, Steenokkerzeel',
    'Kampenhout, Zemst, Londerzeel, Meise, Wemmel, Affligem, Liedekerke, Ternat, Lennik',
    'Gooik, Beersel, Sint-Pieters-Leeuw, Hoeilaart, *Landen, *Zoutleeuw',
    '*Scherpenheuvel-Zichem, Tielt-Winge, Lubbeek, Boortmeerbeek, Opwijk, Merchtem',
  ],
  L: [
    '*Hasselt:3, *Genk:3, *Sint-Truiden:1.5, *Tongeren:1, *Beringen:1, *Lommel:1',
    'Maasmechelen, *Bilzen, Houthalen-Helchteren, Heusden-Zolder, Lanaken, *Maaseik, *Bree',
    '*Dilsen-Stokkem, *Peer, *Hamont-Achel, Pelt, Oudsbergen, Leopoldsburg, Tessenderlo',
    'Diepenbeek, Zonhoven, Lummen, *Herk-de-Stad, *Halen, Alken, Kortessem, *Borgloon, Riemst',
    'Voeren, Zutendaal, As, Hechtel-Eksel, Ham, Wellen, Nieuwerkerken, Gingelom, Hoeselt',
    'Kinrooi',
  ],
};

/** OCMWs (public centres for social welfare) of these municipalities, `:n` = propensity. */
const OCMWS: readonly string[] = [
  'Gent:1.5|O, Antwerpen:1.2|A, Leuven:0.8|B, Brugge:0.8|W, Kortrijk:0.6|W, Mechelen:0.6|A',
  'Lier:1|A, Hasselt:0.6|L, Genk:0.5|L, Aalst:0.4|O, Oostende:0.5|W, Roeselare:0.4|W',
  'Sint-Niklaas:0.4|O, Turnhout:0.4|A, Dendermonde:0.3|O, Ieper:0.3|W, Geel:0.3|A',
  'Tienen:0.2|B, Vilvoorde:0.3|B, Halle:0.2|B, Lokeren:0.2|O, Waregem:0.2|W, Zottegem:0.2|O',
  'Bilzen:0.2|L, Knokke-Heist:0.2|W, Beveren:0.2|O, Lommel:0.2|L, Deinze:0.2|O, Menen:0.2|W',
  'Eeklo:0.2|O',
];

/** `name|province|propensity|themes` per org_type (themes override the type's defaults). */
const SEEDS: Readonly<Record<Exclude<OrgType, 'municipality' | 'ocmw'>, readonly string[]>> = {
  department: [
    'Departement Omgeving|X|2|environment:4,energy_transition:2,water:2',
    'Departement Mobiliteit en Openbare Werken|X|2|mobility:5,infrastructure:3',
    'Departement Welzijn, Volksgezondheid en Gezin|X|1|care:6',
    'Departement Onderwijs en Vorming|X|0.6|education:6',
    'Departement Landbouw en Visserij|X|0.3|environment:3,water:2',
    'Departement Kanselarij en Buitenlandse Zaken|X|0|',
    'Departement Economie, Wetenschap en Innovatie|X|0|',
    'Departement Werk en Sociale Economie|X|0|',
    'Departement Financiën en Begroting|X|0|',
    'Departement Cultuur, Jeugd en Media|X|0|',
  ],
  flemish_agency: [
    'Agentschap Wegen en Verkeer|X|4|mobility:5,infrastructure:4',
    'De Lijn|A|2.5|mobility:8',
    'Vlaamse Milieumaatschappij|O|2.5|water:5,environment:4',
    'OVAM|A|2|circular_economy:6,environment:3',
    'Agentschap Digitaal Vlaanderen|X|3|digitalisation:20',
    'Agentschap Facilitair Bedrijf|X|2|energy_transition:3,circular_economy:3',
    'Agentschap Zorg en Gezondheid|X|1.5|care:6',
    'Agentschap voor Natuur en Bos|X|1|environment:6',
    'De Vlaamse Waterweg|L|2|water:4,infrastructure:4,mobility:2',
    'Agentschap Maritieme Dienstverlening en Kust|W|1.5|water:4,infrastructure:2',
    'Vlaams Energie- en Klimaatagentschap|X|1|energy_transition:8',
    'Agentschap Onroerend Erfgoed|X|0.8|other:3',
    'VDAB|X|1.5|education:3,digitalisation:3',
    'Opgroeien|X|0.8|care:4',
    'Vlaams Agentschap voor Personen met een Handicap|X|0.6|care:5',
    'Agentschap Integratie en Inburgering|X|0.3|education:2',
    'Sport Vlaanderen|X|0.5|infrastructure:2,other:2',
    'Toerisme Vlaanderen|X|0.4|other:3',
    'Vlaamse Maatschappij voor Sociaal Wonen|X|0.8|energy_transition:4,infrastructure:3',
    'Agentschap Justitie en Handhaving|X|0.6|other:2,digitalisation:4',
    'Agentschap Binnenlands Bestuur|X|0.2|digitalisation:20',
    'Vlaamse Landmaatschappij|X|1|environment:4,water:3',
    'Agentschap Landbouw en Zeevisserij|X|0.4|environment:3',
    'AHOVOKS|X|0.4|education:6',
    'Agentschap voor Onderwijsdiensten|X|0.3|education:4',
    'Vlaamse Belastingdienst|X|0.8|digitalisation:20',
    'Agentschap Plantentuin Meise|B|0.2|environment:3',
    'Agentschap Innoveren en Ondernemen|X|0|',
  ],
  province: [
    'Provincie Antwerpen|A|1|mobility:3,environment:3',
    'Provincie Limburg|L|1.2|energy_transition:3,mobility:2',
    'Provincie West-Vlaanderen|W|1.2|water:3,environment:2',
    'Provincie Oost-Vlaanderen|O|0|',
    'Provincie Vlaams-Brabant|B|0|',
  ],
  intermunicipal: [
    'Intercommunale Leiedal|W|2.5|mobility:3,energy_transition:3',
    'WVI|W|1.5|infrastructure:3,energy_transition:2',
    'IGEMO|A|1|mobility:3,infrastructure:3,energy_transition:3,circular_economy:1,water:1',
    'IOK|A|1.2|circular_economy:5',
    'Haviland|B|1|mobility:3,infrastructure:3,energy_transition:3,circular_economy:1,water:1',
    'Interleuven|B|1.2|mobility:3,infrastructure:3,energy_transition:3,circular_economy:1,water:1',
    'Veneco|O|0.8|mobility:3,infrastructure:3,energy_transition:3,circular_economy:1,water:1',
    'SOLVA|O|0.8|mobility:3,infrastructure:3,energy_transition:3,circular_economy:1,water:1',
    'Interwaas|O|0.8|mobility:3,infrastructure:3,energy_transition:3,circular_economy:1,water:1',
    'IGEAN|A|0.8|circular_economy:3',
    'Pidpa|A|1|water:8',
    'Farys|O|1.2|water:8',
    'Fluvius System Operator|O|2|energy_transition:6,infrastructure:2',
    'IVAGO|O|1|circular_economy:6',
    'IMOG|W|0.8|circular_economy:6',
    'IVBO|W|0.6|circular_economy:5,energy_transition:2',
    'MIROM Roeselare|W|0.6|circular_economy:4,energy_transition:3',
    'EcoWerf|B|0.8|circular_economy:6',
    'Incovo|B|0.5|circular_economy:5',
    'Limburg.net|L|1.2|circular_economy:6',
    'Digipolis Gent|O|2|digitalisation:20',
    'Digipolis Antwerpen|A|1.5|digitalisation:20',
    'ISVAG|A|0.5|circular_economy:3,energy_transition:3',
    'IVAREM|A|0.5|circular_economy:5',
    'Aquaduin|W|0.6|water:8',
    'W13|W|0.6|care:6',
    'Stadsregio Turnhout|A|0.4|mobility:3',
    'Poolstok|W|0.5|digitalisation:20',
  ],
  hospital: [
    'AZ Groeninge|W|2',
    'AZ Sint-Jan Brugge|W|1.5',
    'UZ Gent|O|2.5',
    'UZ Leuven|B|2.5',
    'UZ Antwerpen|A|1.5',
    'Ziekenhuis Netwerk Antwerpen|A|1.5',
    'AZ Delta|W|1.5',
    'Jessa Ziekenhuis|L|1',
    'Ziekenhuis Oost-Limburg|L|1.2',
    'AZ Maria Middelares|O|0.6',
    'AZ Sint-Lucas Gent|O|0.5',
    'AZ Klina|A|0.5',
    'GZA Ziekenhuizen|A|0.8',
    'AZ Turnhout|A|0.6',
    'Heilig Hart Ziekenhuis Lier|A|0.4',
    'AZ Monica|A|0.4',
    'Imelda Ziekenhuis|A|0.5',
    'AZ Rivierenland|A|0.4',
    'OLV Ziekenhuis Aalst|O|0.8',
    'AZ Oudenaarde|O|0.3',
    'AZ Vesalius|L|0.3',
    'AZ Nikolaas|O|0.5',
    'AZ Alma|O|0.3',
    'AZ West|W|0.3',
    'AZ Damiaan|W|0.4',
    'Sint-Trudo Ziekenhuis|L|0.3',
    'Regionaal Ziekenhuis Heilig Hart Tienen|B|0.3',
    'AZ Jan Portaels|B|0.3',
    'UZ Brussel|X|1.2',
  ],
  care: [
    'Zorgbedrijf Antwerpen|A|2',
    'Zorgbedrijf Rivierenland|A|0.8',
    'Zorg Leuven|B|1',
    'Zorgbedrijf Meetjesland|O|0.6',
    'Zorg Kortrijk|W|0.8',
    'Wit-Gele Kruis Vlaanderen|X|0.8',
    'Familiehulp|X|0.5',
    'i-mens|A|0.5',
    'Emmaüs|A|0.6',
    'Zorggroep Eclips|O|0.4',
    'Woonzorgnet-Dijleland|B|0.4',
    'Zorgband Leie en Schelde|O|0.4',
    'Zorgpunt Waasland|O|0.5',
    'Karus|O|0.4',
    'Multiversum|A|0.3',
    'Asster|L|0.4',
    'Het GielsBos|A|0.3',
    'MPI Oosterlo|A|0.3',
    'De Lovie|W|0.3',
    'Zorgbedrijf Klein-Brabant|A|0.3',
  ],
  education: [
    'GO! onderwijs van de Vlaamse Gemeenschap|X|1',
    'GO! scholengroep Brussel|X|0.4',
    'GO! scholengroep Antwerpen|A|0.5',
    'GO! scholengroep Waasland|O|0.4',
    'GO! scholengroep Kempen|A|0.4',
    'GO! scholengroep Gent|O|0.5',
    'GO! scholengroep Limburg|L|0.3',
    'Stedelijk Onderwijs Antwerpen|A|0.8',
    'Universiteit Gent|O|1.5|education:4,energy_transition:2,circular_economy:2',
    'KU Leuven|B|1.2|education:4,energy_transition:2',
    'Universiteit Antwerpen|A|0.8',
    'Vrije Universiteit Brussel|X|0.8',
    'Universiteit Hasselt|L|0.5',
    'Hogeschool Gent|O|0.5',
    'Thomas More|A|0.4',
    'Hogeschool PXL|L|0.4',
    'Howest|W|0.4',
    'Arteveldehogeschool|O|0.3',
    'Karel de Grote Hogeschool|A|0.3',
    'AP Hogeschool|A|0.3',
    'UCLL|B|0.3',
    'Vives|W|0.3',
    'Katholiek Onderwijs Vlaanderen|X|0',
  ],
  other: [
    'Aquafin|A|1.2|water:8',
    'De Watergroep|X|1.5|water:8',
    'Havenbedrijf Antwerpen|A|2|infrastructure:4,mobility:3,energy_transition:3',
    'Maatschappij van de Brugse Zeehaven|W|0.5|infrastructure:3,mobility:2',
    'North Sea Port Flanders|O|0.6|infrastructure:3,energy_transition:2',
    'VRT|X|0.8|other:2',
    'Politiezone Gent|O|0.8|other:3',
    'Politiezone Antwerpen|A|0.8|other:3',
    'Politiezone Leuven|B|0.3|other:3',
    'Hulpverleningszone Centrum|O|0.5|other:3',
    'Brandweerzone Antwerpen|A|0.5|other:3',
    'Hulpverleningszone Fluvia|W|0.4|other:3',
    'Sogent|O|0.6|infrastructure:3,energy_transition:2',
    'AG Vespa|A|0.4|infrastructure:3,energy_transition:2',
    'Woonhaven Antwerpen|A|0.5|energy_transition:5',
    'WoninGent|O|0.4|energy_transition:5',
    'Lantis|A|0.6|infrastructure:5,mobility:3',
    'Vlaams Instituut voor de Zee|W|0.3|water:4,environment:3',
    'VVSG|X|0|',
  ],
};

function parseThemes(spec: string | undefined): Partial<Record<Theme, number>> {
  const out: Partial<Record<Theme, number>> = {};
  if (!spec) return out;
  for (const part of spec.split(',')) {
    const [key, weight] = part.split(':');
    if (key) out[key as Theme] = Number(weight ?? '1');
  }
  return out;
}

function province(code: string | undefined): Province {
  const p = code === undefined ? undefined : PROVINCE_CODES[code];
  if (!p) throw new Error(`Unknown province code ${code ?? '(none)'}`);
  return p;
}

function make(
  name: string,
  type: OrgType,
  prov: Province,
  propensity: number,
  themes: Partial<Record<Theme, number>>,
): Org {
  return {
    name,
    type,
    level: LEVEL_OF[type],
    province: prov,
    propensity,
    themes: Object.keys(themes).length > 0 ? themes : TYPE_THEMES[type],
  };
}

export function buildOrganisations(): Org[] {
  const orgs: Org[] = [];
  for (const [code, chunks] of Object.entries(MUNICIPALITIES)) {
    for (const spec of chunks.flatMap((c) => c.split(', '))) {
      const city = spec.startsWith('*');
      const [name = '', weight] = spec.replace('*', '').split(':');
      const propensity = weight ? Number(weight) : city ? 0.6 : 0.3;
      orgs.push(
        make(
          `${city ? 'Stad' : 'Gemeente'} ${name}`,
          'municipality',
          province(code),
          propensity,
          {},
        ),
      );
    }
  }
  for (const spec of OCMWS.flatMap((c) => c.split(', '))) {
    const [head = '', code] = spec.split('|');
    const [name = '', weight] = head.split(':');
    orgs.push(make(`OCMW ${name}`, 'ocmw', province(code), Number(weight ?? '0.2'), {}));
  }
  for (const [type, specs] of Object.entries(SEEDS) as [OrgType, readonly string[]][]) {
    for (const spec of specs) {
      const [name = '', code, weight, themes] = spec.split('|');
      orgs.push(make(name, type, province(code), Number(weight ?? '0.5'), parseThemes(themes)));
    }
  }
  const names = new Set<string>();
  for (const org of orgs) {
    if (names.has(org.name)) throw new Error(`Duplicate organisation name ${org.name}`);
    names.add(org.name);
  }
  return orgs;
}

/**
 * Eligible bodies in Flanders per org_type (proposal, rounded orders of magnitude): 300
 * municipalities after the 2019 mergers and 285 announced for 2025, one OCMW per municipality,
 * five provinces.
 */
export const POPULATION: readonly { type: OrgType; n2019: number; n2023: number }[] = [
  { type: 'department', n2019: 11, n2023: 11 },
  { type: 'flemish_agency', n2019: 71, n2023: 66 },
  { type: 'province', n2019: 5, n2023: 5 },
  { type: 'municipality', n2019: 300, n2023: 285 },
  { type: 'ocmw', n2019: 300, n2023: 285 },
  { type: 'intermunicipal', n2019: 212, n2023: 196 },
  { type: 'hospital', n2019: 55, n2023: 52 },
  { type: 'care', n2019: 760, n2023: 790 },
  { type: 'education', n2019: 460, n2023: 435 },
  { type: 'other', n2019: 230, n2023: 218 },
];
