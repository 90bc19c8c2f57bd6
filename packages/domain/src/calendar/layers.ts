import { assertValidIsoDate } from "./iso-date.ts";
import type { CalendarEntry } from "./working-days.ts";

/**
 * Where a day of a hall's calendar comes from: the national schedule shipped with the package, an org unit's layer
 * ("org:<org unit name>", e.g. a province that entered next year's schedule before the package has it), or the hall's
 * own override.
 */
export type CalendarSource = "national" | "hall" | `org:${string}`;

export interface SourcedCalendarEntry extends CalendarEntry {
  source: CalendarSource;
}

/** An org unit's calendar layer: its entries and where the unit sits in the tree. */
export interface OrgCalendarLayer {
  orgUnitId: number;
  orgName: string;
  /** Materialised path of the org unit ("/1/4/"): the deeper, the later it applies. */
  path: string;
  entries: readonly CalendarEntry[];
}

export const orgCalendarSource = (orgName: string): CalendarSource => `org:${orgName}`;

const depthOf = (path: string) => path.split("/").filter(Boolean).length;

/**
 * A hall's calendar from its layers, each date once, sorted by date. Later layers win:
 * national data < org layers from the root to the leaf (by path depth) < the hall's own overrides.
 * Pass only the org units on the hall's path (the unit of the hall and its ancestors).
 */
export function layerCalendar(
  national: readonly CalendarEntry[],
  orgs: readonly OrgCalendarLayer[],
  hall: readonly CalendarEntry[],
): SourcedCalendarEntry[] {
  const byDate = new Map<string, SourcedCalendarEntry>();
  const put = (entries: readonly CalendarEntry[], source: CalendarSource) => {
    for (const e of entries) {
      byDate.set(e.date, { date: e.date, kind: e.kind, ...(e.name ? { name: e.name } : {}), source });
    }
  };
  put(national, "national");
  const rootFirst = [...orgs].sort((a, b) => depthOf(a.path) - depthOf(b.path) || a.path.localeCompare(b.path));
  for (const org of rootFirst) put(org.entries, orgCalendarSource(org.orgName));
  put(hall, "hall");
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * The years a holiday schedule is known for: a year is covered when the national data or an org layer lists a day
 * in it (every published schedule has days in every year: 元旦, 春节 …). A hall's own overrides do not count — a
 * single closure day is not next year's schedule.
 */
export function coveredCalendarYears(
  national: readonly CalendarEntry[],
  orgs: readonly Pick<OrgCalendarLayer, "entries">[],
): Set<number> {
  const years = new Set<number>();
  for (const e of national) years.add(Number(e.date.slice(0, 4)));
  for (const org of orgs) for (const e of org.entries) years.add(Number(e.date.slice(0, 4)));
  return years;
}

/** Months a calendar warning looks ahead, after the current one. */
export const CALENDAR_WARNING_MONTHS_AHEAD = 3;

/**
 * The months ("YYYY-MM") from the month of `today` through `monthsAhead` months later whose year has no known
 * schedule: due dates and bookings there would treat every holiday as a working day.
 */
export function uncoveredMonths(
  today: string,
  covered: ReadonlySet<number>,
  monthsAhead: number = CALENDAR_WARNING_MONTHS_AHEAD,
): string[] {
  assertValidIsoDate(today, "today");
  if (!Number.isInteger(monthsAhead) || monthsAhead < 0)
    throw new RangeError(`monthsAhead must be ≥ 0: ${monthsAhead}`);
  let year = Number(today.slice(0, 4));
  let month = Number(today.slice(5, 7));
  const months: string[] = [];
  for (let i = 0; i <= monthsAhead; i++) {
    if (!covered.has(year)) months.push(`${year}-${String(month).padStart(2, "0")}`);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

/** The calendar years a due-date computation starting on `from` may reach: that year and the next. */
export function calendarYearsFrom(from: string): number[] {
  assertValidIsoDate(from, "from");
  const year = Number(from.slice(0, 4));
  return [year, year + 1];
}
