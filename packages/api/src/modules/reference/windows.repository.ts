import type { Database, Kysely, Window, WindowPost } from "@hall/db";

type Db = Kysely<Database>;

export async function listWindowRows(db: Db, hallId: number): Promise<Window[]> {
  return db.selectFrom("windows").selectAll().where("hall_id", "=", hallId).orderBy("number").execute();
}

/** The A/B posts of a hall's windows with the staff member's name. */
export async function listPostsOfHall(db: Db, hallId: number) {
  return db
    .selectFrom("window_posts as p")
    .innerJoin("windows as w", "w.id", "p.window_id")
    .innerJoin("staff as s", "s.id", "p.staff_id")
    .select(["p.window_id", "p.position", "p.staff_id", "s.name"])
    .where("w.hall_id", "=", hallId)
    .execute();
}

/** Another window of the hall already carries this number. */
export async function windowNumberTaken(db: Db, hallId: number, number: string, exceptId?: number): Promise<boolean> {
  let q = db.selectFrom("windows").select("id").where("hall_id", "=", hallId).where("number", "=", number);
  if (exceptId) q = q.where("id", "!=", exceptId);
  return (await q.executeTakeFirst()) !== undefined;
}

export async function insertWindow(
  tx: Db,
  values: { hallId: number; zoneId: number; number: string; name: string; type: string; itemId: number | null },
): Promise<Window> {
  return tx
    .insertInto("windows")
    .values({
      hall_id: values.hallId,
      zone_id: values.zoneId,
      number: values.number,
      name: values.name,
      type: values.type,
      item_id: values.itemId,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function updateWindowRow(
  tx: Db,
  id: number,
  patch: { zone_id?: number; number?: string; name?: string; type?: string; item_id?: number | null; active?: boolean },
): Promise<Window> {
  return tx.updateTable("windows").set(patch).where("id", "=", id).returningAll().executeTakeFirstOrThrow();
}

export async function findPost(db: Db, windowId: number, position: "A" | "B"): Promise<WindowPost | undefined> {
  return db
    .selectFrom("window_posts")
    .selectAll()
    .where("window_id", "=", windowId)
    .where("position", "=", position)
    .executeTakeFirst();
}

/** The staff member holding the window's other post (A for B, B for A), if any. */
export async function findOtherPostStaff(db: Db, windowId: number, position: "A" | "B"): Promise<number | undefined> {
  const row = await db
    .selectFrom("window_posts")
    .select("staff_id")
    .where("window_id", "=", windowId)
    .where("position", "!=", position)
    .executeTakeFirst();
  return row?.staff_id;
}

export async function deletePost(tx: Db, windowId: number, position: "A" | "B"): Promise<void> {
  await tx.deleteFrom("window_posts").where("window_id", "=", windowId).where("position", "=", position).execute();
}

export async function insertPost(tx: Db, windowId: number, position: "A" | "B", staffId: number): Promise<void> {
  await tx.insertInto("window_posts").values({ window_id: windowId, position, staff_id: staffId }).execute();
}
