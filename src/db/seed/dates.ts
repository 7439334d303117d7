/**
 * Calendar arithmetic on 'YYYY-MM-DD' strings in UTC. The seed stores plain dates (the
 * database driver keeps them as strings too), so no time zone can shift a birthday.
 */

const DAY_MS = 86_400_000;

export const toDay = (date: Date): string => date.toISOString().slice(0, 10);

const parse = (day: string): number => Date.parse(`${day}T00:00:00Z`);

export const addDays = (day: string, days: number): string => toDay(new Date(parse(day) + days * DAY_MS));

export function addYears(day: string, years: number): string {
  const d = new Date(parse(day));
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return toDay(d);
}

export const daysBetween = (from: string, to: string): number => Math.round((parse(to) - parse(from)) / DAY_MS);

export const minDay = (a: string, b: string): string => (a < b ? a : b);
export const maxDay = (a: string, b: string): string => (a > b ? a : b);

/** Whole years from birth to the given day. */
export function ageOn(birthDate: string, day: string): number {
  const age = Number(day.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return day.slice(5) < birthDate.slice(5) ? age - 1 : age;
}

/** Midday UTC of a day, for timestamp columns that record "registered on that day". */
export const atNoon = (day: string): Date => new Date(parse(day) + DAY_MS / 2);
