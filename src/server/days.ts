/** 'YYYY-MM-DD' day arithmetic in UTC (the form the database returns dates in), shared by every module. */
const DAY_MS = 86_400_000;
const parse = (day: string) => Date.parse(`${day}T00:00:00Z`);

export const dayOf = (at: Date) => at.toISOString().slice(0, 10);
export const addDays = (day: string, days: number) => dayOf(new Date(parse(day) + days * DAY_MS));
export const daysBetween = (from: string, to: string) => Math.round((parse(to) - parse(from)) / DAY_MS);
