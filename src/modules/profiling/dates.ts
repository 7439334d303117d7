/** 'YYYY-MM-DD' day arithmetic in UTC (the form the database returns dates in). */
const DAY_MS = 86_400_000;
const parse = (day: string) => Date.parse(`${day}T00:00:00Z`);

export const dayOf = (at: Date) => at.toISOString().slice(0, 10);
export const addDays = (day: string, days: number) => dayOf(new Date(parse(day) + days * DAY_MS));
export const daysBetween = (from: string, to: string) => Math.round((parse(to) - parse(from)) / DAY_MS);

export function addYears(day: string, years: number): string {
  const d = new Date(parse(day));
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return dayOf(d);
}

/** Whole years from birth to the day. */
export function ageOn(birthDate: string, day: string): number {
  const age = Number(day.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return day.slice(5) < birthDate.slice(5) ? age - 1 : age;
}
