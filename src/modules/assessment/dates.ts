/**
 * Calendar arithmetic on 'YYYY-MM-DD' days (the form the database returns dates in).
 * Days are UTC calendar days: the clock is the injectable one, so tests can move "today".
 */
import type { Clock } from '../../server/clock';
import { dayOf } from '../../server/days';

export { addDays, dayOf, daysBetween } from '../../server/days';
export const today = (clock: Clock) => dayOf(clock.now());

const parts = (day: string) => day.split('-').map(Number) as [number, number, number];
const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** Adds calendar months, keeping the day of month where it exists (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = parts(day);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const date = Math.min(d, daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
}

/** Whole months from one day to a later one (0 if `to` is earlier). */
export function wholeMonthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = parts(from);
  const [ty, tm, td] = parts(to);
  const months = (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
  return Math.max(0, months);
}

/** Age in whole years on a day. */
export const ageOn = (birthDate: string, day: string) => Math.floor(wholeMonthsBetween(birthDate, day) / 12);

/** Days from one day to another (negative when `to` is earlier). */

