import { type Database, type Kysely, sql } from "@hall/db";
import {
  buildCalendarLookup,
  type CalendarEntry,
  type CalendarLookup,
  coveredCalendarYears,
  defaultCalendarEntries,
  layerCalendar,
  type OrgCalendarLayer,
  type SourcedCalendarEntry,
  uncoveredMonths,
} from "@hall/domain";

/**
 * A hall's calendar: the national data (chinese-days) < the calendar layers of the org units on the hall's path, from
 * the root to the hall's own unit < the hall's own overrides. A shared repository: every module reads the hall
 * calendar through here.
 */
type Db = Kysely<Database>;

/** The org units on the hall's path (its own unit and every ancestor), root first. */
export async function hallOrgChain(db: Db, hallId: number) {
  return db
    .selectFrom("halls as h")
    .innerJoin("org_units as ho", "ho.id", "h.org_unit_id")
    .innerJoin("org_units as o", (join) =>
      join.on((eb) => eb("ho.path", "like", sql<string>`${sql.ref("o.path")} || '%'`)),
    )
    .select(["o.id", "o.name", "o.path"])
    .where("h.id", "=", hallId)
    .orderBy("o.path")
    .execute();
}

/** Every listed day of the hall's layers in [from, to]: its own overrides and the org layers on its path, in one read. */
async function layerRows(db: Db, hallId: number, from: string, to: string) {
  return db
    .selectFrom("calendar_overrides as c")
    .select((_eb) => [
      "c.date",
      "c.kind",
      "c.name",
      sql<number | null>`null::integer`.as("orgUnitId"),
      sql<string | null>`null::text`.as("orgName"),
      sql<string | null>`null::text`.as("orgPath"),
    ])
    .where("c.hall_id", "=", hallId)
    .where("c.date", ">=", from)
    .where("c.date", "<=", to)
    .unionAll(
      db
        .selectFrom("org_calendar_overrides as oc")
        .innerJoin("org_units as o", "o.id", "oc.org_unit_id")
        .innerJoin("org_units as ho", (join) =>
          join.on((eb) => eb("ho.path", "like", sql<string>`${sql.ref("o.path")} || '%'`)),
        )
        .innerJoin("halls as h", "h.org_unit_id", "ho.id")
        .select(["oc.date", "oc.kind", "oc.name", "o.id as orgUnitId", "o.name as orgName", "o.path as orgPath"])
        .where("h.id", "=", hallId)
        .where("oc.date", ">=", from)
        .where("oc.date", "<=", to),
    )
    .execute();
}

export interface HallCalendar {
  /** Each listed day once, with the layer it comes from. */
  entries: SourcedCalendarEntry[];
  /** The org layers that have days in the range, root first. */
  orgLayers: OrgCalendarLayer[];
  /** National data of the years read. */
  national: CalendarEntry[];
}

/** The hall's layered calendar over whole years. */
export async function hallCalendar(db: Db, hallId: number, years: readonly number[]): Promise<HallCalendar> {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  if (sorted.length === 0) return { entries: [], orgLayers: [], national: [] };
  const rows = await layerRows(db, hallId, `${sorted[0]}-01-01`, `${sorted[sorted.length - 1]}-12-31`);
  const inYears = (date: string) => sorted.includes(Number(date.slice(0, 4)));
  const entry = (r: (typeof rows)[number]): CalendarEntry => ({
    date: r.date,
    kind: r.kind,
    ...(r.name ? { name: r.name } : {}),
  });
  const hall: CalendarEntry[] = [];
  const orgs = new Map<number, OrgCalendarLayer & { entries: CalendarEntry[] }>();
  for (const r of rows) {
    if (!inYears(r.date)) continue;
    if (r.orgUnitId === null) {
      hall.push(entry(r));
      continue;
    }
    const layer = orgs.get(r.orgUnitId) ?? {
      orgUnitId: r.orgUnitId,
      orgName: r.orgName ?? "",
      path: r.orgPath ?? "",
      entries: [],
    };
    layer.entries.push(entry(r));
    orgs.set(r.orgUnitId, layer);
  }
  const national = sorted.flatMap((y) => defaultCalendarEntries(y));
  const orgLayers = [...orgs.values()].sort((a, b) => a.path.length - b.path.length);
  return { entries: layerCalendar(national, orgLayers, hall), orgLayers, national };
}

/** The national calendar for a year with the org layers and the hall's own overrides layered on top. */
export async function hallCalendarEntries(db: Db, hallId: number, year: number): Promise<SourcedCalendarEntry[]> {
  return (await hallCalendar(db, hallId, [year])).entries;
}

/**
 * A working-day lookup for the hall covering the given years and the year after the last of them: a due date
 * computed in late December runs into next year, and must see next year's holidays (an org layer may have them
 * before the national package does).
 */
export async function hallCalendarLookup(db: Db, hallId: number, years: number[]): Promise<CalendarLookup> {
  if (years.length === 0) return buildCalendarLookup();
  const last = Math.max(...years);
  return buildCalendarLookup((await hallCalendar(db, hallId, [...years, last + 1])).entries);
}

/**
 * The coming months (from `today`'s month, a few ahead) for which the hall has no holiday schedule: the national
 * package has no data for their year and no org layer on the hall's path covers it.
 */
export async function hallCalendarGaps(db: Db, hallId: number, today: string): Promise<string[]> {
  const year = Number(today.slice(0, 4));
  const { national, orgLayers } = await hallCalendar(db, hallId, [year, year + 1]);
  return uncoveredMonths(today, coveredCalendarYears(national, orgLayers));
}
