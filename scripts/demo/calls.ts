import { day } from './dates.ts';
import type { Call } from './world.ts';

export interface DeadlineSpec {
  readonly id: string;
  readonly year: number;
  readonly type: 'open' | 'thematic';
  readonly theme: string;
  readonly deadline: string;
  readonly budgetEur: number;
  readonly applications: number;
  readonly eligible: number;
  readonly pending?: number;
  /** Exact number of applications led by a local government (gov_level local). */
  readonly local?: number;
}

/**
 * One open call a year, usually with two deadlines, and from 2020 one thematic call a year.
 * Fixed by sources: the 2020 deadlines (14 May, 22 Oct; thematic circular economy and energy
 * transition on 15 Dec 2020), call 1 of 2017 (18 proposals, 12 started) and the first 2019
 * deadline (29 proposals, 7 from local governments). Budgets add up to about EUR 5 million a year.
 */
const open = (
  year: number,
  n: number,
  deadline: string,
  budgetEur: number,
  applications: number,
  eligible: number,
  extra: Partial<DeadlineSpec> = {},
): DeadlineSpec => ({
  id: `CALL-${year}-OPEN-${n}`,
  year,
  type: 'open',
  theme: 'all',
  deadline,
  budgetEur,
  applications,
  eligible,
  ...extra,
});

const thematic = (
  year: number,
  theme: string,
  deadline: string,
  budgetEur: number,
  applications: number,
  eligible: number,
  extra: Partial<DeadlineSpec> = {},
): DeadlineSpec => ({
  id: `CALL-${year}-THEM`,
  year,
  type: 'thematic',
  theme,
  deadline,
  budgetEur,
  applications,
  eligible,
  ...extra,
});

export const DEADLINES: readonly DeadlineSpec[] = [
  open(2017, 1, '2017-03-30', 2_500_000, 18, 12),
  open(2017, 2, '2017-10-12', 2_500_000, 10, 7),
  open(2018, 1, '2018-04-26', 2_500_000, 11, 8),
  open(2018, 2, '2018-10-11', 2_500_000, 10, 6),
  open(2019, 1, '2019-03-28', 2_750_000, 29, 11, { local: 7 }),
  open(2019, 2, '2019-10-03', 2_250_000, 10, 6),
  open(2020, 1, '2020-05-14', 2_000_000, 14, 10),
  open(2020, 2, '2020-10-22', 2_000_000, 15, 12),
  thematic(2020, 'circular_economy_energy_transition', '2020-12-15', 1_000_000, 7, 5),
  open(2021, 1, '2021-04-29', 2_000_000, 8, 6),
  open(2021, 2, '2021-10-14', 2_000_000, 8, 5),
  thematic(2021, 'care', '2021-11-25', 1_000_000, 6, 4),
  open(2022, 1, '2022-04-28', 2_000_000, 7, 5),
  open(2022, 2, '2022-10-13', 2_000_000, 7, 4),
  thematic(2022, 'water', '2022-12-08', 1_000_000, 5, 3),
  open(2023, 1, '2023-04-27', 2_000_000, 7, 4),
  open(2023, 2, '2023-10-19', 2_000_000, 7, 4),
  // The programme ran to the end of 2023; decisions on its last deadline partly wait for what follows.
  thematic(2023, 'mobility', '2023-12-14', 1_000_000, 6, 2, { pending: 3 }),
];

export function buildCalls(): Call[] {
  return DEADLINES.map((d) => ({
    id: d.id,
    year: d.year,
    type: d.type,
    theme: d.theme,
    deadline: day(d.deadline),
    budget: d.budgetEur * 100,
  }));
}
