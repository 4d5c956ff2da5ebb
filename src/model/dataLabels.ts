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

/** The labels as JSON, to keep beside figures computed ahead. */
export interface DataLabelsJson {
  readonly rounds: Readonly<Record<string, RoundLabel>>;
  readonly calls: Readonly<Record<string, CallLabel>>;
}

export function dataLabelsToJson(labels: DataLabels): DataLabelsJson {
  return {
    rounds: Object.fromEntries(labels.rounds),
    calls: Object.fromEntries(labels.calls),
  };
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const isRound = (v: unknown): v is RoundLabel =>
  isRecord(v) &&
  typeof v.name === 'string' &&
  typeof v.audience === 'string' &&
  typeof v.year === 'number' &&
  typeof v.fieldworkEnd === 'string';

const isCall = (v: unknown): v is CallLabel =>
  isRecord(v) &&
  typeof v.callType === 'string' &&
  typeof v.year === 'number' &&
  typeof v.deadline === 'string';

/** Labels read back from stored JSON; null when it is not what `dataLabelsToJson` wrote. */
export function dataLabelsFromJson(v: unknown): DataLabels | null {
  if (!isRecord(v) || !isRecord(v.rounds) || !isRecord(v.calls)) return null;
  const rounds = Object.entries(v.rounds);
  const calls = Object.entries(v.calls);
  if (!rounds.every(([, r]) => isRound(r)) || !calls.every(([, c]) => isCall(c))) return null;
  return {
    rounds: new Map(rounds as [string, RoundLabel][]),
    calls: new Map(calls as [string, CallLabel][]),
  };
}
