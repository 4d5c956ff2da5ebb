import {
  ADDITIONALITY_VALUES,
  QUESTION_CODES,
  scaleOf,
  SERVICES,
  type Audience,
  type Milestone,
  type QuestionCode,
} from '../../src/model/index.ts';
import { day, iso, weekday, type Day } from './dates.ts';
import { apportion, type Rng } from './random.ts';
import type {
  Activity,
  Answer,
  Company,
  Disposition,
  Org,
  Project,
  Question,
  Respondent,
  Survey,
} from './world.ts';

type Service = (typeof SERVICES)[number];

const TEXTS: Readonly<Record<QuestionCode, { nl: string; en: string }>> = {
  SAT_OVERALL: {
    nl: 'Hoe tevreden bent u in het algemeen over de ondersteuning door PIO?',
    en: 'Overall, how satisfied are you with the support from PIO?',
  },
  NPS: {
    nl: 'Hoe waarschijnlijk is het dat u PIO zou aanbevelen aan een collega?',
    en: 'How likely are you to recommend PIO to a colleague?',
  },
  SAT_COACHING: {
    nl: 'Hoe beoordeelt u de kwaliteit van de coaching door het PIO-team?',
    en: 'How do you rate the quality of the coaching by the PIO team?',
  },
  SAT_COFIN: {
    nl: 'Hoe nuttig was de co-financiering door PIO voor uw project?',
    en: 'How useful was the co-financing by PIO for your project?',
  },
  INNOV_IN_USE: {
    nl: 'Heeft de aankoop geleid tot een innovatie die vandaag in gebruik is?',
    en: 'Did the procurement lead to an innovation that is in use today?',
  },
  ADDITIONALITY: {
    nl: 'Wat had uw organisatie gedaan zonder de steun van PIO?',
    en: 'What would your organisation have done without PIO’s support?',
  },
  SERVICES_USED: {
    nl: 'Van welke diensten van PIO hebt u gebruikgemaakt?',
    en: 'Which PIO services did you use?',
  },
  ORG_TYPE: {
    nl: 'Tot welk type organisatie behoort u?',
    en: 'What type of organisation do you work for?',
  },
  PROJECT_ID: {
    nl: 'Over welk PIO-project gaat uw antwoord (projectnummer)?',
    en: 'Which PIO project does your answer concern (project number)?',
  },
  REMARKS: {
    nl: 'Hebt u nog opmerkingen of suggesties?',
    en: 'Do you have any remarks or suggestions?',
  },
};

const COMPANY_TEXTS: Partial<Record<QuestionCode, { nl: string; en: string }>> = {
  SAT_OVERALL: {
    nl: 'Hoe tevreden bent u in het algemeen over uw deelname aan PIO-projecten (marktconsultaties, aanbestedingen, uitvoering)?',
    en: 'Overall, how satisfied are you with taking part in PIO projects (market consultations, tenders, execution)?',
  },
  NPS: {
    nl: 'Hoe waarschijnlijk is het dat u deelname aan een PIO-project zou aanbevelen aan een ander bedrijf?',
    en: 'How likely are you to recommend taking part in a PIO project to another company?',
  },
  INNOV_IN_USE: {
    nl: 'Is de oplossing die u ontwikkelde of leverde vandaag in gebruik bij een overheid?',
    en: 'Is the solution you developed or supplied in use by a public body today?',
  },
  ORG_TYPE: {
    nl: 'Hoe groot is uw onderneming?',
    en: 'What is the size of your company?',
  },
};

const REMARKS: Readonly<Record<Audience, readonly string[]>> = {
  buyer: [
    'Zeer goede begeleiding door het PIO-team, vooral bij de marktconsultatie.',
    'De co-financiering was doorslaggevend om het project intern goedgekeurd te krijgen.',
    'Graag meer voorbeeldbestekken en modeldocumenten op het kennisplatform.',
    'De doorlooptijd tussen indiening en beslissing mag korter.',
    'Het begrip "innovatiepartnerschap" was nieuw voor onze juridische dienst; de juridische ondersteuning hielp enorm.',
    'De administratieve opvolging is zwaar voor een kleine gemeente.\nMisschien kan er een eenvoudiger rapporteringsformat komen?',
    'Meer netwerkmomenten met andere aankopers, ook na afloop van het project.',
    'Dankzij de marktconsultatie kwamen we in contact met bedrijven die we niet kenden.',
    'Coaching top, maar de wissel van coach halverwege het project was jammer.',
    'Het was moeilijk om intern budget te vinden voor de uitrol na de pilootfase.',
    'Graag een "lerend netwerk" per thema, bv. zorg, mobiliteit en water.',
    'Geen opmerkingen.',
  ],
  company: [
    'Marktconsultaties waren goed georganiseerd, maar de gunningscriteria bleven vaag.',
    'Als start-up is een PCP-traject een mooie referentie; de betalingstermijnen waren wel lang.',
    'Het bestek vroeg een "bewezen oplossing", wat haaks staat op innovatie.',
    'Graag feedback bij een niet-gegunde offerte.\nNu wisten we niet waarom we verloren.',
    'De communicatie met de aankopende overheid verliep vlot en open.',
    'Te veel administratie voor een klein bedrijf, zeker bij een kleine opdracht.',
    'Mooie kans om samen met de gebruikers een oplossing te testen.',
    'Intellectuele eigendom: de regeling was duidelijk, dat is niet overal zo.',
    'Graag meer tijd tussen publicatie en indiening van de offerte.',
    'Na de pilootfase bleef het stil; een vervolgopdracht zou het verschil maken.',
  ],
  stakeholder: [
    'PIO verdient meer zichtbaarheid bij lokale besturen, zeker in kleinere gemeenten.',
    'Sterk programma; de koppeling met Europese PCP-projecten kan nog beter.',
    'Het kennisplatform is een referentie geworden, ook buiten Vlaanderen.',
    'Meer aandacht voor opschaling: goede pilootprojecten blijven te vaak "eenmalig".',
    'Thematische oproepen zijn een goede zet, maar communiceer de timing vroeger.\nDan kunnen besturen budget reserveren.',
    'De drempel voor zorgorganisaties blijft hoog; een vereenvoudigde procedure zou helpen.',
    'Betrek kennisinstellingen vroeger, al bij de behoefteanalyse.',
  ],
};

interface WaveSpec {
  readonly id: string;
  readonly name: string;
  readonly audience: Audience;
  readonly start: string;
  readonly end: string;
  readonly codes: readonly QuestionCode[];
  /** Intended AAPOR RR1. */
  readonly rr: number;
  /** Shares of the scores 5, 4, 3, 2, 1 on SAT_OVERALL, per group of respondents. */
  readonly sat: Readonly<Record<string, readonly number[]>>;
  /** Shares of the scores 10 down to 0 on NPS. */
  readonly nps: readonly number[];
}

const BUYER_CODES: readonly QuestionCode[] = QUESTION_CODES;
const COMPANY_CODES: readonly QuestionCode[] = [
  'SAT_OVERALL',
  'NPS',
  'INNOV_IN_USE',
  'SERVICES_USED',
  'ORG_TYPE',
  'PROJECT_ID',
  'REMARKS',
];
const STAKEHOLDER_CODES: readonly QuestionCode[] = [
  'SAT_OVERALL',
  'NPS',
  'SERVICES_USED',
  'ORG_TYPE',
  'REMARKS',
];

/** Intended response rates and score distributions per wave (proposal for the demo). */
const WAVES: readonly WaveSpec[] = [
  {
    id: 'SRV-2019-BUYER',
    name: 'Bevraging aankopende besturen 2019',
    audience: 'buyer',
    start: '2019-05-06',
    end: '2019-06-07',
    // Too early to ask whether innovations are in use.
    codes: BUYER_CODES.filter((c) => c !== 'INNOV_IN_USE'),
    rr: 0.62,
    sat: { all: [25, 45, 19, 8, 3] },
    nps: [18, 24, 26, 15, 7, 5, 2, 1, 1, 0.5, 0.5],
  },
  {
    id: 'SRV-2021-BUYER',
    name: 'Bevraging aankopende besturen 2021',
    audience: 'buyer',
    start: '2021-05-10',
    end: '2021-06-11',
    codes: BUYER_CODES,
    rr: 0.55,
    sat: { all: [28, 47, 16, 7, 2] },
    nps: [20, 25, 25, 14, 7, 4, 2, 1, 1, 0.5, 0.5],
  },
  {
    id: 'SRV-2021-COMPANY',
    name: 'Bevraging bedrijven 2021',
    audience: 'company',
    start: '2021-05-17',
    end: '2021-06-18',
    codes: COMPANY_CODES,
    rr: 0.4,
    sat: {
      award: [24, 44, 21, 8, 3],
      bid: [8, 36, 30, 18, 8],
      consultation: [11, 45, 28, 12, 4],
    },
    nps: [10, 21, 26, 19, 9, 6, 4, 2, 1.5, 1, 0.5],
  },
  {
    id: 'SRV-2022-STAKEHOLDER',
    name: 'Stakeholderbevraging 2022 (evaluatie PIO)',
    audience: 'stakeholder',
    start: '2022-02-07',
    end: '2022-03-04',
    codes: STAKEHOLDER_CODES,
    rr: 0.46,
    sat: { all: [20, 50, 20, 8, 2] },
    nps: [14, 24, 28, 16, 8, 5, 2, 1.5, 1, 0.5, 0],
  },
  {
    id: 'SRV-2023-BUYER',
    name: 'Bevraging aankopende besturen 2023',
    audience: 'buyer',
    start: '2023-05-08',
    end: '2023-06-09',
    codes: BUYER_CODES,
    rr: 0.5,
    sat: { all: [33, 47, 13, 5, 2] },
    nps: [22, 26, 25, 13, 6, 4, 2, 1, 0.5, 0.3, 0.2],
  },
  {
    id: 'SRV-2023-COMPANY',
    name: 'Bevraging bedrijven 2023',
    audience: 'company',
    start: '2023-05-15',
    end: '2023-06-16',
    codes: COMPANY_CODES,
    rr: 0.37,
    sat: {
      award: [27, 45, 19, 7, 2],
      bid: [9, 38, 30, 16, 7],
      consultation: [12, 47, 27, 10, 4],
    },
    nps: [11, 22, 26, 18, 9, 6, 3, 2, 1.5, 1, 0.5],
  },
];

interface Case {
  readonly project: Project | null;
  readonly org: Org | null;
  readonly company: Company | null;
  /** Respondent group for the satisfaction distribution. */
  readonly group: string;
  /** Latent satisfaction, so that a respondent's answers hang together. */
  readonly mood: number;
  readonly weight: number;
}

function stateAt(project: Project, at: Day): Set<Milestone> {
  return new Set(project.milestones.filter((m) => m.reached < at).map((m) => m.milestone));
}

function buyerCases(rng: Rng, projects: readonly Project[], start: Day): Case[] {
  const out: Case[] = [];
  for (const project of projects) {
    if (project.started >= start) continue;
    const state = stateAt(project, start);
    const mood =
      rng.normal() +
      (state.has('stopped') ? -1.2 : 0) +
      (state.has('deployed') ? 0.5 : state.has('contract_signed') ? 0.2 : 0);
    for (const buyer of project.buyers) {
      out.push({
        project,
        org: buyer.org,
        company: null,
        group: 'all',
        mood: mood + 0.4 * rng.normal(),
        weight: buyer.role === 'lead' ? 1.3 : 0.8,
      });
    }
  }
  return out;
}

function companyCases(rng: Rng, projects: readonly Project[], start: Day): Case[] {
  const rank = { consultation: 0, bid: 1, award: 2 } as const;
  const best = new Map<Company, { stage: keyof typeof rank; project: Project; on: Day }>();
  for (const project of projects) {
    for (const p of project.participations) {
      if (p.on >= start) continue;
      const prev = best.get(p.company);
      if (
        !prev ||
        rank[p.stage] > rank[prev.stage] ||
        (rank[p.stage] === rank[prev.stage] && p.on > prev.on)
      ) {
        best.set(p.company, { stage: p.stage, project, on: p.on });
      }
    }
  }
  return [...best.entries()].map(([company, b]) => ({
    project: b.project,
    org: null,
    company,
    group: b.stage,
    mood: rng.normal(),
    weight: b.stage === 'award' ? 1.4 : b.stage === 'bid' ? 1 : 0.8,
  }));
}

function stakeholderCases(
  rng: Rng,
  activities: readonly Activity[],
  projects: readonly Project[],
  start: Day,
): Case[] {
  const buyers = new Set(
    projects.filter((p) => p.started < start).flatMap((p) => p.buyers.map((b) => b.org)),
  );
  const attended = new Set(
    activities
      .filter((a) => a.held < start)
      .flatMap((a) => a.attendance.map((x) => x.org))
      .filter((o): o is Org => o !== null && !buyers.has(o)),
  );
  const orgs = rng.sample([...attended], 36);
  const cases: Case[] = orgs.map((org) => ({
    project: null,
    org,
    company: null,
    group: 'all',
    mood: rng.normal(),
    weight: 1,
  }));
  // Federations, knowledge institutions and policy makers outside the organisations table.
  for (let i = 0; i < 24; i++) {
    cases.push({
      project: null,
      org: null,
      company: null,
      group: 'all',
      mood: rng.normal(),
      weight: 1.2,
    });
  }
  return cases;
}

function dispositions(rng: Rng, cases: readonly Case[], rr: number): Map<Case, Disposition> {
  const n = cases.length;
  const nIneligible = Math.round(n * 0.03);
  const eligible = n - nIneligible;
  const nComplete = Math.round(rr * eligible);
  const nPartial = Math.round(0.06 * eligible);
  const nRefusal = Math.round(0.08 * eligible);
  const nUnknown = Math.round(0.03 * eligible);
  const nNoncontact = eligible - nComplete - nPartial - nRefusal - nUnknown;
  if (nNoncontact < 0) throw new Error('Response rate too high for the wave size');
  const out = new Map<Case, Disposition>();
  const responders = rng.sampleWeighted(cases, nComplete + nPartial, (c) => c.weight);
  responders.forEach((c, i) => out.set(c, i < nComplete ? 'complete' : 'partial'));
  const rest = rng.shuffle(cases.filter((c) => !out.has(c)));
  const order: [Disposition, number][] = [
    ['ineligible', nIneligible],
    ['refusal', nRefusal],
    ['unknown', nUnknown],
    ['noncontact', nNoncontact],
  ];
  let i = 0;
  for (const [disposition, count] of order) {
    for (let k = 0; k < count; k++) {
      const c = rest[i++];
      if (c) out.set(c, disposition);
    }
  }
  return out;
}

function submittedAt(rng: Rng, start: Day, end: Day): string {
  const days: Day[] = [];
  for (let d = start; d <= end; d++) days.push(d);
  // Invitation on the first day, reminders after one and two weeks.
  const on = rng.weighted(days, (d) => {
    const k = d - start;
    const w = k < 2 ? 7 : k === 7 || k === 8 ? 4 : k === 14 || k === 15 ? 3 : 1;
    return weekday(d) === 0 || weekday(d) === 6 ? w * 0.25 : w;
  });
  const hour = rng.chooseInt({
    8: 6,
    9: 10,
    10: 11,
    11: 10,
    12: 6,
    13: 8,
    14: 10,
    15: 9,
    16: 7,
    17: 4,
    18: 2,
    19: 2,
    20: 3,
    21: 3,
    22: 1,
  });
  const pad = (x: number) => String(x).padStart(2, '0');
  return `${iso(on)} ${pad(hour)}:${pad(rng.int(0, 59))}:${pad(rng.int(0, 59))}`;
}

/** Assigns scores by rank of the latent mood, in the exact proportions of the distribution. */
function scoresByRank(
  items: readonly { c: Case; mood: number }[],
  shares: readonly number[],
  values: readonly number[],
): Map<Case, number> {
  const counts = apportion(items.length, shares);
  const sorted = [...items].sort((a, b) => b.mood - a.mood);
  const out = new Map<Case, number>();
  let i = 0;
  counts.forEach((count, v) => {
    for (let k = 0; k < count; k++) {
      const item = sorted[i++];
      const value = values[v];
      if (item && value !== undefined) out.set(item.c, value);
    }
  });
  return out;
}

function innovationInUse(rng: Rng, project: Project | null, at: Day): string | null {
  if (!project) return null;
  const state = stateAt(project, at);
  if (state.has('stopped')) return 'nee';
  if (state.has('deployed')) return rng.chance(0.85) ? 'ja' : 'gedeeltelijk';
  if (state.has('validated')) return rng.choose({ ja: 15, gedeeltelijk: 60, nee: 25 });
  if (state.has('prototype')) return rng.chance(0.4) ? 'gedeeltelijk' : 'nee';
  if (state.has('contract_signed')) return rng.chance(0.2) ? 'gedeeltelijk' : 'nee';
  return null;
}

function clampScore(x: number): number {
  return Math.min(5, Math.max(1, x));
}

export function buildSurveys(
  projects: readonly Project[],
  activities: readonly Activity[],
  rng: Rng,
): Survey[] {
  return WAVES.map((w) => {
    const r = rng.fork(w.id);
    const start = day(w.start);
    const end = day(w.end);
    const cases = r.shuffle(
      w.audience === 'buyer'
        ? buyerCases(r, projects, start)
        : w.audience === 'company'
          ? companyCases(r, projects, start)
          : stakeholderCases(r, activities, projects, start),
    );
    const disposition = dispositions(r, cases, w.rr);
    const answering = cases.filter((c) => {
      const d = disposition.get(c);
      return d === 'complete' || d === 'partial';
    });
    const sat = new Map<Case, number>();
    for (const [group, shares] of Object.entries(w.sat)) {
      const items = answering.filter((c) => c.group === group).map((c) => ({ c, mood: c.mood }));
      for (const [c, v] of scoresByRank(items, shares, [5, 4, 3, 2, 1])) sat.set(c, v);
    }
    const nps = scoresByRank(
      answering.map((c) => ({ c, mood: c.mood + 0.6 * r.normal() })),
      w.nps,
      [10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
    );
    const prefix = `${w.audience.charAt(0).toUpperCase()}${w.start.slice(0, 4)}`;
    const respondents: Respondent[] = cases.map((c, i) => {
      const d = disposition.get(c) ?? 'noncontact';
      const answered = d === 'complete' || d === 'partial';
      const codes =
        d === 'complete' ? w.codes : d === 'partial' ? w.codes.slice(0, r.int(2, 4)) : [];
      const answers: Answer[] = [];
      const score = (code: QuestionCode, num: number | null) =>
        answers.push({ code, num, text: null, notApplicable: num === null });
      const label = (code: QuestionCode, text: string | null) =>
        answers.push({ code, num: null, text, notApplicable: text === null });
      const s = sat.get(c) ?? 3;
      const noCoaching = r.chance(0.08);
      const state = c.project ? stateAt(c.project, start) : new Set<Milestone>();
      const noCofin = !state.has('contract_signed') ? r.chance(0.5) : r.chance(0.05);
      for (const code of codes) {
        switch (code) {
          case 'SAT_OVERALL':
            score(code, s);
            break;
          case 'NPS':
            score(code, nps.get(c) ?? 8);
            break;
          case 'SAT_COACHING':
            score(
              code,
              noCoaching ? null : clampScore(s + r.chooseInt({ [-1]: 20, 0: 60, 1: 20 })),
            );
            break;
          case 'SAT_COFIN':
            score(code, noCofin ? null : clampScore(s + r.chooseInt({ [-1]: 15, 0: 55, 1: 30 })));
            break;
          case 'INNOV_IN_USE':
            label(
              code,
              w.audience === 'company' && c.group !== 'award'
                ? null
                : innovationInUse(r, c.project, start),
            );
            break;
          case 'ADDITIONALITY':
            label(
              code,
              r.weighted(
                ADDITIONALITY_VALUES,
                (v) => ({ not_done: 36, later: 30, smaller: 19, same: 15 })[v],
              ),
            );
            break;
          case 'SERVICES_USED': {
            const chance: Record<Service, number> =
              w.audience === 'buyer'
                ? {
                    coaching: noCoaching ? 0 : 0.95,
                    cofinancing: noCofin ? 0 : 0.95,
                    market_consultation_support: 0.6,
                    legal_advice: 0.4,
                    network_events: 0.35,
                    knowledge_platform: start > day('2021-03-01') ? 0.5 : 0.3,
                  }
                : w.audience === 'company'
                  ? {
                      coaching: 0.05,
                      cofinancing: 0,
                      market_consultation_support: 0.65,
                      legal_advice: 0.03,
                      network_events: 0.4,
                      knowledge_platform: 0.35,
                    }
                  : {
                      coaching: 0.2,
                      cofinancing: 0.05,
                      market_consultation_support: 0.15,
                      legal_advice: 0.1,
                      network_events: 0.6,
                      knowledge_platform: 0.55,
                    };
            let chosen = SERVICES.filter((sv) => r.chance(chance[sv]));
            if (chosen.length === 0)
              chosen = [w.audience === 'buyer' ? 'coaching' : 'network_events'];
            for (const sv of chosen)
              answers.push({ code, num: null, text: sv, notApplicable: false });
            break;
          }
          case 'ORG_TYPE':
            label(code, c.company ? c.company.size : (c.org?.type ?? 'other'));
            break;
          case 'PROJECT_ID':
            if (c.project && r.chance(w.audience === 'buyer' ? 0.75 : 0.5))
              label(code, c.project.id);
            break;
          case 'REMARKS':
            if (r.chance(w.audience === 'buyer' ? 0.35 : w.audience === 'company' ? 0.4 : 0.5)) {
              label(code, r.pick(REMARKS[w.audience]));
            }
            break;
        }
      }
      return {
        id: `${prefix}-${String(i + 1).padStart(3, '0')}`,
        disposition: d,
        project: c.project,
        org: c.org,
        company: c.company,
        submittedAt: answered ? submittedAt(r, start, end) : null,
        answers,
      };
    });
    const questions: Question[] = w.codes.map((code) => {
      const text = (w.audience === 'company' ? COMPANY_TEXTS[code] : undefined) ?? TEXTS[code];
      return { code, textNl: text.nl, textEn: text.en, scale: scaleOf(code) };
    });
    return { id: w.id, name: w.name, audience: w.audience, start, end, questions, respondents };
  });
}
