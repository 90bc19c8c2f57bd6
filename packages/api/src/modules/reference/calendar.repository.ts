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
