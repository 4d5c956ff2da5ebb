import { MILESTONES, ORG_TYPES, QUESTION_CODES, SERVICES } from '../../src/model/index.ts';
import { iso, type Day } from './dates.ts';
import type { Dataset } from './rows.ts';
import type { Cents, Company, Org, World } from './world.ts';

const euros = (c: Cents): number => c / 100;
const pad = (n: number, width: number) => String(n).padStart(width, '0');
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Gives ids in order of first contact (earliest date, then name), like a CRM would. */
function assignIds<T>(
  firstSeen: Map<T, Day>,
  name: (item: T) => string,
  prefix: string,
): Map<T, string> {
  const ordered = [...firstSeen.entries()].sort(
    ([a, da], [b, db]) => da - db || byText(name(a), name(b)),
  );
  return new Map(ordered.map(([item], i) => [item, `${prefix}-${pad(i + 1, 4)}`]));
}

function see<T>(map: Map<T, Day>, item: T, on: Day): void {
  const prev = map.get(item);
  if (prev === undefined || on < prev) map.set(item, on);
}

function need<T>(ids: Map<T, string>, item: T, what: string): string {
  const id = ids.get(item);
  if (id === undefined) throw new Error(`No id for ${what}`);
  return id;
}

export function emit(world: World): Dataset {
  const orgSeen = new Map<Org, Day>();
  const companySeen = new Map<Company, Day>();
  for (const a of world.applications) see(orgSeen, a.lead, a.submitted);
  for (const p of world.projects) {
    for (const b of p.buyers) see(orgSeen, b.org, p.started);
    for (const x of p.participations) see(companySeen, x.company, x.on);
    for (const f of p.followOns) {
      see(orgSeen, f.buyer, f.signed);
      see(companySeen, f.company, f.signed);
    }
  }
  for (const a of world.activities) {
    for (const x of a.attendance) {
      if (x.org) see(orgSeen, x.org, a.held);
      if (x.company) see(companySeen, x.company, a.held);
    }
  }
  for (const e of world.eu) for (const x of e.participants) see(orgSeen, x.org, e.started);
  for (const s of world.surveys) {
    for (const r of s.respondents) {
      if (r.org) see(orgSeen, r.org, s.start);
      if (r.company) see(companySeen, r.company, s.start);
    }
  }
  const orgId = assignIds(orgSeen, (o) => o.name, 'ORG');
  const companyId = assignIds(companySeen, (c) => c.name, 'CMP');
  const org = (o: Org) => need(orgId, o, o.name);
  const company = (c: Company) => need(companyId, c, c.name);

  const projects = [...world.projects].sort((a, b) => byText(a.id, b.id));
  const consultations = projects
    .flatMap((p) => p.consultations)
    .sort((a, b) => a.held - b.held || byText(a.project.id, b.project.id));
  const consultationIds = new Map(consultations.map((c, i) => [c, `MC-${pad(i + 1, 4)}`]));
  const tenders = projects
    .flatMap((p) => p.tenders)
    .sort((a, b) => a.published - b.published || byText(a.project.id, b.project.id));
  const tenderIds = new Map(tenders.map((t, i) => [t, `TND-${pad(i + 1, 4)}`]));
  const activityIds = new Map(world.activities.map((a, i) => [a, `ACT-${pad(i + 1, 4)}`]));
  const stageOrder = { consultation: 0, bid: 1, award: 2 } as const;
  const roleOrder = { lead: 0, partner: 1, subcontractor: 2 } as const;

  const orgRows = [...orgId.entries()]
    .map(([o, id]) => ({
      org_id: id,
      name: o.name,
      org_type: o.type,
      gov_level: o.level,
      province: o.province,
    }))
    .sort((a, b) => byText(a.org_id, b.org_id));
  const companyRows = [...companyId.entries()]
    .map(([c, id]) => ({
      company_id: id,
      name: c.name,
      size_class: c.size,
      region: c.region,
      country: c.country,
      founded_year: c.founded,
      is_research_org: c.research,
    }))
    .sort((a, b) => byText(a.company_id, b.company_id));

  return {
    calls: world.calls.map((c) => ({
      call_id: c.id,
      year: c.year,
      call_type: c.type,
      theme: c.theme,
      deadline: iso(c.deadline),
      budget_eur: euros(c.budget),
    })),
    organisations: orgRows,
    population_frame: [...world.population]
      .sort((a, b) => a.year - b.year || ORG_TYPES.indexOf(a.type) - ORG_TYPES.indexOf(b.type))
      .map((p) => ({ org_type: p.type, n_orgs: p.n, ref_year: p.year })),
    applications: [...world.applications]
      .sort((a, b) => byText(a.id, b.id))
      .map((a) => ({
        application_id: a.id,
        call_id: a.call.id,
        lead_org_id: org(a.lead),
        title: a.title,
        theme: a.theme,
        submitted_on: iso(a.submitted),
        decision: a.decision,
        decided_on: a.decided === null ? null : iso(a.decided),
      })),
    projects: projects.map((p) => ({
      project_id: p.id,
      application_id: p.application.id,
      title: p.title,
      theme: p.theme,
      procedure: p.procedure,
      status: p.status,
      started_on: iso(p.started),
      ended_on: p.ended === null ? null : iso(p.ended),
      pio_cofin_committed_eur: euros(p.committed),
      pio_cofin_paid_eur: euros(p.paid),
    })),
    project_buyers: projects.flatMap((p) =>
      p.buyers.map((b) => ({ project_id: p.id, org_id: org(b.org), role: b.role })),
    ),
    market_consultations: consultations.map((c) => ({
      consultation_id: need(consultationIds, c, 'consultation'),
      project_id: c.project.id,
      held_on: iso(c.held),
      format: c.format,
      n_companies: c.nCompanies,
      n_research_orgs: c.nResearch,
    })),
    tenders: tenders.map((t) => ({
      tender_id: need(tenderIds, t, 'tender'),
      project_id: t.project.id,
      published_on: iso(t.published),
      awarded_on: t.awarded === null ? null : iso(t.awarded),
      estimated_value_eur: euros(t.estimated),
      awarded_value_eur: t.awardedValue === null ? null : euros(t.awardedValue),
      n_bids: t.nBids,
    })),
    companies: companyRows,
    participations: projects.flatMap((p) =>
      [...p.participations]
        .sort(
          (a, b) =>
            a.on - b.on ||
            stageOrder[a.stage] - stageOrder[b.stage] ||
            roleOrder[a.role] - roleOrder[b.role] ||
            byText(company(a.company), company(b.company)),
        )
        .map((x) => ({
          project_id: p.id,
          tender_id: x.tender ? need(tenderIds, x.tender, 'tender') : null,
          company_id: company(x.company),
          stage: x.stage,
          role: x.role,
          value_eur: x.value === null ? null : euros(x.value),
          on_date: iso(x.on),
        })),
    ),
    milestones: projects.flatMap((p) =>
      [...p.milestones]
        .sort(
          (a, b) =>
            a.reached - b.reached ||
            MILESTONES.indexOf(a.milestone) - MILESTONES.indexOf(b.milestone),
        )
        .map((m) => ({
          project_id: p.id,
          milestone: m.milestone,
          reached_on: iso(m.reached),
          trl: m.trl,
        })),
    ),
    follow_ons: projects.flatMap((p) =>
      [...p.followOns]
        .sort((a, b) => a.signed - b.signed)
        .map((f) => ({
          project_id: p.id,
          company_id: company(f.company),
          buyer_org_id: org(f.buyer),
          same_buyer: f.sameBuyer,
          value_eur: euros(f.value),
          signed_on: iso(f.signed),
        })),
    ),
    activities: world.activities.map((a) => ({
      activity_id: need(activityIds, a, 'activity'),
      held_on: iso(a.held),
      kind: a.kind,
      title: a.title,
    })),
    activity_attendance: world.activities.flatMap((a) =>
      a.attendance
        .map((x) => ({
          activity_id: need(activityIds, a, 'activity'),
          org_id: x.org ? org(x.org) : null,
          company_id: x.company ? company(x.company) : null,
          persons: x.persons,
        }))
        .sort((p, q) =>
          byText(p.org_id ?? `~${p.company_id ?? ''}`, q.org_id ?? `~${q.company_id ?? ''}`),
        ),
    ),
    web_metrics: world.web.map((w) => ({
      month: iso(w.month),
      page_views: w.pageViews,
      unique_visitors: w.uniqueVisitors,
      downloads: w.downloads,
    })),
    eu_projects: world.eu.map((e) => ({
      eu_project_id: e.id,
      acronym: e.acronym,
      programme: e.programme,
      instrument: e.instrument,
      started_on: iso(e.started),
      ended_on: e.ended === null ? null : iso(e.ended),
      eu_contribution_eur: euros(e.contribution),
    })),
    eu_participations: world.eu.flatMap((e) =>
      e.participants.map((x) => ({
        eu_project_id: e.id,
        org_id: org(x.org),
        role: x.role,
        pio_supported: x.pioSupported,
        eu_contribution_eur: x.contribution === null ? null : euros(x.contribution),
      })),
    ),
    surveys: world.surveys.map((s) => ({
      survey_id: s.id,
      name: s.name,
      audience: s.audience,
      fieldwork_start: iso(s.start),
      fieldwork_end: iso(s.end),
      population_n: s.respondents.length,
    })),
    respondents: world.surveys.flatMap((s) =>
      [...s.respondents]
        .sort((a, b) => byText(a.id, b.id))
        .map((r) => ({
          survey_id: s.id,
          respondent_id: r.id,
          disposition: r.disposition,
          project_id: r.project?.id ?? null,
          org_id: r.org ? org(r.org) : null,
          company_id: r.company ? company(r.company) : null,
          submitted_at: r.submittedAt,
        })),
    ),
    questions: world.surveys.flatMap((s) =>
      s.questions.map((q) => ({
        survey_id: s.id,
        question_code: q.code,
        text_nl: q.textNl,
        text_en: q.textEn,
        scale: q.scale,
      })),
    ),
    answers: world.surveys.flatMap((s) =>
      [...s.respondents]
        .sort((a, b) => byText(a.id, b.id))
        .flatMap((r) =>
          [...r.answers]
            .sort(
              (a, b) =>
                QUESTION_CODES.indexOf(a.code) - QUESTION_CODES.indexOf(b.code) ||
                SERVICES.indexOf(a.text as (typeof SERVICES)[number]) -
                  SERVICES.indexOf(b.text as (typeof SERVICES)[number]),
            )
            .map((a) => ({
              survey_id: s.id,
              respondent_id: r.id,
              question_code: a.code,
              value_num: a.num,
              value_text: a.text,
              not_applicable: a.notApplicable,
            })),
        ),
    ),
  };
}
