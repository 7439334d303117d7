/** 'YYYY-MM-DD' day arithmetic in UTC (the form the database returns dates in): the shared days, and years and ages. */
import { dayOf } from '../../server/days';

export { addDays, dayOf, daysBetween } from '../../server/days';
const parse = (day: string) => Date.parse(`${day}T00:00:00Z`);

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
