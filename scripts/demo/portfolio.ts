import { THEMES, type Milestone, type OrgType, type Theme } from '../../src/model/index.ts';
import { DEADLINES, type DeadlineSpec } from './calls.ts';
import { TODAY, workday, workdayBefore, yearOf, type Day } from './dates.ts';
import { apportion, type Rng } from './random.ts';
import { TitlePicker } from './titles.ts';
import type {
  Application,
  Buyer,
  Call,
  Cents,
  Company,
  ConsultationFormat,
  MilestoneRecord,
  Org,
  Participation,
  ParticipationRole,
  Procedure,
  Project,
  Tender,
} from './world.ts';

const EURO = 100;

/** Applicant mix by org_type; local governments gain weight over the years (proposal). */
function typeShares(year: number): Record<OrgType, number> {
  const t = year - 2017;
  return {
    municipality: 24 + 1.5 * t,
    flemish_agency: 24 - 1.2 * t,
    department: 5,
    province: 4,
    ocmw: 3 + 0.3 * t,
    intermunicipal: 9 + 0.5 * t,
    hospital: 11,
    care: 6,
    education: 5,
    other: 6,
  };
}

/** Share of digitalisation among open-call proposals; falls as the portfolio diversifies (OD1). */
function digitalShare(year: number): number {
  return Math.max(0.36, 0.64 - 0.045 * (year - 2017));
}

/** A thematic call's key is a theme key or two joined (circular_economy_energy_transition). */
function callThemes(call: Call): Theme[] {
  if (call.type === 'open') return [];
  const themes = THEMES.filter(
    (t) => call.theme === t || call.theme.startsWith(`${t}_`) || call.theme.endsWith(`_${t}`),
  );
  if (themes.length === 0) throw new Error(`${call.id}: unknown theme ${call.theme}`);
  return themes;
}

function spec(call: Call): DeadlineSpec {
  const s = DEADLINES.find((d) => d.id === call.id);
  if (!s) throw new Error(`No deadline spec for ${call.id}`);
  return s;
}

export function buildApplications(
  calls: readonly Call[],
  orgs: readonly Org[],
  rng: Rng,
): Application[] {
  const titles = new TitlePicker(rng.fork('titles'));
  const propensitySum = new Map<OrgType, number>();
  for (const o of orgs) propensitySum.set(o.type, (propensitySum.get(o.type) ?? 0) + o.propensity);
  const applied = new Map<Org, number>();
  const apps: Application[] = [];

  for (const call of calls) {
    const s = spec(call);
    const shares = typeShares(call.year);
    const themes = callThemes(call);
    const weight = (o: Org): number => {
      if (o.propensity <= 0) return 0;
      const typeWeight = shares[o.type] / (propensitySum.get(o.type) ?? 1);
      const repeat = 1 + 0.5 * Math.min(applied.get(o) ?? 0, 3);
      const affinity =
        themes.length === 0 ? 1 : themes.reduce((sum, t) => sum + (o.themes[t] ?? 0), 0.3);
      return typeWeight * o.propensity * repeat * affinity;
    };
    const leads: Org[] = [];
    if (s.local !== undefined) {
      const local = orgs.filter((o) => o.level === 'local');
      const other = orgs.filter((o) => o.level !== 'local');
      for (let i = 0; i < s.local; i++) leads.push(rng.weighted(local, weight));
      for (let i = s.local; i < s.applications; i++) leads.push(rng.weighted(other, weight));
    } else {
      for (let i = 0; i < s.applications; i++) leads.push(rng.weighted(orgs, weight));
    }

    const batch: Application[] = [];
    for (const lead of rng.shuffle(leads)) {
      applied.set(lead, (applied.get(lead) ?? 0) + 1);
      let theme: Theme;
      if (themes.length > 0) {
        theme = rng.weighted(themes, (t) => (lead.themes[t] ?? 0) + 1);
      } else if (rng.chance(digitalShare(call.year))) {
        theme = 'digitalisation';
      } else {
        theme = rng.choose(lead.themes);
      }
      const lag = rng.chooseInt({ 0: 35, 1: 20, 2: 10, 5: 20, 14: 15 });
      const submitted = call.deadline - (lag === 0 ? 0 : rng.int(1, lag));
      batch.push({
        id: '',
        call,
        lead,
        title: titles.pick(theme, lead),
        theme,
        submitted,
        decision: 'ineligible',
        decided: null,
        project: null,
      });
    }

    const decisionDay = workday(call.deadline + rng.int(35, 49));
    const order = rng.shuffle(batch);
    const pending = s.pending ?? 0;
    const rest = s.applications - s.eligible - pending;
    const withdrawn = Math.round(rest * 0.2);
    order.forEach((app, i) => {
      if (i < s.eligible) {
        app.decision = 'eligible';
        app.decided = decisionDay;
      } else if (i < s.eligible + pending) {
        app.decision = 'pending';
      } else if (i < s.eligible + pending + withdrawn) {
        app.decision = 'withdrawn';
        app.decided = rng.int(app.submitted + 7, decisionDay - 3);
      } else {
        app.decision = 'ineligible';
        app.decided = decisionDay;
      }
    });
    apps.push(...batch);
  }

  const byYear = new Map<number, Application[]>();
  for (const app of apps) {
    const list = byYear.get(app.call.year) ?? [];
    list.push(app);
    byYear.set(app.call.year, list);
  }
  for (const [year, list] of byYear) {
    list
      .map((app, i) => ({ app, i }))
      .sort((p, q) => p.app.submitted - q.app.submitted || p.i - q.i)
      .forEach(({ app }, i) => {
        app.id = `APP-${year}-${String(i + 1).padStart(3, '0')}`;
      });
  }
  return apps;
}

/** Which companies turn up where: activity, themes, founding year and distance. */
class Market {
  private readonly activity = new Map<Company, number>();
  private readonly pool: readonly Company[];
  private readonly rng: Rng;

  constructor(pool: readonly Company[], rng: Rng) {
    this.pool = pool;
    this.rng = rng;
    for (const c of pool) this.activity.set(c, rng.logNormal(1, 0.7));
  }

  private weight(c: Company, theme: Theme, on: Day): number {
    if (c.founded > yearOf(on)) return 0;
    const themeWeight = c.themes.includes(theme)
      ? 4
      : c.themes.includes('digitalisation')
        ? 0.7
        : 0.25;
    const regionWeight = { flanders: 1, brussels: 0.8, wallonia: 0.6, abroad: 0.7 }[c.region];
    const sizeWeight = { micro: 0.8, small: 1, medium: 1.2, large: 1.6 }[c.size];
    return (this.activity.get(c) ?? 1) * themeWeight * regionWeight * sizeWeight;
  }

  pick(
    k: number,
    theme: Theme,
    on: Day,
    research: boolean,
    exclude: ReadonlySet<Company>,
  ): Company[] {
    const candidates = this.pool.filter((c) => c.research === research && !exclude.has(c));
    return this.rng.sampleWeighted(candidates, k, (c) => this.weight(c, theme, on));
  }
}

const PROCEDURE_WEIGHTS = (year: number): Record<Procedure, number> => ({
  pcp: 30,
  ppi: 22,
  innovation_partnership: year >= 2019 ? 12 : 5,
  competitive_dialogue: 10,
  negotiated: 20,
  other: 6,
});

const PROCEDURE_SCALE: Readonly<Record<Procedure, number>> = {
  pcp: 1.25,
  ppi: 1.0,
  innovation_partnership: 1.45,
  competitive_dialogue: 1.1,
  negotiated: 0.7,
  other: 0.6,
};

function consultationFormat(rng: Rng, year: number): ConsultationFormat {
  const covid = year === 2020 || year === 2021;
  return rng.choose<ConsultationFormat>({
    rfi: 30,
    open_session: covid ? 8 : 25,
    one_to_one: 15,
    online: covid ? 45 : year >= 2022 ? 20 : 6,
    workshop: covid ? 6 : 15,
  });
}

/** PIO pays 50% of eligible costs, at most about EUR 1 million for R&D, prototyping and pilots. */
const MAX_COFIN: Cents = 1_000_000 * EURO;

/** Preparation phase (needs analysis, market consultation): 50%, capped at about EUR 25-30k. */
function prepCofinancing(rng: Rng): Cents {
  return roundTo(Math.min(rng.int(45_000, 62_000) * EURO * 0.5, 30_000 * EURO), 100);
}

function roundTo(cents: number, euros: number): Cents {
  return Math.round(cents / (euros * EURO)) * euros * EURO;
}

/** Splits a value in whole euros over shares, the remainder going to the first share. */
function split(total: Cents, shares: readonly number[]): Cents[] {
  const sum = shares.reduce((s, x) => s + x, 0);
  const parts = shares.map((x) => Math.floor((total / EURO) * (x / sum)) * EURO);
  const first = parts[0];
  if (first === undefined) return [];
  parts[0] = first + total - parts.reduce((s, x) => s + x, 0);
  return parts;
}

interface Ctx {
  readonly rng: Rng;
  readonly market: Market;
  readonly orgs: readonly Org[];
}

function pickPartners(ctx: Ctx, lead: Org): Org[] {
  const { rng, orgs } = ctx;
  if (!rng.chance(0.28)) return [];
  const n = rng.chooseInt({ 1: 65, 2: 25, 3: 10 });
  const related = (o: Org): number => {
    if (o === lead || o.propensity <= 0) return 0;
    let w = 0.002;
    if (o.type === lead.type) w = 1;
    if (lead.type === 'intermunicipal' && o.type === 'municipality') w = 1.5;
    if (lead.type === 'municipality' && (o.type === 'ocmw' || o.type === 'intermunicipal')) w = 0.8;
    if (lead.type === 'ocmw' && o.type === 'care') w = 0.8;
    if (lead.level === 'flemish' && o.level === 'flemish') w = Math.max(w, 0.8);
    if (lead.type === 'hospital' && o.type === 'care') w = 0.5;
    if (o.province === lead.province) w *= 2.5;
    return w * (o.propensity + 0.3);
  };
  return rng.sampleWeighted(orgs, n, related);
}

interface Plan {
  needs: Day;
  consultations: Day[];
  failedTender: Day | null;
  tender: Day | null;
  bidDeadline: Day | null;
  awarded: Day | null;
  contract: Day | null;
  prototype: Day | null;
  validated: Day | null;
  phase2: { published: Day; bidDeadline: Day; awarded: Day } | null;
  deployed: Day | null;
  ended: Day | null;
  stopped: Day | null;
  scaled: Day | null;
}

type Outcome = 'validated' | 'deployed' | 'scaled';
type StopPoint = 'needs' | 'consultation' | 'tender' | 'prototype';

interface Fate {
  readonly outcome: Outcome;
  readonly stopAt: StopPoint | null;
}

/**
 * Outcomes by quota per cohort, so that about half of the completed projects reach deployment
 * (as in EU PCPs) and about one in nine stops, whatever the draw.
 */
function fates(rng: Rng, n: number): Fate[] {
  const [validated = 0, deployed = 0, scaled = 0] = apportion(n, [48, 38, 14]);
  const stops = apportion(n, [11, 89])[0] ?? 0;
  const outcomes = rng.shuffle([
    ...Array<Outcome>(validated).fill('validated'),
    ...Array<Outcome>(deployed).fill('deployed'),
    ...Array<Outcome>(scaled).fill('scaled'),
  ]);
  const stopping = new Set(rng.sample([...outcomes.keys()], stops));
  return outcomes.map((outcome, i) => ({
    outcome,
    stopAt: stopping.has(i)
      ? rng.choose<StopPoint>({ needs: 20, consultation: 35, tender: 28, prototype: 17 })
      : null,
  }));
}

function plan(rng: Rng, started: Day, procedure: Procedure, fate: Fate): Plan {
  const pace = rng.float(0.9, 1.7);
  const dur = (a: number, b: number) => Math.round(rng.int(a, b) * pace);
  const { outcome, stopAt } = fate;
  const p: Plan = {
    needs: started + rng.int(0, 21),
    consultations: [],
    failedTender: null,
    tender: null,
    bidDeadline: null,
    awarded: null,
    contract: null,
    prototype: null,
    validated: null,
    phase2: null,
    deployed: null,
    ended: null,
    stopped: null,
    scaled: null,
  };
  if (stopAt === 'needs') {
    p.stopped = p.needs + rng.int(60, 200);
    return p;
  }
  const c1 = workday(p.needs + dur(90, 240));
  p.consultations.push(c1);
  if (rng.chance(0.2)) p.consultations.push(workday(c1 + rng.int(14, 45)));
  const lastConsultation = p.consultations[p.consultations.length - 1] ?? c1;
  if (stopAt === 'consultation') {
    p.stopped = lastConsultation + rng.int(60, 200);
    return p;
  }
  let published = workday(lastConsultation + dur(60, 240));
  if (stopAt !== 'tender' && rng.chance(0.07)) {
    p.failedTender = published;
    published = workday(published + rng.int(100, 160));
  }
  p.tender = published;
  p.bidDeadline = workday(published + rng.int(36, 56));
  if (stopAt === 'tender') {
    p.stopped = p.bidDeadline + rng.int(30, 120);
    return p;
  }
  p.awarded = workday(p.bidDeadline + dur(30, 90));
  p.contract = workday(p.awarded + rng.int(14, 35));
  p.prototype = p.contract + dur(180, 360);
  if (stopAt === 'prototype') {
    p.stopped = p.prototype + rng.int(30, 200);
    return p;
  }
  p.validated = p.prototype + dur(150, 330);
  if (outcome === 'validated') {
    p.ended = p.validated + rng.int(30, 120);
    return p;
  }
  const secondTender =
    (procedure === 'pcp' || procedure === 'innovation_partnership') && rng.chance(0.25);
  if (secondTender) {
    const pub = workday(p.validated + rng.int(20, 90));
    const bid = workday(pub + rng.int(36, 56));
    p.phase2 = { published: pub, bidDeadline: bid, awarded: workday(bid + rng.int(20, 50)) };
    p.deployed = p.phase2.awarded + rng.int(60, 150);
  } else {
    p.deployed = p.validated + dur(45, 200);
  }
  p.ended = p.deployed + rng.int(30, 120);
  if (outcome === 'scaled') p.scaled = p.ended + rng.int(90, 420);
  return p;
}

function trlPath(rng: Rng, procedure: Procedure): Record<Milestone, number> {
  const start = procedure === 'ppi' ? rng.int(3, 4) : rng.int(2, 4);
  const consultation = Math.min(start + (rng.chance(0.4) ? 1 : 0), 5);
  const contract = Math.max(consultation, 4);
  const prototype = Math.max(contract + 1, rng.int(5, 6));
  // PCP buys R&D up to a limited test series, about TRL 7.
  const validated = procedure === 'pcp' ? 7 : Math.max(prototype + 1, rng.int(7, 8));
  const deployed = Math.min(9, Math.max(validated + 1, rng.int(8, 9)));
  return {
    needs_analysis: start,
    market_consultation: consultation,
    tender_published: consultation,
    contract_signed: contract,
    prototype,
    validated,
    deployed,
    scaled: 9,
    stopped: start,
  };
}

function drawBids(rng: Rng, failed: boolean): number {
  if (failed) return rng.chooseInt({ 0: 5, 1: 5 });
  return rng.chooseInt({ 1: 14, 2: 20, 3: 22, 4: 17, 5: 11, 6: 7, 7: 5, 8: 4 });
}

function addTender(
  ctx: Ctx,
  project: Project,
  published: Day,
  bidDeadline: Day,
  awarded: Day | null,
  estimated: Cents,
  failed: boolean,
  consulted: readonly Company[],
): Tender {
  const { rng, market } = ctx;
  const tender: Tender = {
    project,
    published,
    awarded: null,
    estimated,
    awardedValue: null,
    nBids: null,
  };
  project.tenders.push(tender);
  if (bidDeadline > TODAY) return tender;
  const nBids = drawBids(rng, failed);
  const bidders: Company[] = [];
  const taken = new Set<Company>();
  for (let i = 0; i < nBids; i++) {
    const fromConsulted = consulted.filter(
      (c) => !taken.has(c) && !c.research && c.founded <= yearOf(bidDeadline),
    );
    const next =
      fromConsulted.length > 0 && rng.chance(0.65)
        ? rng.pick(fromConsulted)
        : market.pick(1, project.theme, bidDeadline, rng.chance(0.06), taken)[0];
    if (!next) break;
    taken.add(next);
    bidders.push(next);
  }
  tender.nBids = bidders.length;
  for (const company of bidders) {
    project.participations.push({
      project,
      tender,
      company,
      stage: 'bid',
      role: 'lead',
      value: null,
      on: workdayBefore(bidDeadline - rng.int(0, 3)),
    });
  }
  if (failed || awarded === null || awarded > TODAY || bidders.length === 0) return tender;

  const value = roundTo(estimated * rng.float(0.8, 1.05), 1);
  tender.awarded = awarded;
  tender.awardedValue = value;
  const big = value > 600_000 * EURO;
  const consultedSet = new Set(consulted);
  const winWeight = (c: Company): number => {
    const size = big
      ? { micro: 0.3, small: 0.6, medium: 1.2, large: 3.5 }[c.size]
      : { micro: 0.8, small: 1, medium: 1.1, large: 1.5 }[c.size];
    const theme = c.themes.includes(project.theme) ? 1.5 : 1;
    return size * theme * (consultedSet.has(c) ? 1.4 : 1) * (c.research ? 0.3 : 1);
  };
  const leads = [rng.weighted(bidders, winWeight)];
  if (project.procedure === 'pcp' && bidders.length >= 3 && rng.chance(0.35)) {
    const second = bidders.filter((c) => c !== leads[0]);
    leads.push(rng.weighted(second, winWeight));
  }
  const members: { company: Company; role: ParticipationRole; share: number }[] = leads.map(
    (company) => ({ company, role: 'lead', share: rng.float(0.8, 1.2) }),
  );
  if (rng.chance(0.35)) {
    const exclude = new Set<Company>(leads);
    const n = rng.chance(0.7) ? 1 : 2;
    for (let i = 0; i < n; i++) {
      const research = project.procedure === 'pcp' ? rng.chance(0.45) : rng.chance(0.15);
      const partner = market.pick(1, project.theme, awarded, research, exclude)[0];
      if (!partner) continue;
      exclude.add(partner);
      members.push({
        company: partner,
        role: rng.chance(0.55) ? 'partner' : 'subcontractor',
        share: rng.float(0.12, 0.35) * leads.length,
      });
    }
  }
  const values = split(
    value,
    members.map((m) => m.share),
  );
  members.forEach((m, i) => {
    project.participations.push({
      project,
      tender,
      company: m.company,
      stage: 'award',
      role: m.role,
      value: values[i] ?? 0,
      on: awarded,
    });
  });
  return tender;
}

function awardLead(project: Project): Company | null {
  const awards = project.participations.filter((p) => p.stage === 'award' && p.role === 'lead');
  const best = awards.reduce<Participation | null>(
    (a, b) => (a === null || (b.value ?? 0) > (a.value ?? 0) ? b : a),
    null,
  );
  return best?.company ?? null;
}

function buildProject(
  ctx: Ctx,
  app: Application,
  started: Day,
  procedure: Procedure,
  estimated: Cents,
  fate: Fate,
): Project {
  const { rng, market } = ctx;
  const partners = pickPartners(ctx, app.lead);
  const buyers: Buyer[] = [
    { org: app.lead, role: 'lead' },
    ...partners.map((org): Buyer => ({ org, role: 'partner' })),
  ];
  const project: Project = {
    id: app.id.replace('APP-', 'PIO-'),
    application: app,
    title: app.title,
    theme: app.theme,
    procedure,
    started,
    status: 'preparing',
    ended: null,
    committed: 0,
    paid: 0,
    buyers,
    consultations: [],
    tenders: [],
    participations: [],
    milestones: [],
    followOns: [],
  };

  const p = plan(rng, started, procedure, fate);
  const trl = trlPath(rng, procedure);
  const reached = (milestone: Milestone, on: Day | null) => {
    if (on !== null && on <= TODAY)
      project.milestones.push({ milestone, reached: on, trl: trl[milestone] });
  };
  const stoppedNow = p.stopped !== null && p.stopped <= TODAY;

  const prepCofin = prepCofinancing(rng);
  const estimated2 = p.phase2 ? roundTo(estimated * rng.float(0.5, 1.2), 1000) : 0;
  project.committed = roundTo(prepCofin + Math.min((estimated + estimated2) / 2, MAX_COFIN), 1);

  reached('needs_analysis', p.needs);
  const consulted: Company[] = [];
  p.consultations.forEach((held, i) => {
    if (held > TODAY) return;
    const nCompanies = Math.min(40, Math.max(3, Math.round(rng.logNormal(12, 0.6))));
    const nResearch = rng.chooseInt({ 0: 30, 1: 25, 2: 20, 3: 12, 4: 7, 5: 4, 6: 2 });
    project.consultations.push({
      project,
      held,
      format: consultationFormat(rng, yearOf(held)),
      nCompanies,
      nResearch,
    });
    if (i === 0) reached('market_consultation', held);
    const exclude = new Set(consulted);
    const known = [
      ...market.pick(
        Math.max(1, Math.round(nCompanies * rng.float(0.2, 0.5))),
        app.theme,
        held,
        false,
        exclude,
      ),
      ...market.pick(Math.round(nResearch * rng.float(0.3, 1)), app.theme, held, true, exclude),
    ];
    for (const company of known) {
      consulted.push(company);
      project.participations.push({
        project,
        tender: null,
        company,
        stage: 'consultation',
        role: 'lead',
        value: null,
        on: held,
      });
    }
  });

  if (p.failedTender !== null && p.failedTender <= TODAY) {
    addTender(
      ctx,
      project,
      p.failedTender,
      workday(p.failedTender + rng.int(36, 56)),
      null,
      estimated,
      true,
      consulted,
    );
  }
  if (p.tender !== null && p.tender <= TODAY && p.bidDeadline !== null) {
    const failed = p.stopped !== null && p.awarded === null;
    addTender(ctx, project, p.tender, p.bidDeadline, p.awarded, estimated, failed, consulted);
  }
  reached('tender_published', p.failedTender ?? p.tender);
  const mainTender = project.tenders[project.tenders.length - 1];
  const contractSigned =
    (mainTender?.awarded ?? null) !== null && p.contract !== null && p.contract <= TODAY;
  if (contractSigned) {
    reached('contract_signed', p.contract);
    reached('prototype', p.prototype);
    reached('validated', p.validated);
  }
  if (p.phase2 && p.phase2.published <= TODAY && contractSigned) {
    addTender(
      ctx,
      project,
      p.phase2.published,
      p.phase2.bidDeadline,
      p.phase2.awarded,
      estimated2,
      false,
      consulted,
    );
  }
  if (contractSigned && p.validated !== null && p.validated <= TODAY)
    reached('deployed', p.deployed);

  if (stoppedNow && p.stopped !== null) {
    project.status = 'stopped';
    project.ended = p.stopped;
    const last = project.milestones[project.milestones.length - 1];
    project.milestones.push({
      milestone: 'stopped',
      reached: p.stopped,
      trl: last?.trl ?? trl.needs_analysis,
    });
  } else if (p.ended !== null && p.ended <= TODAY && contractSigned) {
    project.status = 'completed';
    project.ended = p.ended;
  } else if (contractSigned) {
    project.status = 'running';
  } else if (project.tenders.length > 0) {
    project.status = 'tendering';
  }

  const awardedTotal = project.tenders.reduce((s, t) => s + (t.awardedValue ?? 0), 0);
  const prepPaid =
    project.status === 'preparing' ? prepCofin * rng.float(0, 0.6) : prepCofin * rng.float(0.85, 1);
  let paid = prepPaid;
  if (project.status === 'completed') paid += (awardedTotal / 2) * rng.float(0.9, 1);
  if (project.status === 'running' && p.contract !== null) {
    const end = p.ended ?? p.contract + 700;
    const progress = Math.min(0.9, Math.max(0.05, (TODAY - p.contract) / (end - p.contract)));
    paid += (awardedTotal / 2) * progress * rng.float(0.6, 0.9);
  }
  if (project.status === 'stopped' && contractSigned)
    paid += (awardedTotal / 2) * rng.float(0.1, 0.45);
  project.paid = Math.min(project.committed, Math.round(paid));

  const deployed = project.milestones.find((m) => m.milestone === 'deployed');
  const supplier = awardLead(project);
  if (deployed && supplier) addFollowOns(ctx, project, supplier, deployed, p.scaled);
  return project;
}

function addFollowOns(
  ctx: Ctx,
  project: Project,
  supplier: Company,
  deployed: MilestoneRecord,
  scaled: Day | null,
): void {
  const { rng, orgs } = ctx;
  const value = (median: number) =>
    roundTo(Math.min(1_200_000, Math.max(25_000, rng.logNormal(median, 0.7))) * EURO, 10);
  if (rng.chance(0.65)) {
    const signed = workday(deployed.reached + rng.int(20, 300));
    const buyer = rng.chance(0.85) ? project.buyers[0]?.org : rng.pick(project.buyers).org;
    if (signed <= TODAY && buyer) {
      project.followOns.push({
        project,
        company: supplier,
        buyer,
        sameBuyer: true,
        value: value(160_000),
        signed,
      });
      const again = workday(signed + rng.int(180, 500));
      if (rng.chance(0.15) && again <= TODAY) {
        project.followOns.push({
          project,
          company: supplier,
          buyer,
          sameBuyer: true,
          value: value(90_000),
          signed: again,
        });
      }
    }
  }
  if (scaled === null) return;
  const first = Math.max(workday(scaled), deployed.reached + 30);
  if (first > TODAY) return;
  const lead = project.buyers[0]?.org;
  const own = new Set(project.buyers.map((b) => b.org));
  const n = rng.chooseInt({ 1: 55, 2: 30, 3: 15 });
  const adopters = rng.sampleWeighted(orgs, n, (o) =>
    own.has(o) || o.propensity <= 0 ? 0 : (o.type === lead?.type ? 3 : 0.2) * (o.propensity + 0.3),
  );
  let signed = first;
  adopters.forEach((buyer, i) => {
    if (i > 0) signed = workday(signed + rng.int(60, 400));
    if (signed > TODAY) return;
    project.followOns.push({
      project,
      company: supplier,
      buyer,
      sameBuyer: false,
      value: value(110_000),
      signed,
    });
    if (i === 0) project.milestones.push({ milestone: 'scaled', reached: signed, trl: 9 });
  });
}

export function buildProjects(
  apps: readonly Application[],
  orgs: readonly Org[],
  companies: readonly Company[],
  rng: Rng,
): Project[] {
  const ctx: Ctx = { rng, market: new Market(companies, rng.fork('market')), orgs };
  const projects: Project[] = [];
  const eligible = apps
    .filter((a) => a.decision === 'eligible')
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const budgets = new Map<Application, { procedure: Procedure; estimated: Cents; fate: Fate }>();
  for (const call of new Set(eligible.map((a) => a.call))) {
    const inCall = eligible.filter((a) => a.call === call);
    // Later projects are fewer but more ambitious.
    const median = 300_000 + 50_000 * (call.year - 2017);
    const drafts = inCall.map((app) => {
      const procedure = rng.choose(PROCEDURE_WEIGHTS(call.year));
      const raw = rng.logNormal(median, 0.6) * PROCEDURE_SCALE[procedure];
      return { app, procedure, raw: Math.min(2_200_000, Math.max(60_000, raw)) * EURO };
    });
    const committed = drafts.reduce(
      (s, d) => s + 27_500 * EURO + Math.min(d.raw / 2, MAX_COFIN),
      0,
    );
    const scale = Math.min(1, (call.budget * rng.float(0.86, 0.98)) / committed);
    for (const d of drafts) {
      budgets.set(d.app, {
        procedure: d.procedure,
        estimated: roundTo(Math.max(60_000 * EURO, d.raw * scale), 1000),
        fate: { outcome: 'validated', stopAt: null },
      });
    }
  }
  for (const year of new Set(eligible.map((a) => a.call.year))) {
    const cohort = eligible.filter((a) => a.call.year === year);
    fates(rng, cohort.length).forEach((fate, i) => {
      const app = cohort[i];
      const budget = app ? budgets.get(app) : undefined;
      if (budget) budget.fate = fate;
    });
  }
  for (const app of eligible) {
    const budget = budgets.get(app);
    if (app.decided === null || !budget)
      throw new Error(`${app.id} is eligible without a decision`);
    const started = app.decided + rng.int(5, 20);
    const project = buildProject(
      ctx,
      app,
      started,
      budget.procedure,
      budget.estimated,
      budget.fate,
    );
    app.project = project;
    projects.push(project);
  }
  return projects;
}
