import { buildCalls } from './calls.ts';
import { buildCompanyPool } from './companies.ts';
import { buildOrganisations, POPULATION } from './organisations.ts';
import { buildActivities, buildEuProjects, buildWebMetrics } from './outreach.ts';
import { buildApplications, buildProjects } from './portfolio.ts';
import { Rng } from './random.ts';
import { buildSurveys } from './surveys.ts';
import type { World } from './world.ts';

/** The date the Flemish government approved the programme (28 October 2016). */
export const SEED = 20161028;

export function buildWorld(seed: number): World {
  const rng = new Rng(seed);
  const calls = buildCalls();
  const orgs = buildOrganisations();
  const companies = buildCompanyPool(rng.fork('companies'), 340);
  const applications = buildApplications(calls, orgs, rng.fork('applications'));
  const projects = buildProjects(applications, orgs, companies, rng.fork('projects'));
  const activities = buildActivities(
    calls,
    orgs,
    companies,
    applications,
    projects,
    rng.fork('activities'),
  );
  return {
    calls,
    orgs,
    population: POPULATION.flatMap((p) => [
      { type: p.type, n: p.n2019, year: 2019 },
      { type: p.type, n: p.n2023, year: 2023 },
    ]),
    applications,
    projects,
    companies,
    activities,
    web: buildWebMetrics(calls, rng.fork('web')),
    eu: buildEuProjects(orgs),
    surveys: buildSurveys(projects, activities, rng.fork('surveys')),
  };
}
