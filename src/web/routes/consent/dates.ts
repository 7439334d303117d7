/** A date picked in a date input (YYYY-MM-DD) as the end of that day in the browser's time zone, for expiries. */
export function endOfDay(date: string): string | undefined {
  if (!date) return undefined;
  return new Date(`${date}T23:59:59`).toISOString();
}

/** Today as YYYY-MM-DD in the browser's time zone (the earliest expiry a date input offers). */
export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
