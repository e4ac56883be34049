// Quarters and school years. A school year is named by the calendar year it starts in (2025 = 2025–2026学年)
// and starts on 1 September. Calendar days are held as UTC midnight of the date (no time-zone drift in arithmetic),
// and the business day of an instant is its date in Beijing: "today", quarter boundaries, deadlines, 数据截至,
// countdowns and PDF dates all follow Asia/Shanghai, whatever the server's own time zone. Instants stay UTC.

export interface Quarter {
  year: number;
  quarter: 1 | 2 | 3 | 4;
}

const SCHOOL_YEAR_START_MONTH = 9;

/** The time zone of the bureaus' working day. */
export const BUSINESS_TIME_ZONE = "Asia/Shanghai";

const businessDateParts = new Intl.DateTimeFormat("en-US", {
  timeZone: BUSINESS_TIME_ZONE,
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "numeric",
  minute: "numeric",
  second: "numeric",
  hourCycle: "h23",
});

/** The wall-clock fields of an instant in Beijing, read as if they were UTC. */
function businessWallClock(instant: Date): number {
  const fields = Object.fromEntries(
    businessDateParts.formatToParts(instant).map((part) => [part.type, Number(part.value)]),
  ) as Record<"year" | "month" | "day" | "hour" | "minute" | "second", number>;
  return Date.UTC(fields.year, fields.month - 1, fields.day, fields.hour, fields.minute, fields.second);
}

/** The calendar day in Beijing of an instant (as UTC midnight of that date): "today" is businessDay(new Date()). */
export function businessDay(instant: Date): Date {
  return utcDay(new Date(businessWallClock(instant)));
}

/** The instant at which a calendar day ends in Beijing (the next day's 00:00 there). */
export function endOfBusinessDay(day: Date): Date {
  const nextMidnightAsUtc = addDays(utcDay(day), 1);
  // Beijing's offset from UTC at that moment (UTC+8 all year since 1991; read from the time-zone data, not assumed).
  const offset = businessWallClock(nextMidnightAsUtc) - nextMidnightAsUtc.getTime();
  return new Date(nextMidnightAsUtc.getTime() - offset);
}

/** The quarter that is current in Beijing at `now`. */
export function currentQuarter(now: Date = new Date()): Quarter {
  return quarterOf(businessDay(now));
}

/** The quarter of a calendar day (pass businessDay(instant) for an instant). */
export function quarterOf(date: Date): Quarter {
  return {
    year: date.getUTCFullYear(),
    quarter: (Math.floor(date.getUTCMonth() / 3) + 1) as Quarter["quarter"],
  };
}

/** The quarter `offset` quarters after `q` (negative for before). */
export function addQuarters(q: Quarter, offset: number): Quarter {
  const index = q.year * 4 + (q.quarter - 1) + offset;
  return { year: Math.floor(index / 4), quarter: ((index % 4) + 1) as Quarter["quarter"] };
}

/** Quarters from `a` to `b` (positive when b is later). */
export function quartersBetween(a: Quarter, b: Quarter): number {
  return b.year * 4 + b.quarter - (a.year * 4 + a.quarter);
}

function compareQuarters(a: Quarter, b: Quarter): number {
  return quartersBetween(b, a);
}

/** The last `count` quarters ending with `last`, oldest first. */
export function recentQuarters(last: Quarter, count: number): Quarter[] {
  return Array.from({ length: count }, (_, i) => addQuarters(last, i - count + 1));
}

export function quarterKey(q: Quarter): string {
  return `${q.year}Q${q.quarter}`;
}

export function parseQuarterKey(key: string): Quarter | null {
  const match = /^(\d{4})Q([1-4])$/.exec(key);
  if (!match) return null;
  return { year: Number(match[1]), quarter: Number(match[2]) as Quarter["quarter"] };
}

/** Last day of a quarter (UTC midnight). */
export function quarterEnd(q: Quarter): Date {
  return new Date(Date.UTC(q.year, q.quarter * 3, 0));
}

export function schoolYearOf(date: Date): number {
  return date.getUTCMonth() + 1 >= SCHOOL_YEAR_START_MONTH
    ? date.getUTCFullYear()
    : date.getUTCFullYear() - 1;
}

/** The UTC calendar day of `date` (time of day dropped). */
export function utcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

export function addYears(date: Date, years: number): Date {
  const result = new Date(date.getTime());
  result.setUTCFullYear(result.getUTCFullYear() + years);
  return result;
}

/**
 * The same calendar day `years` years before `on` (UTC midnight), 29 February falling back to the 28th in a common
 * year: the last day one can be born (or start) on to have completed `years` whole years by `on`, so that
 * `ageOn(birthDate, on) >= years` exactly when `birthDate <= yearsBefore(on, years)`. SQL filters take these days as
 * parameters (addYears would roll 29 February over to 1 March, a day too late).
 */
export function yearsBefore(on: Date, years: number): Date {
  const year = on.getUTCFullYear() - years;
  const month = on.getUTCMonth();
  const lastDayOfMonth = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(on.getUTCDate(), lastDayOfMonth)));
}

/** Whole years of age on `on` for someone born on `birthDate`. */
export function ageOn(birthDate: Date, on: Date): number {
  let age = on.getUTCFullYear() - birthDate.getUTCFullYear();
  const birthdayPassed =
    on.getUTCMonth() > birthDate.getUTCMonth() ||
    (on.getUTCMonth() === birthDate.getUTCMonth() && on.getUTCDate() >= birthDate.getUTCDate());
  if (!birthdayPassed) age -= 1;
  return age;
}

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * The date every figure of a quarter's dashboard, briefing or export refers to: a closed quarter is read as at its
 * last day (its computed history comes from the snapshots frozen then), the current quarter as today.
 */
export function referenceDateOf(quarter: Quarter, now: Date): Date {
  return compareQuarters(quarter, currentQuarter(now)) === 0 ? businessDay(now) : quarterEnd(quarter);
}

export function isFutureQuarter(quarter: Quarter, now: Date): boolean {
  return compareQuarters(quarter, currentQuarter(now)) > 0;
}
