/** Calendar dates as whole days since 1970-01-01 (UTC arithmetic, no time zones). */
export type Day = number;

const MS_PER_DAY = 86_400_000;

export function day(isoDate: string): Day {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!m) throw new Error(`Not a date: ${isoDate}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / MS_PER_DAY;
}

export function ymd(year: number, month: number, dayOfMonth: number): Day {
  return Date.UTC(year, month - 1, dayOfMonth) / MS_PER_DAY;
}

export function iso(d: Day): string {
  return new Date(d * MS_PER_DAY).toISOString().slice(0, 10);
}

export function yearOf(d: Day): number {
  return new Date(d * MS_PER_DAY).getUTCFullYear();
}

export function monthOf(d: Day): number {
  return new Date(d * MS_PER_DAY).getUTCMonth() + 1;
}

/** 0 = Sunday .. 6 = Saturday; 1970-01-01 was a Thursday. */
export function weekday(d: Day): number {
  return (((d + 4) % 7) + 7) % 7;
}

/** Moves a Saturday or Sunday to the next Monday. */
export function workday(d: Day): Day {
  const w = weekday(d);
  return w === 6 ? d + 2 : w === 0 ? d + 1 : d;
}

/** Moves a Saturday or Sunday back to the Friday before. */
export function workdayBefore(d: Day): Day {
  const w = weekday(d);
  return w === 6 ? d - 1 : w === 0 ? d - 2 : d;
}

export function addMonths(year: number, month: number, n: number): { year: number; month: number } {
  const idx = year * 12 + (month - 1) + n;
  return { year: Math.floor(idx / 12), month: (idx % 12) + 1 };
}

/** The reference date of the demo data: statuses are as at the end of 2024. */
export const TODAY: Day = ymd(2024, 12, 31);
