import { MILESTONES, ORG_TYPES } from '../../src/model/index.ts';
import { iso, TODAY, yearOf } from './dates.ts';
import type { World } from './world.ts';

/**
 * Domain rules the model cannot express (dates in order, sums that must add up, the figures
 * fixed by sources). Throws listing every broken rule.
 */
export function checkDomain(world: World): void {
  const problems: string[] = [];
  const fail = (msg: string) => {
    if (problems.length < 50) problems.push(msg);
  };

  const byCall = (id: string) => world.applications.filter((a) => a.call.id === id);
  const first2017 = byCall('CALL-2017-OPEN-1');
  if (first2017.length !== 18 || first2017.filter((a) => a.decision === 'eligible').length !== 12) {
    fail('CALL-2017-OPEN-1 must have 18 applications of which 12 eligible');
  }
  const first2019 = byCall('CALL-2019-OPEN-1');
  if (first2019.length !== 29 || first2019.filter((a) => a.lead.level === 'local').length !== 7) {
    fail('CALL-2019-OPEN-1 must have 29 applications of which 7 from local governments');
  }
  const lastCall = [...world.calls].sort((a, b) => b.deadline - a.deadline)[0];
  for (const a of world.applications) {
    if (a.submitted > a.call.deadline) fail(`${a.id} submitted after its deadline`);
    if (a.decision === 'pending' && a.call !== lastCall)
      fail(`${a.id} pending on an earlier deadline`);
    if (a.decision === 'pending' ? a.decided !== null : a.decided === null) {
      fail(`${a.id} decision date does not match decision ${a.decision}`);
    }
    if (a.decided !== null && a.decided <= a.submitted) fail(`${a.id} decided before submission`);
    if ((a.decision === 'eligible') !== (a.project !== null)) fail(`${a.id} eligible <=> project`);
  }

  for (const type of ORG_TYPES) {
    if (!world.applications.some((a) => a.lead.type === type)) fail(`no applicant of type ${type}`);
    if (!world.projects.some((p) => p.buyers.some((b) => b.org.type === type))) {
      fail(`no project buyer of type ${type}`);
    }
    for (const ref of world.population.filter((p) => p.type === type)) {
      const applicants = new Set(
        world.applications.filter((a) => a.lead.type === type).map((a) => a.lead),
      ).size;
      if (applicants >= ref.n * 0.9) fail(`applicant coverage of ${type} is not well below 100%`);
    }
  }

  for (const p of world.projects) {
    const decided = p.application.decided ?? 0;
    if (p.started <= decided) fail(`${p.id} started before its decision`);
    if ((p.status === 'completed' || p.status === 'stopped') !== (p.ended !== null)) {
      fail(`${p.id} ended_on does not match status ${p.status}`);
    }
    if (p.ended !== null && (p.ended <= p.started || p.ended > TODAY)) fail(`${p.id} bad ended_on`);
    if (p.paid > p.committed) fail(`${p.id} paid more than committed`);
    if (p.buyers.filter((b) => b.role === 'lead').length !== 1)
      fail(`${p.id} needs one lead buyer`);
    if (p.buyers[0]?.org !== p.application.lead) fail(`${p.id} lead buyer is not the applicant`);

    const firstTender = [...p.tenders].sort((a, b) => a.published - b.published)[0];
    for (const c of p.consultations) {
      if (c.held < p.started) fail(`${p.id} consultation before the start`);
      if (firstTender && c.held >= firstTender.published) fail(`${p.id} consultation after tender`);
    }
    for (const t of p.tenders) {
      if (t.published < p.started || t.published > TODAY) fail(`${p.id} tender date out of range`);
      if ((t.awarded === null) !== (t.awardedValue === null)) fail(`${p.id} award date/value`);
      if (t.awarded !== null && t.awarded <= t.published) fail(`${p.id} awarded before published`);
      const rows = p.participations.filter((x) => x.tender === t);
      const bids = rows.filter((x) => x.stage === 'bid');
      if (t.nBids !== null && bids.length !== t.nBids) fail(`${p.id} bids do not match n_bids`);
      const awarded = rows
        .filter((x) => x.stage === 'award')
        .reduce((s, x) => s + (x.value ?? 0), 0);
      if (awarded !== (t.awardedValue ?? 0)) fail(`${p.id} award rows do not add up to the award`);
      for (const x of rows) {
        if (x.stage === 'bid' && (x.on < t.published || x.on > TODAY)) fail(`${p.id} bid date`);
        if (x.stage === 'award' && x.on !== t.awarded) fail(`${p.id} award row date`);
      }
    }
    for (const x of p.participations) {
      if (x.company.founded > yearOf(x.on)) fail(`${p.id} ${x.company.name} not yet founded`);
      if (x.stage === 'consultation' && !p.consultations.some((c) => c.held === x.on)) {
        fail(`${p.id} consultation row without a consultation on that date`);
      }
    }
    for (const c of p.consultations) {
      const known = p.participations.filter((x) => x.stage === 'consultation' && x.on === c.held);
      if (known.filter((x) => !x.company.research).length > c.nCompanies)
        fail(`${p.id} too many known companies`);
      if (known.filter((x) => x.company.research).length > c.nResearch)
        fail(`${p.id} too many known research orgs`);
    }

    const ms = [...p.milestones].sort((a, b) => a.reached - b.reached);
    const order = ms.map((m) => MILESTONES.indexOf(m.milestone));
    for (let i = 1; i < ms.length; i++) {
      const prev = ms[i - 1];
      const cur = ms[i];
      const o0 = order[i - 1] ?? 0;
      const o1 = order[i] ?? 0;
      if (!prev || !cur) continue;
      if (cur.reached <= prev.reached || o1 <= o0) fail(`${p.id} milestones out of order`);
      if (cur.milestone !== 'stopped' && (cur.trl ?? 0) < (prev.trl ?? 0))
        fail(`${p.id} TRL falls`);
    }
    const has = (m: string) => p.milestones.find((x) => x.milestone === m);
    const published = has('tender_published');
    if ((published?.reached ?? null) !== (firstTender?.published ?? null)) {
      fail(`${p.id} tender_published milestone does not mirror the first tender`);
    }
    if (has('stopped') && p.status !== 'stopped') fail(`${p.id} stopped milestone but status`);
    const scaling = p.followOns.filter((f) => !f.sameBuyer);
    if (Boolean(has('scaled')) !== scaling.length > 0) fail(`${p.id} scaled <=> scaling follow-on`);
    if (p.followOns.length > 0 && !has('deployed')) fail(`${p.id} follow-on without deployment`);
    const own = new Set(p.buyers.map((b) => b.org));
    for (const f of p.followOns) {
      if (f.sameBuyer !== own.has(f.buyer)) fail(`${p.id} same_buyer flag wrong`);
      if (f.signed > TODAY) fail(`${p.id} follow-on in the future`);
    }
  }

  for (const a of world.activities) {
    for (const x of a.attendance) {
      if ((x.org === null) === (x.company === null)) fail(`activity ${iso(a.held)} attendee`);
    }
  }

  for (const s of world.surveys) {
    for (const r of s.respondents) {
      const answered = r.disposition === 'complete' || r.disposition === 'partial';
      if (answered !== (r.submittedAt !== null))
        fail(`${s.id} ${r.id} submitted_at vs disposition`);
      if (r.submittedAt !== null) {
        const on = r.submittedAt.slice(0, 10);
        if (on < iso(s.start) || on > iso(s.end)) fail(`${s.id} ${r.id} outside fieldwork`);
      }
      if (!answered && r.answers.length > 0) fail(`${s.id} ${r.id} answers without responding`);
      if (s.audience === 'buyer') {
        if (!r.project || !r.org || !r.project.buyers.some((b) => b.org === r.org)) {
          fail(`${s.id} ${r.id} buyer respondent does not buy in its project`);
        }
      }
      if (s.audience === 'company') {
        const ok = r.project?.participations.some((x) => x.company === r.company && x.on < s.start);
        if (!ok) fail(`${s.id} ${r.id} company respondent did not take part before the survey`);
      }
    }
  }

  if (problems.length > 0) {
    throw new Error(`Demo data breaks domain rules:\n  ${problems.join('\n  ')}`);
  }
}
