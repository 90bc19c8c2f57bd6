import { randomInt } from "node:crypto";
import type { Booking, Database, Kysely } from "@hall/db";
import { BOOKING_CODE_ALPHABET, BOOKING_CODE_LENGTH, generateBookingCode, toShanghaiIso } from "@hall/domain";

/** bookings (and the citizen row lock that serialises one citizen's booking transactions). */
type Db = Kysely<Database>;

/** Locks the citizen's row: one citizen's booking transactions run one after another, so caps hold under races. */
export async function lockCitizen(tx: Db, citizenId: number): Promise<void> {
  await tx.selectFrom("users").select("id").where("id", "=", citizenId).forUpdate().executeTakeFirstOrThrow();
}

/** The citizen's confirmed bookings and their no-shows since `since` (what the caps and the suspension look at). */
export async function citizenCountedBookings(tx: Db, citizenId: number, since: Date) {
  return tx
    .selectFrom("bookings")
    .select(["id", "item_id", "start_at", "status"])
    .where("citizen_id", "=", citizenId)
    .where((eb) =>
      eb.or([eb("status", "=", "confirmed"), eb.and([eb("status", "=", "no_show"), eb("start_at", ">=", since)])]),
    )
    .execute();
}

/** The booking an earlier request with the same idempotency key made, if any. */
export async function findReplay(db: Db, citizenId: number, idempotencyKey: string): Promise<number | undefined> {
  const row = await db
    .selectFrom("bookings")
    .select("id")
    .where("citizen_id", "=", citizenId)
    .where("idempotency_key", "=", idempotencyKey)
    .executeTakeFirst();
  return row?.id;
}

/** Bookings with their item's and hall's names and the hall's settings, newest first. */
export async function findBookingViewRows(db: Db, where: { citizenId?: number; ids?: number[] }) {
  let q = db
    .selectFrom("bookings as b")
    .innerJoin("service_items as i", "i.id", "b.item_id")
    .innerJoin("halls as h", "h.id", "b.hall_id")
    .selectAll("b")
    .select(["i.name as itemName", "h.name as hallName", "h.settings as hallSettings"])
    .orderBy("b.start_at", "desc")
    .orderBy("b.id", "desc");
  if (where.citizenId !== undefined) q = q.where("b.citizen_id", "=", where.citizenId);
  if (where.ids) q = q.where("b.id", "in", where.ids.length ? where.ids : [-1]);
  return q.execute();
}

/** A code nobody holds: crypto-random, and unique in the table (a clash just draws again). */
export async function insertBooking(tx: Db, values: Omit<Booking, "id" | "code">): Promise<number> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const code = generateBookingCode(() => randomInt(BOOKING_CODE_ALPHABET.length) / BOOKING_CODE_ALPHABET.length);
    const row = await tx
      .insertInto("bookings")
      .values({ ...values, code })
      .onConflict((oc) => oc.column("code").doNothing())
      .returning("id")
      .executeTakeFirst();
    if (row) return row.id;
  }
  throw new Error(`could not draw a free ${BOOKING_CODE_LENGTH}-character booking code`);
}

/** A booking row, locked until the transaction ends. */
export async function lockBookingRow(tx: Db, id: number): Promise<Booking | undefined> {
  return tx.selectFrom("bookings").selectAll().where("id", "=", id).forUpdate().executeTakeFirst();
}

export async function setBookingCancelled(tx: Db, id: number, at: Date): Promise<void> {
  await tx.updateTable("bookings").set({ status: "cancelled", cancelled_at: at }).where("id", "=", id).execute();
}

export async function moveBooking(tx: Db, id: number, to: { slotId: number; start: Date; end: Date }): Promise<void> {
  await tx
    .updateTable("bookings")
    .set({ slot_id: to.slotId, start_at: to.start, end_at: to.end })
    .where("id", "=", id)
    .execute();
}

/**
 * Marks a hall's confirmed bookings that ended at or before `cutoff` as no-shows and writes an audit row for each,
 * in one transaction. One UPDATE: a row changes status only once, so concurrent runs never double-mark.
 */
export async function markHallNoShows(db: Db, hallId: number, cutoff: Date, now: Date): Promise<number> {
  return db.transaction().execute(async (tx) => {
    const updated = await tx
      .updateTable("bookings")
      .set({ status: "no_show", no_show_at: now })
      .where("hall_id", "=", hallId)
      .where("status", "=", "confirmed")
      .where("end_at", "<=", cutoff)
      .returning(["id", "citizen_id", "start_at"])
      .execute();
    if (updated.length) {
      await tx
        .insertInto("audit_log")
        .values(
          updated.map((b) => ({
            at: now,
            actor_user_id: null,
            hall_id: hallId,
            action: "booking.no_show",
            entity: "booking",
            entity_id: String(b.id),
            before: JSON.stringify({ status: "confirmed" }),
            after: JSON.stringify({ status: "no_show", citizenId: b.citizen_id, start: toShanghaiIso(b.start_at) }),
            ip: null,
          })),
        )
        .execute();
    }
    return updated.length;
  });
}

/** A hall's bookings starting in [from, to), with the citizen's name and masked phone (the staff day view). */
export async function findDayBookings(db: Db, hallId: number, from: Date, to: Date) {
  return db
    .selectFrom("bookings as b")
    .innerJoin("users as u", "u.id", "b.citizen_id")
    .select(["b.id", "b.item_id", "b.start_at", "b.code", "b.status", "u.name", "u.phone_masked"])
    .where("b.hall_id", "=", hallId)
    .where("b.start_at", ">=", from)
    .where("b.start_at", "<", to)
    .orderBy("b.start_at")
    .orderBy("b.id")
    .execute();
}
