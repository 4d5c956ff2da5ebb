import { ORG_TYPES, SME_SIZES } from '../../src/model/index.ts';
import { yearOf } from './dates.ts';
import type { Company, Org, World } from './world.ts';

const pct = (x: number) => `${(100 * x).toFixed(0)}%`;
const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length === 0 ? 0 : s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};

/** The realism figures worth eyeballing after a run. */
export function summarise(world: World): string[] {
  const out: string[] = [];
  const apps = world.applications;
  const projects = world.projects;
  out.push(
    `applications ${apps.length}, eligible ${apps.filter((a) => a.decision === 'eligible').length}, ` +
      `ineligible ${apps.filter((a) => a.decision === 'ineligible').length}, ` +
      `withdrawn ${apps.filter((a) => a.decision === 'withdrawn').length}, ` +
      `pending ${apps.filter((a) => a.decision === 'pending').length}`,
  );
  const call = (id: string) => apps.filter((a) => a.call.id === id);
  const c17 = call('CALL-2017-OPEN-1');
  const c19 = call('CALL-2019-OPEN-1');
  out.push(
    `CALL-2017-OPEN-1: ${c17.length} applications, ${c17.filter((a) => a.decision === 'eligible').length} eligible; ` +
      `CALL-2019-OPEN-1: ${c19.length} applications, ${c19.filter((a) => a.lead.level === 'local').length} local`,
  );
  const cumulative: string[] = [];
  for (let y = 2017; y <= 2024; y++) {
    const decided = projects.filter((p) => yearOf(p.application.decided ?? 0) <= y).length;
    const started = projects.filter((p) => yearOf(p.started) <= y).length;
    cumulative.push(`${y}: ${decided}/${started}`);
  }
  out.push(`projects cumulative (by decision/start): ${cumulative.join(', ')}`);
  const status = new Map<string, number>();
  for (const p of projects) status.set(p.status, (status.get(p.status) ?? 0) + 1);
  out.push(`status: ${[...status].map(([k, v]) => `${k} ${v}`).join(', ')}`);
  const completed = projects.filter((p) => p.status === 'completed');
  const deployed = completed.filter((p) => p.milestones.some((m) => m.milestone === 'deployed'));
  const scaled = projects.filter((p) => p.milestones.some((m) => m.milestone === 'scaled'));
  out.push(
    `deployment rate ${deployed.length}/${completed.length} = ${pct(deployed.length / completed.length)}, ` +
      `scaled ${scaled.length}, follow-ons ${projects.reduce((s, p) => s + p.followOns.length, 0)}`,
  );
  const procedures = new Map<string, number>();
  for (const p of projects) procedures.set(p.procedure, (procedures.get(p.procedure) ?? 0) + 1);
  out.push(`procedures: ${[...procedures].map(([k, v]) => `${k} ${v}`).join(', ')}`);
  const nonDigital = (from: number, to: number) => {
    const xs = projects.filter(
      (p) => p.application.call.year >= from && p.application.call.year <= to,
    );
    return `${pct(xs.filter((p) => p.theme !== 'digitalisation').length / xs.length)} of ${xs.length}`;
  };
  out.push(
    `non-digital projects 2017-2019 ${nonDigital(2017, 2019)}, 2020-2023 ${nonDigital(2020, 2023)}`,
  );

  const tenders = projects.flatMap((p) => p.tenders);
  const bids = tenders.flatMap((t) => (t.nBids === null ? [] : [t.nBids]));
  out.push(
    `tenders ${tenders.length}, bids mean ${(bids.reduce((s, x) => s + x, 0) / bids.length).toFixed(1)} ` +
      `median ${median(bids)}, single-bid ${pct(bids.filter((b) => b === 1).length / bids.length)}`,
  );
  const consultations = projects.flatMap((p) => p.consultations).map((c) => c.nCompanies);
  out.push(
    `companies per consultation mean ${(consultations.reduce((s, x) => s + x, 0) / consultations.length).toFixed(1)} median ${median(consultations)}`,
  );
  const awards = projects.flatMap((p) => p.participations.filter((x) => x.stage === 'award'));
  const total = awards.reduce((s, x) => s + (x.value ?? 0), 0);
  const sme = (c: Company) => (SME_SIZES as readonly string[]).includes(c.size);
  const smeValue = awards.filter((x) => sme(x.company)).reduce((s, x) => s + (x.value ?? 0), 0);
  const awarded = new Set(awards.map((x) => x.company));
  const startups = new Set(
    awards.filter((x) => yearOf(x.on) - x.company.founded < 5).map((x) => x.company),
  );
  const region = (r: string) =>
    pct(
      awards.filter((x) => x.company.region === r).reduce((s, x) => s + (x.value ?? 0), 0) / total,
    );
  out.push(
    `SME share of award value ${pct(smeValue / total)}, of awarded companies ` +
      `${pct([...awarded].filter(sme).length / awarded.size)}; start-ups ${pct(startups.size / awarded.size)}; ` +
      `value flanders ${region('flanders')} brussels ${region('brussels')} wallonia ${region('wallonia')} abroad ${region('abroad')}`,
  );

  const frame = (type: string, year: number) =>
    world.population.find((p) => p.type === type && p.year === year)?.n ?? 0;
  const applicants = new Set(apps.map((a) => a.lead));
  const participants = new Set(projects.flatMap((p) => p.buyers.map((b) => b.org)));
  const attendees = new Set(world.activities.flatMap((a) => a.attendance.map((x) => x.org)));
  const count = (set: Set<Org | null>, type: string) =>
    [...set].filter((o) => o?.type === type).length;
  out.push(
    'coverage (applicants/participants/attendees of 2023 frame): ' +
      ORG_TYPES.map(
        (t) =>
          `${t} ${count(applicants, t)}/${count(participants, t)}/${count(attendees, t)} of ${frame(t, 2023)}`,
      ).join(', '),
  );
  const repeat = [...participants].filter(
    (o) => projects.filter((p) => p.buyers.some((b) => b.org === o)).length >= 2,
  );
  out.push(
    `repeat buyers ${repeat.length}/${participants.size} = ${pct(repeat.length / participants.size)}`,
  );
  const attendingOrgs = new Map<Org, number[]>();
  for (const a of world.activities) {
    for (const x of a.attendance)
      if (x.org) attendingOrgs.set(x.org, [...(attendingOrgs.get(x.org) ?? []), a.held]);
  }
  const converted = [...attendingOrgs].filter(([o, days]) =>
    apps.some((a) => a.lead === o && days.some((d) => a.submitted > d && a.submitted <= d + 365)),
  );
  out.push(
    `conversion ${converted.length}/${attendingOrgs.size} = ${pct(converted.length / attendingOrgs.size)}`,
  );

  const furthest = (c: Company | null, before: number): string | null => {
    if (!c) return null;
    const stages = new Set(
      projects.flatMap((p) =>
        p.participations.filter((x) => x.company === c && x.on < before).map((x) => x.stage),
      ),
    );
    return stages.has('award')
      ? 'award'
      : stages.has('bid')
        ? 'bid'
        : stages.has('consultation')
          ? 'consultation'
          : null;
  };
  for (const s of world.surveys) {
    const n = (d: string) => s.respondents.filter((r) => r.disposition === d).length;
    const rr = n('complete') / (s.respondents.length - n('ineligible'));
    const sat = s.respondents.flatMap((r) =>
      r.answers.filter((a) => a.code === 'SAT_OVERALL').map((a) => ({ r, v: a.num ?? 0 })),
    );
    const nps = s.respondents.flatMap((r) =>
      r.answers.filter((a) => a.code === 'NPS').map((a) => a.num ?? 0),
    );
    const npsScore =
      (nps.filter((v) => v >= 9).length - nps.filter((v) => v <= 6).length) / nps.length;
    const byStage = ['award', 'bid', 'consultation']
      .map((stage) => {
        const xs = sat.filter((x) => furthest(x.r.company, s.start) === stage);
        return xs.length === 0
          ? ''
          : ` ${stage} ${pct(xs.filter((x) => x.v >= 4).length / xs.length)}`;
      })
      .join('');
    out.push(
      `${s.id}: invited ${s.respondents.length}, complete ${n('complete')}, partial ${n('partial')}, RR1 ${pct(rr)}, ` +
        `SAT 4-5 ${pct(sat.filter((x) => x.v >= 4).length / sat.length)} (n=${sat.length})${byStage}, NPS ${(100 * npsScore).toFixed(0)}`,
    );
  }
  return out;
}
