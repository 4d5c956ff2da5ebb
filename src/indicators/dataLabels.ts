import type { DataLabels } from '../model';
import { sql } from '../sql';
import type { QueryFn } from './run';

/** The names of the loaded data's rounds and calls, in time order (fieldwork end, deadline). */
export async function readDataLabels(query: QueryFn): Promise<DataLabels> {
  const [rounds, calls] = await Promise.all([
    query(sql`SELECT survey_id, name, audience, year(fieldwork_end) AS year, fieldwork_end
      FROM surveys ORDER BY fieldwork_end, survey_id`),
    query(sql`SELECT call_id, call_type, year, deadline FROM calls ORDER BY deadline, call_id`),
  ]);
  return {
    rounds: new Map(
      rounds.rows.map((r) => [
        String(r.survey_id),
        {
          name: String(r.name),
          audience: String(r.audience),
          year: Number(r.year),
          fieldworkEnd: String(r.fieldwork_end),
        },
      ]),
    ),
    calls: new Map(
      calls.rows.map((c) => [
        String(c.call_id),
        { callType: String(c.call_type), year: Number(c.year), deadline: String(c.deadline) },
      ]),
    ),
  };
}
