import { type Database, type Kysely, sql } from "@hall/db";
import { DomainError } from "@hall/domain";

/** booking_slots: one row per (item, start) holding capacity and seats taken. */
type Db = Kysely<Database>;

/** The stored rows of an item's slots between two starts (inclusive). */
export async function findSlotRows(db: Db, itemId: number, from: Date, to: Date) {
  return db
    .selectFrom("booking_slots")
    .select(["start_at", "booked", "capacity_override"])
    .where("item_id", "=", itemId)
    .where("start_at", ">=", from)
    .where("start_at", "<=", to)
    .execute();
}

/** Seats of one slot (no lock): the fast path that refuses a full slot before queueing for its lock. */
export async function findSlotSeats(db: Db, itemId: number, start: Date) {
  return db
    .selectFrom("booking_slots")
    .select(["id", "booked", "capacity"])
    .where("item_id", "=", itemId)
    .where("start_at", "=", start)
    .executeTakeFirst();
}

/** Locks slot rows in id order (so two transactions locking the same pair cannot deadlock). */
export async function lockSlotRows(db: Db, ids: number[]): Promise<void> {
  await db.selectFrom("booking_slots").select("id").where("id", "in", ids).orderBy("id").forUpdate().execute();
}

/** One slot row, locked until the transaction ends. */
export async function lockSlotRow(db: Db, slotId: number) {
  return db.selectFrom("booking_slots").selectAll().where("id", "=", slotId).forUpdate().executeTakeFirstOrThrow();
}

/**
 * The slot row with its capacity brought up to date (the override when set, else the windows' capacity, never
 * below the seats already taken), created on first use. Locks the row until the transaction ends.
 */
export async function upsertSlotRow(
  tx: Db,
  slot: { hallId: number; itemId: number; start: Date; end: Date },
  capacity: number,
): Promise<number> {
  const row = await tx
    .insertInto("booking_slots")
    .values({
      hall_id: slot.hallId,
      item_id: slot.itemId,
      start_at: slot.start,
      end_at: slot.end,
      capacity,
      capacity_override: null,
    })
    .onConflict((oc) =>
      oc.columns(["item_id", "start_at"]).doUpdateSet({
        capacity: sql<number>`coalesce(booking_slots.capacity_override, greatest(excluded.capacity, booking_slots.booked))`,
      }),
    )
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Takes one seat of a locked slot row, or CONFLICT booking.slot_full. */
export async function takeSeat(tx: Db, slotId: number): Promise<void> {
  const taken = await tx
    .updateTable("booking_slots")
    .set({ booked: sql<number>`booked + 1` })
    .where("id", "=", slotId)
    .where(sql<boolean>`booked < capacity`)
    .executeTakeFirst();
  if (Number(taken.numUpdatedRows) !== 1) throw new DomainError("CONFLICT", "booking.slot_full", { field: "start" });
}

export async function releaseSeat(tx: Db, slotId: number): Promise<void> {
  await tx.updateTable("booking_slots").set({ booked: sql<number>`booked - 1` }).where("id", "=", slotId).execute();
}

export async function setSlotCapacity(tx: Db, slotId: number, capacity: number, override: number | null) {
  await tx
    .updateTable("booking_slots")
    .set({ capacity, capacity_override: override })
    .where("id", "=", slotId)
    .execute();
}
