import type { Database, Kysely, Zone } from "@hall/db";

type Db = Kysely<Database>;

export async function listZoneRows(db: Db, hallId: number): Promise<Zone[]> {
  return db.selectFrom("zones").selectAll().where("hall_id", "=", hallId).orderBy("sort").orderBy("id").execute();
}

/** Counts the hall's active specialty zones; call with the hall row locked so two writers cannot both pass. */
export async function countSpecialtyZones(db: Db, hallId: number, exceptId?: number): Promise<number> {
  let q = db
    .selectFrom("zones")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("hall_id", "=", hallId)
    .where("kind", "=", "acceptance_specialty")
    .where("active", "=", true);
  if (exceptId) q = q.where("id", "!=", exceptId);
  return Number((await q.executeTakeFirstOrThrow()).n);
}

export async function insertZone(
  tx: Db,
  values: { hallId: number; kind: string; name: string; prefix: string; sort: number },
): Promise<Zone> {
  return tx
    .insertInto("zones")
    .values({ hall_id: values.hallId, kind: values.kind, name: values.name, prefix: values.prefix, sort: values.sort })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function updateZoneRow(
  tx: Db,
  id: number,
  patch: { kind?: string; name?: string; prefix?: string; sort?: number; active?: boolean },
): Promise<Zone> {
  return tx.updateTable("zones").set(patch).where("id", "=", id).returningAll().executeTakeFirstOrThrow();
}
