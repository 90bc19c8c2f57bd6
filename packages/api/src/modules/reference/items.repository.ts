import type { Database, Kysely, ServiceItem, ServiceItemMaterial } from "@hall/db";
import type { MaterialInput } from "./schemas.ts";

type Db = Kysely<Database>;

export async function listItemRows(db: Db, hallId: number): Promise<ServiceItem[]> {
  return db.selectFrom("service_items").selectAll().where("hall_id", "=", hallId).orderBy("code").execute();
}

export async function findItemRow(db: Db, id: number): Promise<ServiceItem> {
  return db.selectFrom("service_items").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
}

/** The materials of some items, each item's in its order. */
export async function listMaterialRows(db: Db, itemIds: number[]): Promise<ServiceItemMaterial[]> {
  if (!itemIds.length) return [];
  return db
    .selectFrom("service_item_materials")
    .selectAll()
    .where("item_id", "in", itemIds)
    .orderBy("item_id")
    .orderBy("sort")
    .execute();
}

export async function insertItem(tx: Db, values: Record<string, unknown> & { hall_id: number }): Promise<number> {
  const row = await tx
    .insertInto("service_items")
    .values(values as never)
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateItemRow(tx: Db, id: number, cols: Record<string, unknown>): Promise<void> {
  await tx.updateTable("service_items").set(cols).where("id", "=", id).execute();
}

/** Replaces an item's materials list (order kept). */
export async function replaceMaterials(tx: Db, itemId: number, materials: MaterialInput[]): Promise<void> {
  await tx.deleteFrom("service_item_materials").where("item_id", "=", itemId).execute();
  if (!materials.length) return;
  await tx
    .insertInto("service_item_materials")
    .values(
      materials.map((m, idx) => ({
        item_id: itemId,
        name: m.name,
        copies: m.copies,
        original_required: m.originalRequired,
        waivable: m.waivable,
        note: m.note ?? null,
        sort: idx,
      })),
    )
    .execute();
}
