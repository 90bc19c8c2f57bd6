import type { Database, Kysely, ServiceItem } from "@hall/db";
import { DomainError, type ServingWindow } from "@hall/domain";

/**
 * The booking module's reads of halls, items and windows (the catalogue side). With `slots.repository.ts` and
 * `bookings.repository.ts` this is the only kysely-aware code of the module.
 */
type Db = Kysely<Database>;

/** The hall a public caller means: the given one, or the first hall (a single-hall installation needs no id). */
export async function resolveHallId(db: Db, hallId: number | undefined): Promise<number> {
  let q = db.selectFrom("halls").select("id").orderBy("id").limit(1);
  if (hallId !== undefined) q = q.where("id", "=", hallId);
  const hall = await q.executeTakeFirst();
  if (!hall) throw new DomainError("NOT_FOUND", "hall.not_found", { field: "hallId" });
  return hall.id;
}

/** The hall row the booking rules are read from. */
export async function findHallForRules(db: Db, hallId: number) {
  return db.selectFrom("halls").select(["id", "name", "settings"]).where("id", "=", hallId).executeTakeFirst();
}

/** Every hall's id and stored settings (the no-show job walks them). */
export async function listHallSettings(db: Db) {
  return db.selectFrom("halls").select(["id", "settings"]).orderBy("id").execute();
}

export async function findItemRow(db: Db, itemId: number): Promise<ServiceItem | undefined> {
  return db.selectFrom("service_items").selectAll().where("id", "=", itemId).executeTakeFirst();
}

/** The active, bookable items of a hall (the staff day view), in code order. */
export async function listBookableItemRows(db: Db, hallId: number): Promise<ServiceItem[]> {
  return db
    .selectFrom("service_items")
    .selectAll()
    .where("hall_id", "=", hallId)
    .where("active", "=", true)
    .where("bookable", "=", true)
    .orderBy("code")
    .execute();
}

/** The hall's windows as the capacity rule sees them (staffed = an A or B post is assigned). */
export async function servingWindows(db: Db, hallId: number): Promise<ServingWindow[]> {
  const rows = await db
    .selectFrom("windows as w")
    .select((eb) => [
      "w.id",
      "w.type",
      "w.zone_id",
      "w.item_id",
      "w.active",
      eb
        .exists(eb.selectFrom("window_posts as p").select("p.window_id").whereRef("p.window_id", "=", "w.id"))
        .as("staffed"),
    ])
    .where("w.hall_id", "=", hallId)
    .execute();
  return rows.map((w) => ({
    id: w.id,
    type: w.type as ServingWindow["type"],
    zoneId: w.zone_id,
    itemId: w.item_id,
    active: w.active,
    staffed: Boolean(w.staffed),
  }));
}

/** The public list of halls. */
export async function listPublicHalls(db: Db) {
  return db.selectFrom("halls").select(["id", "name", "address"]).orderBy("id").execute();
}

/** The active items of a hall with their zone, for the public catalogue. */
export async function listCatalogItems(
  db: Db,
  hallId: number,
): Promise<(ServiceItem & { zoneName: string | null; zoneKind: string | null })[]> {
  return db
    .selectFrom("service_items as i")
    .leftJoin("zones as z", "z.id", "i.zone_id")
    .selectAll("i")
    .select(["z.name as zoneName", "z.kind as zoneKind"])
    .where("i.hall_id", "=", hallId)
    .where("i.active", "=", true)
    .orderBy("i.code")
    .execute();
}
