import type { Theme } from '../../src/model/index.ts';
import type { Rng } from './random.ts';
import type { Org } from './world.ts';

/**
 * Proposal titles per theme (invented, in the style of PIO project titles). `|a;b` limits a
 * title to organisations of those types or with those exact names.
 */
const TITLES: Readonly<Record<Theme, readonly string[]>> = {
  digitalisation: [
    'Slimme ondersteuning van het klantencontactcentrum|flemish_agency;department',
    'Procesmining van dossierstromen|flemish_agency;department',
    'Automatische samenvatting van adviezen en rapporten|flemish_agency;department;province',
    'Digitaal kennisbeheer voor inspectiediensten|flemish_agency;department',
    'Veilige gegevensdeling tussen administraties|flemish_agency;department',
    'Toegankelijke digitale formulieren voor iedereen|flemish_agency;department;municipality',
    'Datakwaliteit en masterdata voor registers|flemish_agency;department',
    'Mobiele apps voor medewerkers op het terrein|flemish_agency;province;intermunicipal;other',
    'Datagedreven capaciteitsplanning van scholen|Departement Onderwijs en Vorming;Agentschap voor Onderwijsdiensten;municipality',
    'Slimme afvalcontainers met vulgraadsensoren|municipality;intermunicipal',
    'Digitale wachtrijen en afsprakenbeheer aan het loket|municipality;ocmw',
    'Data-platform voor lokaal woonbeleid|municipality;intermunicipal',
    'Slimme monitoring van drukte in de binnenstad|municipality',
    'AI-ondersteunde beantwoording van meldingen|municipality;province',
    'Digitale bouwaanvraag met automatische conformiteitscheck|municipality;province',
    'Slimme energiemonitoring van stedelijke gebouwen|municipality',
    'Digitaal platform voor verenigingen en zaalverhuur|municipality',
    'Gedeeld dataplatform voor de regio|intermunicipal',
    'Slimme planning van huisvuilophaling|intermunicipal',
    'Digitaal loket voor intergemeentelijke dienstverlening|intermunicipal',
    'Lerend platform voor stages en werkplekleren|education',
    'Slimme campus: bezettingsmeting van lokalen|education',
    'Digitale studentenbegeleiding met vroegsignalering|education',
    'AI-ondersteunde feedback op schrijfopdrachten|education',
    'Digitale vergunningverlening voor waterwegen|De Vlaamse Waterweg;Agentschap Maritieme Dienstverlening en Kust',
    'Automatische verwerking van subsidieaanvragen|flemish_agency;department;province',
    'Digitaal inspectieplatform met mobiele app|flemish_agency;department',
    'Slimme zoekfunctie over overheidsdocumenten|flemish_agency;department;province',
    'Voorspellend onderhoud van het wagenpark|flemish_agency;province;Hulpverleningszone Centrum;Brandweerzone Antwerpen;Hulpverleningszone Fluvia;Politiezone Gent;Politiezone Antwerpen;Politiezone Leuven;De Lijn',
    'Digitaal provinciaal geoloket|province',
    'Datagedreven opvolging van provinciale wegen en fietspaden|province',
    'Chatbot voor burgervragen aan het loket|municipality;ocmw;intermunicipal',
    'AI-ondersteunde verwerking van omgevingsvergunningen|municipality;department;province',
    'Digitale tweeling van de binnenstad|municipality;intermunicipal',
    'Slim loket voor sociale voordelen|municipality;ocmw',
    'Automatische pseudonimisering van documenten|department;flemish_agency',
    'Spraakgestuurde verslaggeving voor zorgverleners|hospital;care',
    'Datagedreven personeelsplanning|hospital;care;flemish_agency',
    'Automatische classificatie van inkomende post|department;flemish_agency;municipality',
    'Virtuele assistent voor het onthaal|municipality;hospital',
    'Beeldherkenning van zwerfvuil op camerabeelden|municipality;intermunicipal',
    'Predictief onderhoud van ICT-infrastructuur|Agentschap Digitaal Vlaanderen;Digipolis Gent;Digipolis Antwerpen;Poolstok;Fluvius System Operator',
    'Digitale leeromgeving voor ambtenaren|department;flemish_agency;province',
    'Slimme planning van huisbezoeken|ocmw;care',
    'Automatische vertaling van overheidscommunicatie|department;flemish_agency;municipality',
    'Digitale inventaris van erfgoedcollecties|Agentschap Onroerend Erfgoed;province;municipality',
    'Mobiele 3D-scan van het wegennet|Agentschap Wegen en Verkeer;province',
    'Data-analyse voor de opsporing van sociale fraude|VDAB;ocmw;Departement Werk en Sociale Economie',
    'Sensornetwerk voor geluidsmetingen|municipality;Havenbedrijf Antwerpen;Maatschappij van de Brugse Zeehaven;North Sea Port Flanders',
    'Platform voor digitale burgerparticipatie|municipality;province',
    'Beeldherkenning op luchtfoto’s voor de opvolging van bebouwing|Agentschap Digitaal Vlaanderen;Departement Omgeving;province',
    'Automatische metadatering van digitale archieven|department;flemish_agency;province',
    'Digitaal dossierbeheer voor de jeugdhulp|Opgroeien;care',
    'Voorspellend model voor wachttijden op de spoedgevallendienst|hospital',
    'Digitale triage voor de huisartsenwachtpost|hospital;care',
    'Slim parkeerbegeleidingssysteem|municipality',
    'AI-assistent voor de beantwoording van parlementaire vragen|department',
    'Digitale sleutel voor gedeelde gebouwen|municipality;education;flemish_agency',
    'Platform voor het delen van vrijwilligerswerk|municipality;ocmw',
    'Open dataplatform voor lokale besturen|intermunicipal',
    'Automatische detectie van afwijkingen in facturen|department;flemish_agency;hospital',
    'Digitaal platform voor schooltoewijzing|municipality;education',
    'Conversational AI voor de klantendienst|De Lijn;VDAB;Vlaamse Belastingdienst;De Watergroep;Fluvius System Operator',
    'Slimme camera’s voor de handhaving van lage-emissiezones|municipality;Politiezone Gent;Politiezone Antwerpen;Politiezone Leuven',
    'Digitale meldingsapp voor de openbare ruimte|municipality',
    'Datagedreven onderhoudsplanning van gebouwen|province;municipality;education',
    'Automatische ondertiteling van videocommunicatie|VRT;flemish_agency;department',
    'Geïntegreerd zorgdossier over organisaties heen|hospital;care',
    'Robotisering van administratieve processen|flemish_agency;department;ocmw',
    'Digitaal platform voor de opvolging van subsidies|department;province',
    'Slimme verwerking van bouwplannen in 3D|municipality;flemish_agency',
    'Beslissingsondersteuning voor inspecteurs|flemish_agency;department',
    'Realtime dashboard voor crisiscommunicatie|Hulpverleningszone Centrum;Brandweerzone Antwerpen;Hulpverleningszone Fluvia;Politiezone Gent;Politiezone Antwerpen;Politiezone Leuven;province',
    'Digitale assistent voor de aangifte van belastingen|Vlaamse Belastingdienst',
    'AI voor de opsporing van illegale lozingen|Vlaamse Milieumaatschappij;Aquafin;De Watergroep',
    'Detectie van fietsers en voetgangers met slimme sensoren|municipality;flemish_agency',
    'Digitale ondersteuning van de brandweerinterventie|Hulpverleningszone Centrum;Brandweerzone Antwerpen;Hulpverleningszone Fluvia',
    'Veilige videoconsultatie voor de thuiszorg|care;hospital',
    'Slimme toegangscontrole voor recyclageparken|intermunicipal',
    'Automatische herkenning van nummerplaten voor bewonersparkeren|municipality',
    'Digitaal leerplatform voor volwassenenonderwijs|education;VDAB;AHOVOKS',
    'Kennisgraaf van wetgeving en rechtspraak|department;Agentschap Justitie en Handhaving',
    'Digitale tweeling van de haven|Havenbedrijf Antwerpen;Maatschappij van de Brugse Zeehaven;North Sea Port Flanders',
    'Slimme inventaris van openbare verlichting|municipality;intermunicipal',
    'Platform voor gedeeld gebruik van overheidsdata|department',
    'AI voor de screening van medische beelden|hospital',
    'Digitale cliëntenparticipatie in de zorg|care',
    'Automatische verwerking van studietoelagen|AHOVOKS',
    'Digitaal loket voor evenementenvergunningen|municipality',
    'Slimme planning van operatiekwartieren|hospital',
    'Cyberbeveiliging op maat van lokale besturen|intermunicipal;municipality',
  ],
  mobility: [
    'Slimme routeplanning voor dienstverplaatsingen|department;flemish_agency',
    'Fietsleasing en deelfietsen voor overheidspersoneel|department;flemish_agency;province',
    'Dynamische snelheidsborden met verkeersanalyse|municipality;province',
    'Slimme sturing van pendelparkings|Agentschap Wegen en Verkeer;De Lijn;province;municipality',
    'Slimme verkeerslichten met voorrang voor fietsers|municipality;flemish_agency',
    'Dynamisch beheer van laad- en loszones|municipality',
    'Vraaggestuurd openbaar vervoer in landelijk gebied|De Lijn;intermunicipal;province',
    'Realtime reisinformatie over vervoersmodi heen|De Lijn;Departement Mobiliteit en Openbare Werken',
    'Slimme fietsenstalling aan stations|municipality;province',
    'Deelmobiliteit voor personeel van de overheid|department;flemish_agency;municipality',
    'Stadsdistributie met emissievrije voertuigen|municipality;intermunicipal',
    'Detectie van gevaarlijke verkeerssituaties met camerabeelden|flemish_agency;municipality',
    'Autonome shuttle op bedrijventerreinen|intermunicipal;Havenbedrijf Antwerpen;Maatschappij van de Brugse Zeehaven;North Sea Port Flanders',
    'Mobiliteitsbudget als dienst voor medewerkers|department;hospital',
    'Slimme sturing van schoolstraten|municipality',
    'Meten van fietsstromen met sensoren|province;municipality',
    'Emissievrije dienstvoertuigen met slim laadbeheer|municipality;flemish_agency',
    'Digitaal platform voor aangepast vervoer|ocmw;care',
    'Voorspelling van files bij wegenwerken|Agentschap Wegen en Verkeer',
    'Slimme parkeersensoren voor mindervaliden|municipality',
    'Mobility as a Service voor een centrumstad|municipality',
    'Beheer van vrachtverkeer rond de haven|Havenbedrijf Antwerpen;Maatschappij van de Brugse Zeehaven;North Sea Port Flanders',
  ],
  care: [
    'Buurtgerichte zorg met een digitaal platform|municipality;ocmw',
    'Slimme thuisondersteuning voor ouderen|municipality;ocmw;care',
    'Valpreventie in de openbare ruimte voor senioren|municipality',
    'Digitale sociale kaart voor hulpverleners|municipality;ocmw',
    'Slimme patiëntenflow op de spoedafdeling|hospital',
    'Draagbare sensoren voor vroege waarschuwing van verslechtering|hospital',
    'Automatische medicatievoorbereiding in de ziekenhuisapotheek|hospital',
    'Valdetectie in woonzorgcentra|care;ocmw',
    'Slimme incontinentiematerialen|care;hospital',
    'Zorgrobot voor ondersteuning van verpleegkundigen|hospital',
    'Telemonitoring van chronische patiënten|hospital;care',
    'Vroegtijdige detectie van eenzaamheid bij ouderen|ocmw;municipality;care',
    'Digitale ondersteuning van mantelzorgers|ocmw;care;municipality',
    'Slimme medicatiedispensers voor de thuiszorg|care;ocmw',
    'Sensoren voor nachtelijk toezicht zonder camera’s|care',
    'Virtuele realiteit voor pijnbeheersing|hospital',
    'Hybride zorgpad voor revalidatie|hospital',
    'Technologie voor valpreventie aan huis|ocmw;care',
    'Slimme bedden voor decubituspreventie|hospital;care',
    'Zorgcoördinatie via een gedeeld platform|Departement Welzijn, Volksgezondheid en Gezin;Agentschap Zorg en Gezondheid;care',
    'Ondersteunende technologie voor personen met een beperking|Vlaams Agentschap voor Personen met een Handicap;care',
    'Sociale robot voor personen met dementie|care',
    'Monitoring van vitale parameters op de afdeling|hospital',
    'Preventie van infecties met slimme handhygiëne|hospital',
    'Digitaal platform voor kinderopvangplaatsen|Opgroeien;municipality',
    'Thuishospitalisatie met opvolging op afstand|hospital',
    'Slimme toewijzing van zorgbudgetten|Vlaams Agentschap voor Personen met een Handicap;Agentschap Zorg en Gezondheid',
    'Ondersteuning van zorgpersoneel bij tilhandelingen|care;hospital',
    'Detectie van kwetsbare gezinnen met data-analyse|ocmw;municipality',
  ],
  energy_transition: [
    'Energie-efficiënte verlichting en verwarming in woonzorgcentra|care;ocmw',
    'Zonnepanelen en warmtepompen voor zorgcampussen|care;hospital',
    'Energieneutrale renovatie van schoolgebouwen|education;municipality',
    'Slim energiebeheer in overheidsgebouwen|Agentschap Facilitair Bedrijf;department;province;Vlaams Energie- en Klimaatagentschap',
    'Lokale energiegemeenschap op een bedrijventerrein|intermunicipal;municipality',
    'Batterijopslag gekoppeld aan zonnepanelen|municipality;intermunicipal',
    'Warmtenet op basis van restwarmte|intermunicipal;municipality;Havenbedrijf Antwerpen;Maatschappij van de Brugse Zeehaven;North Sea Port Flanders;Sogent',
    'Energiezuinige openbare verlichting op maat|municipality',
    'Renovatie van sociale woningen met prefab gevelelementen|Vlaamse Maatschappij voor Sociaal Wonen;Woonhaven Antwerpen;WoninGent',
    'Groene waterstof voor dienstvoertuigen|Havenbedrijf Antwerpen;Maatschappij van de Brugse Zeehaven;North Sea Port Flanders;intermunicipal;De Lijn',
    'Slim laadplein voor elektrische bussen|De Lijn',
    'Energieflexibiliteit van ziekenhuisgebouwen|hospital',
    'Geothermie voor een zwembad|municipality',
    'Digitale energieboekhouding voor lokale besturen|intermunicipal;municipality',
    'Warmtepompen voor erfgoedgebouwen|municipality;flemish_agency',
    'Zonne-energie op geluidsschermen|Agentschap Wegen en Verkeer',
    'Energiecoach-platform voor kwetsbare huurders|ocmw;other',
  ],
  circular_economy: [
    'Sortering van harde plastics met beeldherkenning|intermunicipal',
    'Circulaire inzameling van matrassen|intermunicipal',
    'Hergebruikcentrum met digitale opvolging van materialen|intermunicipal;municipality',
    'Circulair meubilair voor kantoren|flemish_agency;department',
    'Hergebruik van bouwmaterialen bij sloop|municipality;other',
    'Slimme sortering van grofvuil|intermunicipal',
    'Herbruikbare verpakkingen in de ziekenhuiskeuken|hospital',
    'Circulaire aankoop van ICT-materiaal|Agentschap Digitaal Vlaanderen;Agentschap Facilitair Bedrijf;province',
    'Textielrecyclage van werkkledij|municipality;hospital',
    'Circulair beheer van bermmaaisel|municipality;Agentschap Wegen en Verkeer;Agentschap voor Natuur en Bos',
    'Detectie van verontreinigingen in restafval|intermunicipal',
    'Circulaire straatmeubelen|municipality',
    'Materialenpaspoort voor overheidsgebouwen|Agentschap Facilitair Bedrijf;OVAM',
    'Valorisatie van slib uit waterzuivering|Aquafin;Farys',
    'Verminderen van voedselverlies in scholen|education',
    'Herbruikbaar servies op evenementen|municipality',
    'Recyclage van luiers en incontinentiemateriaal|IVAGO;IMOG;IVBO;MIROM Roeselare;EcoWerf;Incovo;Limburg.net;IOK;IGEAN;IVAREM;ISVAG;care',
    'Circulair asfalt met gerecycleerde granulaten|Agentschap Wegen en Verkeer;province',
  ],
  water: [
    'Slimme regenwaterbuffers in de openbare ruimte|municipality',
    'Waterbesparing in stedelijke gebouwen en sportinfrastructuur|municipality',
    'Meetnet voor wateroverlast in woonwijken|municipality;intermunicipal',
    'Droogtebestendige groenzones met slimme irrigatie|municipality',
    'Digitale opvolging van grachten en baangrachten|municipality;province',
    'Realtime sturing van het rioolstelsel|intermunicipal;other;municipality',
    'Detectie van waterlekken in overheidsgebouwen|Agentschap Facilitair Bedrijf;department;province',
    'Satellietmonitoring van waterbeschikbaarheid|Vlaamse Milieumaatschappij;Departement Omgeving;De Watergroep',
    'Slimme sensoren voor waterkwaliteit in waterlopen|Vlaamse Milieumaatschappij;province;De Vlaamse Waterweg',
    'Voorspelling van overstromingen met realtime data|Vlaamse Milieumaatschappij;De Vlaamse Waterweg;province',
    'Hergebruik van regenwater in overheidsgebouwen|municipality;Agentschap Facilitair Bedrijf;department',
    'Lekdetectie in het drinkwaternet|De Watergroep;Farys;Pidpa;Aquaduin',
    'Slimme watermeters voor gezinnen|De Watergroep;Farys;Pidpa;Aquaduin',
    'Droogtemonitoring voor landbouw en natuur|Departement Landbouw en Visserij;Departement Omgeving;Vlaamse Landmaatschappij;Vlaamse Milieumaatschappij;Agentschap voor Natuur en Bos;province',
    'Ontharding en waterbuffering op pleinen|municipality',
    'Detectie van foutaansluitingen in de riolering|intermunicipal;Aquafin;municipality',
    'Automatische sturing van stuwen en pompen|De Vlaamse Waterweg;Vlaamse Milieumaatschappij',
    'Monitoring van de kustlijn met drones|Agentschap Maritieme Dienstverlening en Kust;Vlaams Instituut voor de Zee;Provincie West-Vlaanderen',
    'Microverontreinigingen uit afvalwater verwijderen|Aquafin;De Watergroep;Farys;Pidpa;Aquaduin',
    'Waterbesparing in ziekenhuizen|hospital',
    'Slimme regenwatertonnen met weersvoorspelling|municipality',
    'Sensornetwerk voor grondwaterstanden|province',
  ],
  infrastructure: [
    'Digitale tweeling van het weg- en waterwegennet|Departement Mobiliteit en Openbare Werken;Agentschap Wegen en Verkeer;De Vlaamse Waterweg',
    'Onderhoud van havendammen en strandhoofden|Agentschap Maritieme Dienstverlening en Kust;Departement Mobiliteit en Openbare Werken',
    'Slimme bebakening van vaarwegen|Agentschap Maritieme Dienstverlening en Kust;De Vlaamse Waterweg',
    'Kwaliteitscontrole van betonwerken met sensoren|Departement Mobiliteit en Openbare Werken;Agentschap Wegen en Verkeer;Lantis',
    'Slimme monitoring van rioleringen en kademuren|municipality;intermunicipal',
    'Herinrichting van pleinen met modulaire elementen|municipality',
    'Duurzame verharding met waterdoorlatende materialen|municipality;intermunicipal',
    'Digitale opvolging van openbare werken in de stad|municipality',
    'Monitoring van bruggen met trillingssensoren|Agentschap Wegen en Verkeer;De Vlaamse Waterweg;province;Lantis',
    'Vroegtijdige detectie van schade aan het wegdek|Agentschap Wegen en Verkeer;province;municipality',
    'Geluidsarm wegdek met gerecycleerde materialen|Agentschap Wegen en Verkeer',
    'Inspectie van tunnels met robots|Agentschap Wegen en Verkeer;Lantis',
    'Slimme sluizen voor de binnenvaart|De Vlaamse Waterweg',
    'Onderhoud van kademuren met digitale inspectie|Havenbedrijf Antwerpen;Maatschappij van de Brugse Zeehaven;North Sea Port Flanders;De Vlaamse Waterweg',
    'Modulaire tijdelijke klaslokalen|education;municipality',
    'Onderhoudsarme fietspaden|province;municipality',
    'Beheer van ondergrondse nutsleidingen in 3D|intermunicipal;municipality',
    'Innovatieve funderingen voor geluidsschermen|Agentschap Wegen en Verkeer;Lantis',
  ],
  education: [
    'Adaptief leerplatform voor taalverwerving|education;Agentschap Integratie en Inburgering',
    'Virtuele labo’s voor technisch onderwijs|education',
    'Slimme roosterplanning voor scholen|education',
    'Leerlingvolgsysteem met vroegsignalering van schooluitval|education;municipality',
    'Digitale toetsing op grote schaal|AHOVOKS;Departement Onderwijs en Vorming;education',
    'Gezonde lucht in klaslokalen met slimme ventilatie|education;municipality',
    'Ondersteuning van anderstalige ouders met vertaaltechnologie|education;ocmw',
    'Opleiding van werkzoekenden met virtuele realiteit|VDAB',
    'Open leermiddelen voor het hoger onderwijs|education',
    'Digitaal portfolio voor levenslang leren|VDAB;Departement Werk en Sociale Economie;Departement Onderwijs en Vorming;AHOVOKS',
  ],
  environment: [
    'Meetnet voor fijn stof met goedkope sensoren|Vlaamse Milieumaatschappij;municipality;province',
    'Luchtkwaliteit meten met burgersensoren|municipality;flemish_agency',
    'Bestrijding van exoten met drones|Agentschap voor Natuur en Bos;province;Vlaamse Landmaatschappij',
    'Vergroening van schoolspeelplaatsen met monitoring|municipality;education',
    'Geurhinder opvolgen met elektronische neuzen|Vlaamse Milieumaatschappij;Departement Omgeving;province',
    'Monitoring van biodiversiteit met akoestische sensoren|Agentschap voor Natuur en Bos;province;Agentschap Plantentuin Meise',
    'Stikstofmetingen bij natuurgebieden|Departement Omgeving;Agentschap voor Natuur en Bos;Vlaamse Milieumaatschappij;Departement Landbouw en Visserij',
    'Hittekaart en verkoeling van de stad|municipality',
    'Opvolging van bodemsanering met sensoren|OVAM',
    'Duurzaam bermbeheer met beeldherkenning|municipality;flemish_agency',
    'Geluidshinder rond evenementen beperken|municipality',
    'Slimme afvalbakken in natuurgebieden|flemish_agency;municipality',
  ],
  other: [
    'Innovatieve uitrusting voor brandweerinterventies|Hulpverleningszone Centrum;Brandweerzone Antwerpen;Hulpverleningszone Fluvia',
    'Bodycams met automatische anonimisering|Politiezone Gent;Politiezone Antwerpen;Politiezone Leuven',
    'Drones voor veiligheidstoezicht bij grote evenementen|Politiezone Gent;Politiezone Antwerpen;Politiezone Leuven;municipality',
    'Beleving van erfgoedsites met augmented reality|Agentschap Onroerend Erfgoed;Toerisme Vlaanderen;municipality;province',
    'Toegankelijke recreatie voor personen met een beperking|Sport Vlaanderen;Toerisme Vlaanderen;province',
    'Innovatieve inrichting van gevangenissen|Agentschap Justitie en Handhaving',
    'Slimme begraafplaatsadministratie|municipality',
    'Innovatieve aanpak van zwerfvuil op de kust|province;municipality',
    'Gepersonaliseerde bibliotheekdiensten|municipality',
    'Innovatieve beveiliging van overheidsgebouwen|department;flemish_agency',
  ],
};

interface Title {
  readonly text: string;
  /** Org types or exact organisation names. */
  readonly types: readonly string[] | null;
}

function parseTitle(spec: string): Title {
  const [text = '', types] = spec.split('|');
  return { text, types: types ? types.split(';') : null };
}

const parsed = new Map<Theme, readonly Title[]>(
  (Object.keys(TITLES) as Theme[]).map((theme) => [theme, TITLES[theme].map(parseTitle)]),
);

/** Hands out titles, preferring unused ones that suit the organisation. */
export class TitlePicker {
  private readonly used = new Map<string, Org[]>();
  private readonly rng: Rng;

  constructor(rng: Rng) {
    this.rng = rng;
  }

  pick(theme: Theme, org: Org): string {
    const list = parsed.get(theme) ?? [];
    const fits = list.filter(
      (t) => t.types === null || t.types.includes(org.type) || t.types.includes(org.name),
    );
    const fresh = fits.filter((t) => !this.used.has(t.text));
    const own = fits.filter((t) => this.used.get(t.text)?.includes(org));
    let title: Title;
    let text: string;
    if (fresh.length > 0) {
      title = this.rng.pick(fresh);
      text = title.text;
    } else if (own.length > 0) {
      title = this.rng.pick(own);
      text = `${title.text} (fase ${(this.used.get(title.text)?.filter((o) => o === org).length ?? 0) + 1})`;
    } else {
      title = this.rng.pick(fits.length > 0 ? fits : list);
      text = `${title.text} – ${org.name}`;
    }
    this.used.set(title.text, [...(this.used.get(title.text) ?? []), org]);
    return text;
  }
}
