import { addCalendarDays, assertValidIsoDate, calendarDaysBetween, isWeekend } from "./iso-date.ts";

/** A listed day: a holiday (no work, even on a weekday) or an adjusted working day (调休, work on a weekend). */
export type CalendarDayKind = "holiday" | "workday";

export interface CalendarEntry {
  /** YYYY-MM-DD, an Asia/Shanghai calendar day. */
  date: string;
  kind: CalendarDayKind;
  name?: string;
}

/** Date → kind for every listed day; days not listed follow the Mon–Fri rule. */
export type CalendarLookup = ReadonlyMap<string, CalendarDayKind>;

/** Merges calendar layers; a later layer overrides an earlier one (admin overrides on top of the default source). */
export function buildCalendarLookup(...layers: CalendarEntry[][]): CalendarLookup {
  const lookup = new Map<string, CalendarDayKind>();
  for (const layer of layers) {
    for (const entry of layer) lookup.set(entry.date, entry.kind);
  }
  return lookup;
}

/** A working day is Mon–Fri unless listed as a holiday; a Saturday or Sunday only if listed as a workday (调休). */
export function isWorkingDay(date: string, lookup: CalendarLookup): boolean {
  assertValidIsoDate(date);
  const listed = lookup.get(date);
  if (listed) return listed === "workday";
  return !isWeekend(date);
}

/**
 * The n-th working day after `start`. With n = 0: `start` itself if it is a working day, else the next one.
 * Used for promised time limits in working days.
 */
export function addWorkingDays(start: string, n: number, lookup: CalendarLookup): string {
  assertValidIsoDate(start);
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`addWorkingDays needs a whole number n ≥ 0, got ${n}`);
  if (n === 0 && isWorkingDay(start, lookup)) return start;
  let date = start;
  let remaining = Math.max(n, 1);
  while (remaining > 0) {
    date = addCalendarDays(date, 1);
    if (isWorkingDay(date, lookup)) remaining -= 1;
  }
  return date;
}

/** The first working day strictly after `date`. */
export function nextWorkingDay(date: string, lookup: CalendarLookup): string {
  return addWorkingDays(date, 1, lookup);
}

/**
 * The number of working days in (from, to]: 0 when both are the same day,
 * negative (−count of (to, from]) when `to` is before `from`.
 */
export function workingDaysBetween(from: string, to: string, lookup: CalendarLookup): number {
  assertValidIsoDate(from, "from");
  assertValidIsoDate(to, "to");
  const span = calendarDaysBetween(from, to);
  if (span < 0) return -workingDaysBetween(to, from, lookup);
  let count = 0;
  for (let i = 1; i <= span; i += 1) {
    if (isWorkingDay(addCalendarDays(from, i), lookup)) count += 1;
  }
  return count;
}
