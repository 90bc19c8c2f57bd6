import type { Booking, Database, Kysely } from "@hall/db";
import { assertCanCancel, assertWithinBookingWindow, DomainError, slotCapacity, toShanghaiIso } from "@hall/domain";
import type { Context } from "../../context.ts";
import { audit } from "../../shared/audit.ts";
import { lockBookingRow, lockCitizen, moveBooking, setBookingCancelled } from "./bookings.repository.ts";
import { type Actor, assertCitizenMayBook } from "./create.service.ts";
import { hallBookingRules, loadItem } from "./hall-rules.ts";
import { servingWindows } from "./repository.ts";
import { findSlotSeats, lockSlotRows, releaseSeat, takeSeat, upsertSlotRow } from "./slots.repository.ts";
import { slotAt } from "./slots.service.ts";
import { type BookingView, bookingView } from "./views.service.ts";

/** Changing a booking: cancel and reschedule. */
type Db = Kysely<Database>;

async function lockOwnBooking(tx: Db, actor: Actor, id: number): Promise<Booking> {
  const b = await lockBookingRow(tx, id);
  // Someone else's booking is "not found" to a citizen: never confirm that another person's booking exists.
  if (!b || b.citizen_id !== actor.userId) throw new DomainError("NOT_FOUND", "booking.not_found", { field: "id" });
  return b;
}

export async function cancelBooking(ctx: Context, actor: Actor, id: number): Promise<BookingView> {
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (tx) => {
    await lockCitizen(tx, actor.userId);
    const b = await lockOwnBooking(tx, actor, id);
    // Idempotent: a cancel repeated after its answer was lost (docs/api.md, Retries) answers as the first did —
    // with the cancelled booking, even once the deadline has passed; nothing is freed or audited twice.
    if (b.status === "cancelled") return;
    const rules = await hallBookingRules(tx, b.hall_id, now);
    assertCanCancel({ status: b.status, start: b.start_at }, now, rules.settings);
    await setBookingCancelled(tx, id, now);
    await releaseSeat(tx, b.slot_id);
    await audit(tx, ctx, {
      action: "booking.cancel",
      entity: "booking",
      entityId: id,
      hallId: b.hall_id,
      before: { status: b.status },
      after: { status: "cancelled" },
    });
  });
  return bookingView(ctx.db, id, now);
}

/** Moves a booking to another slot of the same item, atomically: if the new slot is full nothing changes. */
export async function rescheduleBooking(ctx: Context, actor: Actor, id: number, start: Date): Promise<BookingView> {
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (tx) => {
    await lockCitizen(tx, actor.userId);
    const b = await lockOwnBooking(tx, actor, id);
    const item = await loadItem(tx, b.item_id);
    const rules = await hallBookingRules(tx, b.hall_id, now);
    assertCanCancel({ status: b.status, start: b.start_at }, now, rules.settings);
    const slot = slotAt(rules, start);
    if (slot.start.getTime() === b.start_at.getTime())
      throw new DomainError("BAD_REQUEST", "booking.same_slot", { field: "start" });
    assertWithinBookingWindow(slot.start, now, rules.settings);
    await assertCitizenMayBook(tx, actor.userId, { itemId: item.id, start: slot.start }, now, rules.settings, b.id);
    const capacity = slotCapacity(item, await servingWindows(tx, item.hallId), rules.settings.slotMinutes);
    // Lock both slot rows in id order so two opposite reschedules cannot deadlock.
    const target = await findSlotSeats(tx, item.id, slot.start);
    await lockSlotRows(tx, target ? [b.slot_id, target.id] : [b.slot_id]);
    const newSlotId = await upsertSlotRow(
      tx,
      { hallId: item.hallId, itemId: item.id, start: slot.start, end: slot.end },
      capacity,
    );
    await takeSeat(tx, newSlotId);
    await releaseSeat(tx, b.slot_id);
    await moveBooking(tx, id, { slotId: newSlotId, start: slot.start, end: slot.end });
    await audit(tx, ctx, {
      action: "booking.reschedule",
      entity: "booking",
      entityId: id,
      hallId: b.hall_id,
      before: { start: toShanghaiIso(b.start_at) },
      after: { start: toShanghaiIso(slot.start) },
    });
  });
  return bookingView(ctx.db, id, now);
}
