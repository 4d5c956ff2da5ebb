import { queryOptions, useQuery } from '@tanstack/react-query';
import { getEngine } from '../engine/client';
import { sql } from '../sql';
import { datasetQuery, type DataIdentity } from './dataset';

/** A survey round as people name it: by its audience and year, in time order. */
export interface RoundLabel {
  readonly name: string;
  readonly audience: string;
  readonly year: number;
  readonly fieldworkEnd: string;
}

/** A call deadline as people name it: by its type and year, and its date where there are two. */
export interface CallLabel {
  readonly callType: string;
  readonly year: number;
  readonly deadline: string;
}

/** What the loaded data says about the codes of its rounds and calls. */
export interface DataLabels {
  readonly rounds: ReadonlyMap<string, RoundLabel>;
  readonly calls: ReadonlyMap<string, CallLabel>;
}

export const NO_DATA_LABELS: DataLabels = { rounds: new Map(), calls: new Map() };

export function dataLabelsQuery(version: string) {
  return queryOptions({
    queryKey: ['data-labels', version] as const,
    queryFn: async ({ client }): Promise<DataLabels> => {
      await client.query({ ...datasetQuery, staleTime: 'static' });
      const engine = await getEngine();
      const [rounds, calls] = await Promise.all([
        engine.query<{
          survey_id: string;
          name: string;
          audience: string;
          year: number;
          fieldwork_end: string;
        }>(sql`SELECT survey_id, name, audience, year(fieldwork_end) AS year, fieldwork_end
          FROM surveys ORDER BY fieldwork_end, survey_id`),
        engine.query<{ call_id: string; call_type: string; year: number; deadline: string }>(
          sql`SELECT call_id, call_type, year, deadline FROM calls ORDER BY deadline, call_id`,
        ),
      ]);
      return {
        rounds: new Map(
          rounds.rows.map((r) => [
            r.survey_id,
            { name: r.name, audience: r.audience, year: r.year, fieldworkEnd: r.fieldwork_end },
          ]),
        ),
        calls: new Map(
          calls.rows.map((c) => [
            c.call_id,
            { callType: c.call_type, year: c.year, deadline: c.deadline },
          ]),
        ),
      };
    },
    staleTime: Infinity,
  });
}

/** The labels of the loaded data's rounds and calls; none until they are known. */
export function useDataLabels(data: DataIdentity): DataLabels {
  return useQuery(dataLabelsQuery(data.version)).data ?? NO_DATA_LABELS;
}
