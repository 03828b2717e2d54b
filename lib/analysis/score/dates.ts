/** ISO calendar dates (yyyy-mm-dd) as whole days, in UTC so no time zone or clock is involved. */
const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  return formatDay(parseDay(value)) === value;
}

/** Days since 1970-01-01. Throws on anything but yyyy-mm-dd (a date-time is cut to its date). */
export function parseDay(value: string): number {
  const match = ISO_DATE.exec(value.slice(0, 10));
  if (!match) throw new Error(`Expected an ISO date (yyyy-mm-dd), got "${value}"`);
  return Math.round(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY_MS);
}

export function formatDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return formatDay(parseDay(date) + days);
}

export function daysBetween(from: string, to: string): number {
  return parseDay(to) - parseDay(from);
}
