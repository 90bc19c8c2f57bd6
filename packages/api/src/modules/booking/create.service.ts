import type { Database, Kysely } from "@hall/db";
import {
  assertCitizenCaps,
  assertNotSuspended,
  assertWithinBookingWindow,
  type BookingSettings,
  type BookingStatus,
  DomainError,
  slotCapacity,
  toShanghaiIso,
} from "@hall/domain";
import type { Context } from "../../context.ts";
import { audit } from "../../shared/audit.ts";
import { citizenCountedBookings, findReplay, insertBooking, lockCitizen } from "./bookings.repository.ts";
import { hallBookingRules, loadItem } from "./hall-rules.ts";
import { servingWindows } from "./repository.ts";
import { findSlotSeats, takeSeat, upsertSlotRow } from "./slots.repository.ts";
import { slotAt } from "./slots.service.ts";
import { type BookingView, bookingView } from "./views.service.ts";

/** Creating a booking. */
type Db = Kysely<Database>;
export type Actor = NonNullable<Context["actor"]>;

/** The suspension and the per-citizen caps, checked inside the citizen's locked transaction. */
export async function assertCitizenMayBook(
  tx: Db,
  citizenId: number,
  candidate: { itemId: number; start: Date },
  now: Date,
  s: BookingSettings,
  ignoreId?: number,
) {
  const since = new Date(now.getTime() - s.noShowWindowDays * 86_400_000 - s.suspensionDays * 86_400_000);
  const rows = await citizenCountedBookings(tx, citizenId, since);
  assertNotSuspended(
    rows.filter((r) => r.status === "no_show").map((r) => r.start_at),
    now,
    s,
  );
  assertCitizenCaps(
    rows.map((r) => ({ id: r.id, itemId: r.item_id, start: r.start_at, status: r.status as BookingStatus })),
    candidate,
    now,
    s,
    ignoreId === undefined ? {} : { ignoreId },
  );
}

export interface CreateBookingInput {
  itemId: number;
  start: Date;
  idempotencyKey?: string | undefined;
}

/**
 * Books a seat for the citizen. In one transaction: lock the citizen (caps), replay an idempotent retry, check the
 * slot and the rules, take a seat with a conditional update (never beyond capacity), insert, audit.
 */
export async function createBooking(ctx: Context, actor: Actor, input: CreateBookingInput): Promise<BookingView> {
  const now = ctx.clock.now();
  const item = await loadItem(ctx.db, input.itemId);
  if (!item.active || !item.bookable)
    throw new DomainError("BAD_REQUEST", "booking.item_not_bookable", { field: "itemId" });
  const rules = await hallBookingRules(ctx.db, item.hallId, now);
  const slot = slotAt(rules, input.start);
  const capacity = slotCapacity(item, await servingWindows(ctx.db, item.hallId), rules.settings.slotMinutes);

  // Fast path for the common race outcome: a slot already full is refused without queueing for its row lock.
  // A retried request is answered first (its own booking may be what filled the slot). The authoritative check
  // is the conditional update inside the transaction.
  if (input.idempotencyKey) {
    const replay = await findReplay(ctx.db, actor.userId, input.idempotencyKey);
    if (replay !== undefined) return bookingView(ctx.db, replay, now);
  }
  const seats = await findSlotSeats(ctx.db, item.id, slot.start);
  if (seats && seats.booked >= seats.capacity)
    throw new DomainError("CONFLICT", "booking.slot_full", { field: "start" });

  const id = await ctx.db.transaction().execute(async (tx) => {
    await lockCitizen(tx, actor.userId);
    if (input.idempotencyKey) {
      const replay = await findReplay(tx, actor.userId, input.idempotencyKey);
      if (replay !== undefined) return replay;
    }
    assertWithinBookingWindow(slot.start, now, rules.settings);
    await assertCitizenMayBook(tx, actor.userId, { itemId: item.id, start: slot.start }, now, rules.settings);
    const slotId = await upsertSlotRow(
      tx,
      { hallId: item.hallId, itemId: item.id, start: slot.start, end: slot.end },
      capacity,
    );
    await takeSeat(tx, slotId);
    const bookingId = await insertBooking(tx, {
      hall_id: item.hallId,
      item_id: item.id,
      slot_id: slotId,
      citizen_id: actor.userId,
      start_at: slot.start,
      end_at: slot.end,
      status: "confirmed",
      idempotency_key: input.idempotencyKey ?? null,
      materials_confirmed_at: now,
      created_at: now,
      cancelled_at: null,
      checked_in_at: null,
      no_show_at: null,
      completed_at: null,
    });
    await audit(tx, ctx, {
      action: "booking.create",
      entity: "booking",
      entityId: bookingId,
      hallId: item.hallId,
      after: { itemId: item.id, start: toShanghaiIso(slot.start), citizenId: actor.userId },
    });
    return bookingId;
  });
  return bookingView(ctx.db, id, now);
}
