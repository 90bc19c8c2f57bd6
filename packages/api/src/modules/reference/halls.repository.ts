import type { Database, Hall, Kysely } from "@hall/db";

type Db = Kysely<Database>;

/** The halls whose org unit lies under `pathPrefix`, with the org unit's name. */
export async function listHallsUnder(db: Db, pathPrefix: string) {
  return db
    .selectFrom("halls as h")
    .innerJoin("org_units as o", "o.id", "h.org_unit_id")
    .selectAll("h")
    .select("o.name as orgUnitName")
    .where("o.path", "like", `${pathPrefix}%`)
    .orderBy("h.id")
    .execute();
}

export async function insertHall(
  tx: Db,
  values: { orgUnitId: number; name: string; address: string | null; phone: string | null },
): Promise<Hall> {
  return tx
    .insertInto("halls")
    .values({
      org_unit_id: values.orgUnitId,
      name: values.name,
      address: values.address,
      phone: values.phone,
      settings: "{}",
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function updateHallRow(
  tx: Db,
  id: number,
  patch: { name?: string; address?: string | null; phone?: string | null },
): Promise<Hall> {
  return tx.updateTable("halls").set(patch).where("id", "=", id).returningAll().executeTakeFirstOrThrow();
}

export async function setHallSettings(tx: Db, id: number, settings: unknown): Promise<void> {
  await tx
    .updateTable("halls")
    .set({ settings: JSON.stringify(settings) })
    .where("id", "=", id)
    .execute();
}
