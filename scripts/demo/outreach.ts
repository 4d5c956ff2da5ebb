import type { OrgType } from '../../src/model/index.ts';
import { addMonths, day, iso, monthOf, TODAY, workday, yearOf, ymd, type Day } from './dates.ts';
import type { Rng } from './random.ts';
import type {
  Activity,
  ActivityKind,
  Application,
  Attendance,
  Call,
  Company,
  EuProject,
  Org,
  Project,
  WebMonth,
} from './world.ts';

const MONTHS_NL = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];

const THEME_NL: Readonly<Record<string, string>> = {
  circular_economy_energy_transition: 'circulaire economie en energietransitie',
  care: 'zorg',
  water: 'water',
  mobility: 'mobiliteit',
};

const WORKSHOPS = [
  'Workshop: een marktconsultatie organiseren',
  'Workshop: van behoefte naar functionele specificaties',
  'Workshop: het innovatiepartnerschap in de praktijk',
  'Workshop: intellectuele eigendom bij innovatieve aankopen',
  'Workshop: gunningscriteria voor innovatie',
  'Co-creatieworkshop circulair aankopen',
  'Workshop innovatief aankopen voor zorgorganisaties',
  'Workshop: samen aankopen met andere besturen',
];
const WEBINARS = [
  'Webinar: pre-commerciële aankoop (PCP) in de praktijk',
  'Webinar: juridische aspecten van het innovatiepartnerschap',
  'Webinar: online marktconsultaties',
  'Webinar: Europese PCP- en PPI-projecten en hun financiering',
  'Webinar: resultaten van PIO-projecten',
  'Webinar: innovatief aankopen voor lokale besturen',
  'Webinar: de concurrentiegerichte dialoog',
  'Webinar: artificiële intelligentie aankopen',
];
const TRAININGS = [
  'Opleiding innovatiegericht aankopen (basis)',
  'Opleiding innovatiegericht aankopen (gevorderd)',
  'Masterclass pre-commerciële aankoop',
  'Opleiding innovatief aankopen voor lokale besturen',
];
const PUBLICATIONS = [
  'Leidraad marktconsultatie',
  'Praktijkfiches innovatieve overheidsopdrachten',
  'Modelbestek pre-commerciële aankoop',
  'Handleiding innovatiepartnerschap',
  'Casebundel innovatieve aankopen',
  'Jaarverslag PIO',
  'Factsheet co-financiering',
  'Leidraad intellectuele eigendom',
];

/** Organisations' relative chance of attending, by type (proposal). */
const ATTEND_TYPE: Readonly<Record<OrgType, number>> = {
  department: 1.6,
  flemish_agency: 1.3,
  province: 2,
  municipality: 0.7,
  ocmw: 0.45,
  intermunicipal: 1.2,
  hospital: 0.8,
  care: 0.45,
  education: 0.6,
  other: 0.7,
};

const MONTH_WEIGHTS = [0.8, 1, 1.1, 1, 1.1, 1, 0.3, 0.1, 1.1, 1.2, 1.1, 0.5];

function dayIn(rng: Rng, year: number): Day {
  const month = rng.weighted(
    [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
    (m) => MONTH_WEIGHTS[m - 1] ?? 0,
  );
  return workday(ymd(year, month, rng.int(1, 26)));
}

function dutchDate(d: Day): string {
  return `${iso(d).slice(8).replace(/^0/, '')} ${MONTHS_NL[monthOf(d) - 1] ?? ''}`;
}

interface Planned {
  held: Day;
  kind: ActivityKind;
  title: string;
  orgs: number;
  companies: number;
}

function plan(rng: Rng, calls: readonly Call[]): Planned[] {
  const out: Planned[] = [];
  const add = (held: Day, kind: ActivityKind, title: string, orgs: number, companies: number) =>
    out.push({ held, kind, title, orgs, companies });
  add(
    ymd(2017, 1, 19),
    'network_event',
    'Lancering Programma Innovatieve Overheidsopdrachten',
    70,
    25,
  );
  for (const call of calls) {
    const online = call.year === 2020 || call.year === 2021;
    const label =
      call.type === 'open'
        ? `open oproep ${call.year} (indiening ${dutchDate(call.deadline)})`
        : `thematische oproep ${THEME_NL[call.theme] ?? call.theme}`;
    const first = workday(call.deadline - rng.int(35, 50));
    add(
      first,
      'info_session',
      `Infosessie ${label}${online ? ' (online)' : ''}`,
      rng.int(22, 40),
      rng.int(0, 6),
    );
    if (!online && call.year <= 2019) {
      add(
        workday(first + rng.int(5, 12)),
        'info_session',
        `Infosessie ${label}, regio`,
        rng.int(14, 26),
        rng.int(0, 4),
      );
    }
  }
  for (let year = 2017; year <= 2024; year++) {
    const t = year - 2017;
    for (const title of rng.sample(WORKSHOPS, rng.int(2, 3 + (year >= 2021 ? 1 : 0)))) {
      add(dayIn(rng, year), 'workshop', title, rng.int(8, 20), rng.int(0, 4));
    }
    const webinars = year < 2020 ? rng.int(0, 1) : year <= 2021 ? rng.int(5, 7) : rng.int(3, 5);
    for (const title of rng.sample(WEBINARS, webinars)) {
      add(dayIn(rng, year), 'webinar', title, rng.int(25, 55 + 2 * t), rng.int(6, 20));
    }
    if (year >= 2018) {
      for (const title of rng.sample(TRAININGS, rng.int(1, 3))) {
        add(dayIn(rng, year), 'training', `${title} ${year}`, rng.int(8, 16), 0);
      }
    }
    if (year >= 2018) {
      add(
        workday(ymd(year, rng.pick([5, 6, 11]), rng.int(3, 24))),
        'network_event',
        `PIO-netwerkdag ${year}${year === 2020 ? ' (online)' : ''}`,
        rng.int(35, 65),
        rng.int(10, 25),
      );
    }
    if (year >= 2019 && year !== 2020) {
      add(
        dayIn(rng, year),
        'network_event',
        `Marktdag ${year}: overheden ontmoeten innovatieve bedrijven`,
        rng.int(20, 35),
        rng.int(30, 55),
      );
    }
    for (const title of rng.sample(PUBLICATIONS, rng.int(2, 3))) {
      add(
        dayIn(rng, year),
        'publication',
        title === 'Jaarverslag PIO' ? `${title} ${year - 1}` : title,
        0,
        0,
      );
    }
  }
  return out.filter((a) => a.held <= TODAY).sort((a, b) => a.held - b.held);
}

const CONVERSION: Readonly<Record<ActivityKind, number>> = {
  info_session: 0.45,
  webinar: 0.25,
  workshop: 0.2,
  training: 0.2,
  network_event: 0.2,
  publication: 0,
};

export function buildActivities(
  calls: readonly Call[],
  orgs: readonly Org[],
  companies: readonly Company[],
  applications: readonly Application[],
  projects: readonly Project[],
  rng: Rng,
): Activity[] {
  const planned = plan(rng.fork('plan'), calls);
  const organiser = orgs.find((o) => o.name === 'Agentschap Innoveren en Ondernemen');
  const persons = () => rng.chooseInt({ 1: 55, 2: 28, 3: 11, 4: 4, 5: 2 });
  const seen = new Map<Org, number>();
  return planned.map((a) => {
    const attendance: Attendance[] = [];
    if (a.kind === 'publication') return { held: a.held, kind: a.kind, title: a.title, attendance };
    const chosen = new Set<Org>();
    const upcoming = new Set(
      applications
        .filter((x) => x.submitted > a.held && x.submitted <= a.held + 365)
        .map((x) => x.lead),
    );
    for (const org of upcoming) if (rng.chance(CONVERSION[a.kind])) chosen.add(org);
    const buyers = new Set(
      projects.filter((p) => p.started < a.held).flatMap((p) => p.buyers.map((b) => b.org)),
    );
    for (const org of buyers)
      if (rng.chance(a.kind === 'network_event' ? 0.25 : 0.06)) chosen.add(org);
    const others = rng.sampleWeighted(orgs, Math.max(0, a.orgs - chosen.size), (o) =>
      chosen.has(o) || o === organiser
        ? 0
        : ATTEND_TYPE[o.type] * (0.4 + o.propensity) * (1 + 1.5 * Math.min(seen.get(o) ?? 0, 3)),
    );
    for (const org of others) chosen.add(org);
    for (const org of chosen) seen.set(org, (seen.get(org) ?? 0) + 1);
    for (const org of chosen) attendance.push({ org, company: null, persons: persons() });
    const year = yearOf(a.held);
    const firms = rng.sampleWeighted(companies, a.companies, (c) =>
      c.founded > year ? 0 : { flanders: 1, brussels: 0.7, wallonia: 0.35, abroad: 0.15 }[c.region],
    );
    for (const company of firms) {
      attendance.push({ org: null, company, persons: rng.chooseInt({ 1: 70, 2: 25, 3: 5 }) });
    }
    return { held: a.held, kind: a.kind, title: a.title, attendance };
  });
}

const SEASON = [0.95, 1.05, 1.1, 1, 1.05, 0.95, 0.7, 0.6, 1.05, 1.15, 1.1, 0.8];

/** Knowledge-platform use (OD2): growth, a relaunch in 2021, a summer dip, peaks before deadlines. */
export function buildWebMetrics(calls: readonly Call[], rng: Rng): WebMonth[] {
  const out: WebMonth[] = [];
  const deadlineMonths = new Set(
    calls.map((c) => yearOf(c.deadline) * 12 + monthOf(c.deadline) - 1),
  );
  for (let t = 0; t < 84; t++) {
    const { year, month } = addMonths(2018, 1, t);
    const key = year * 12 + month - 1;
    const relaunch = year > 2021 || (year === 2021 && month >= 3);
    const trend = 2600 * (1 + 0.045 * t) * (relaunch ? 1.15 : 1);
    const deadline = deadlineMonths.has(key) || deadlineMonths.has(key + 1) ? 1.12 : 1;
    const pageViews = Math.round(
      trend * (SEASON[month - 1] ?? 1) * deadline * (1 + 0.06 * rng.normal()),
    );
    const ratio = 2.3 + 0.005 * t + 0.1 * rng.normal();
    const downloadShare = (relaunch ? 0.065 : 0.035) * (1 + 0.1 * rng.normal());
    out.push({
      month: ymd(year, month, 1),
      pageViews,
      uniqueVisitors: Math.round(pageViews / ratio),
      downloads: Math.round(pageViews * downloadShare),
    });
  }
  return out;
}

/** Invented EU projects in the style of H2020 / Horizon Europe PCP, PPI and CSA actions (OD4). */
const EU_SPECS: readonly {
  id: string;
  acronym: string;
  programme: 'h2020' | 'horizon_europe';
  instrument: 'pcp' | 'ppi' | 'csa';
  started: string;
  ended: string | null;
  contribution: number;
  participants: readonly [
    string,
    'lead_procurer' | 'procurer' | 'partner' | 'observer' | 'supporting',
    boolean,
    number | null,
  ][];
}[] = [
  {
    id: 'EU-H2020-731942',
    acronym: 'SMARTLIGHT-PCP',
    programme: 'h2020',
    instrument: 'pcp',
    started: '2017-05-01',
    ended: '2020-10-31',
    contribution: 3_910_000,
    participants: [['Stad Kortrijk', 'procurer', false, 455_000]],
  },
  {
    id: 'EU-H2020-780412',
    acronym: 'CITYLOGIX',
    programme: 'h2020',
    instrument: 'pcp',
    started: '2018-01-01',
    ended: '2021-06-30',
    contribution: 4_860_000,
    participants: [
      ['Stad Antwerpen', 'procurer', false, 712_400],
      ['Digipolis Antwerpen', 'supporting', false, 148_000],
    ],
  },
  {
    id: 'EU-H2020-825671',
    acronym: 'AQUAWATCH',
    programme: 'h2020',
    instrument: 'pcp',
    started: '2019-01-01',
    ended: '2022-12-31',
    contribution: 6_120_000,
    participants: [
      ['Vlaamse Milieumaatschappij', 'lead_procurer', false, 1_420_000],
      ['De Watergroep', 'procurer', false, 860_000],
    ],
  },
  {
    id: 'EU-H2020-857103',
    acronym: 'CARELINK-PPI',
    programme: 'h2020',
    instrument: 'ppi',
    started: '2020-01-01',
    ended: '2023-12-31',
    contribution: 5_480_000,
    participants: [
      ['UZ Gent', 'procurer', true, 930_000],
      ['AZ Groeninge', 'procurer', true, 640_000],
      ['Zorgbedrijf Antwerpen', 'observer', false, 0],
    ],
  },
  {
    id: 'EU-H2020-101004219',
    acronym: 'PROCURE4CLIMATE',
    programme: 'h2020',
    instrument: 'csa',
    started: '2020-09-01',
    ended: '2023-02-28',
    contribution: 2_480_000,
    participants: [
      ['Agentschap Innoveren en Ondernemen', 'supporting', false, 212_500],
      ['Stad Gent', 'partner', true, 164_000],
      ['Intercommunale Leiedal', 'partner', true, 121_500],
    ],
  },
  {
    id: 'EU-HE-101070214',
    acronym: 'ROADSAFE-AI',
    programme: 'horizon_europe',
    instrument: 'pcp',
    started: '2022-10-01',
    ended: null,
    contribution: 7_950_000,
    participants: [
      ['Agentschap Wegen en Verkeer', 'lead_procurer', true, 1_860_000],
      ['Provincie Limburg', 'procurer', true, 540_000],
      ['Stad Leuven', 'observer', true, 0],
    ],
  },
  {
    id: 'EU-HE-101093861',
    acronym: 'BUILDCIRC',
    programme: 'horizon_europe',
    instrument: 'ppi',
    started: '2023-01-01',
    ended: null,
    contribution: 5_200_000,
    participants: [
      ['Agentschap Facilitair Bedrijf', 'procurer', true, 1_120_000],
      ['Vlaamse Maatschappij voor Sociaal Wonen', 'procurer', true, 780_000],
      ['OVAM', 'observer', false, 0],
    ],
  },
  {
    id: 'EU-HE-101132482',
    acronym: 'INNOPROC-HEALTH',
    programme: 'horizon_europe',
    instrument: 'csa',
    started: '2024-01-01',
    ended: null,
    contribution: 1_990_000,
    participants: [
      ['UZ Leuven', 'partner', false, 245_000],
      ['Ziekenhuis Netwerk Antwerpen', 'partner', true, 188_000],
    ],
  },
];

export function buildEuProjects(orgs: readonly Org[]): EuProject[] {
  const byName = new Map(orgs.map((o) => [o.name, o]));
  return EU_SPECS.map((s) => ({
    id: s.id,
    acronym: s.acronym,
    programme: s.programme,
    instrument: s.instrument,
    started: day(s.started),
    ended: s.ended === null ? null : day(s.ended),
    contribution: s.contribution * 100,
    participants: s.participants.map(([name, role, pioSupported, contribution]) => {
      const org = byName.get(name);
      if (!org) throw new Error(`EU participant ${name} is not an organisation`);
      return {
        org,
        role,
        pioSupported,
        contribution: contribution === null ? null : contribution * 100,
      };
    }),
  }));
}
