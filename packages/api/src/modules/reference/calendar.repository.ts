import type { Database, Kysely } from "@hall/db";

type Db = Kysely<Database>;

export async function findHallOverride(db: Db, hallId: number, date: string) {
  return db
    .selectFrom("calendar_overrides")
    .selectAll()
    .where("hall_id", "=", hallId)
    .where("date", "=", date)
    .executeTakeFirst();
}

/** Sets (kind) or removes (null) a hall's override of one day. */
export async function replaceHallOverride(
  tx: Db,
  hallId: number,
  date: string,
  day: { kind: "holiday" | "workday"; name: string | null } | null,
): Promise<void> {
  await tx.deleteFrom("calendar_overrides").where("hall_id", "=", hallId).where("date", "=", date).execute();
  if (day) {
    await tx
      .insertInto("calendar_overrides")
      .values({ hall_id: hallId, date, kind: day.kind, name: day.name })
      .execute();
  }
}

/** An org unit's own calendar layer within a year, by date. */
export async function listOrgDays(db: Db, orgUnitId: number, year: number) {
  return db
    .selectFrom("org_calendar_overrides")
    .select(["date", "kind", "name"])
    .where("org_unit_id", "=", orgUnitId)
    .where("date", ">=", `${year}-01-01`)
    .where("date", "<=", `${year}-12-31`)
    .orderBy("date")
    .execute();
}

/** The org unit's entries of these dates (before a change). */
export async function findOrgDays(db: Db, orgUnitId: number, dates: string[]) {
  if (!dates.length) return [];
  return db
    .selectFrom("org_calendar_overrides")
    .select(["date", "kind", "name"])
    .where("org_unit_id", "=", orgUnitId)
    .where("date", "in", dates)
    .orderBy("date")
    .execute();
}

/** Sets days of an org unit's layer (insert or replace). */
export async function upsertOrgDays(
  tx: Db,
  orgUnitId: number,
  days: { date: string; kind: "holiday" | "workday"; name: string | null }[],
): Promise<void> {
  if (!days.length) return;
  await tx
    .insertInto("org_calendar_overrides")
    .values(days.map((d) => ({ org_unit_id: orgUnitId, date: d.date, kind: d.kind, name: d.name })))
    .onConflict((oc) =>
      oc.columns(["org_unit_id", "date"]).doUpdateSet((eb) => ({
        kind: eb.ref("excluded.kind"),
        name: eb.ref("excluded.name"),
      })),
    )
    .execute();
}

/** Removes days from an org unit's layer; the dates actually removed. */
export async function deleteOrgDays(tx: Db, orgUnitId: number, dates: string[]): Promise<string[]> {
  if (!dates.length) return [];
  const rows = await tx
    .deleteFrom("org_calendar_overrides")
    .where("org_unit_id", "=", orgUnitId)
    .where("date", "in", dates)
    .returning("date")
    .execute();
  return rows.map((r) => r.date);
}
