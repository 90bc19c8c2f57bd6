import type { Database, Kysely } from "@hall/db";
import { buildCalendarLookup, type CalendarEntry, type CalendarLookup, defaultCalendarEntries } from "@hall/domain";

/** The national calendar (chinese-days) for a year with the hall's own overrides layered on top. */
export async function hallCalendarEntries(
  db: Kysely<Database>,
  hallId: number,
  year: number,
): Promise<(CalendarEntry & { source: "national" | "hall" })[]> {
  const overrides = await db
    .selectFrom("calendar_overrides")
    .select(["date", "kind", "name"])
    .where("hall_id", "=", hallId)
    .where("date", ">=", `${year}-01-01`)
    .where("date", "<=", `${year}-12-31`)
    .execute();
  const byDate = new Map<string, CalendarEntry & { source: "national" | "hall" }>();
  for (const e of defaultCalendarEntries(year)) byDate.set(e.date, { ...e, source: "national" });
  for (const o of overrides)
    byDate.set(o.date, { date: o.date, kind: o.kind, ...(o.name ? { name: o.name } : {}), source: "hall" });
  return [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date));
}

/** A working-day lookup for the hall covering the given years. */
export async function hallCalendarLookup(
  db: Kysely<Database>,
  hallId: number,
  years: number[],
): Promise<CalendarLookup> {
  const layers = await Promise.all(years.map((y) => hallCalendarEntries(db, hallId, y)));
  return buildCalendarLookup(layers.flat());
}
