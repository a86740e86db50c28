/**
 * Calendar days as ISO strings ("2026-03-02"), computed in UTC so a plan never shifts by a day
 * with the user's time zone or a daylight-saving change.
 */

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Milliseconds at UTC midnight, or null for anything that is not a real calendar date. */
export function parseDay(day: string): number | null {
  const m = isoDate.exec(day.trim());
  if (!m) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return formatDay(ms) === day.trim() ? ms : null;
}

export function formatDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(day: string, n: number): string {
  return formatDay((parseDay(day) ?? 0) + n * 86_400_000);
}

/** Whole days from `a` to `b` (negative when b is earlier). */
export function daysBetween(a: string, b: string): number {
  return Math.round(((parseDay(b) ?? 0) - (parseDay(a) ?? 0)) / 86_400_000);
}

export function isWeekend(day: string): boolean {
  const d = new Date(parseDay(day) ?? 0).getUTCDay();
  return d === 0 || d === 6;
}

/** The local calendar day of a Date ("today" as the user sees it). */
export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * A day as the user writes dates: "Mon 2 Mar" in en-GB, "Mon, Mar 2" in en-US, from `locale`
 * (the browser's own when omitted), read in UTC like every day here. `withYear` adds the year,
 * for a date that may not be this year ("Your interview date (Fri 4 Dec 2026) is in the past").
 */
export function describeDay(day: string, locale?: string, withYear = false): string {
  const options: Intl.DateTimeFormatOptions = {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
    ...(withYear ? { year: 'numeric' } : {}),
  };
  return new Intl.DateTimeFormat(locale, options).format(parseDay(day) ?? 0);
}
