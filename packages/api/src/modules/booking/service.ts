import { randomInt } from "node:crypto";
import { type Booking, type Database, type Kysely, sql } from "@hall/db";
import {
  addCalendarDays,
  assertCanCancel,
  assertCitizenCaps,
  assertNotSuspended,
  assertWithinBookingWindow,
  BOOKING_CODE_ALPHABET,
  BOOKING_CODE_LENGTH,
  type BookableItem,
  type BookingSettings,
  type BookingStatus,
  buildCalendarLookup,
  type CalendarLookup,
  canCancelBooking,
  DomainError,
  generateBookingCode,
  generateSlots,
  isWorkingDay,
  noShowCutoff,
  type OpeningHoursRange,
  resolveHallSettings,
  type ServingWindow,
  type Slot,
  shanghaiDate,
  slotCapacity,
  slotOf,
  toShanghaiIso,
} from "@hall/domain";
import type { Context } from "../../context.ts";
import { audit } from "../../shared/audit.ts";
import { hallCalendarEntries } from "../../shared/calendar.ts";
import { bookingSettingsOf } from "../../shared/settings.ts";

type Db = Kysely<Database>;

/** Everything the booking rules of one hall need, read once per request. */
export interface HallBookingRules {
  hallId: number;
  hallName: string;
  settings: BookingSettings;
  openingHours: OpeningHoursRange[];
  calendar: CalendarLookup;
  /** Names of the non-standard days (国庆节, 调休, a hall's own closure), by date. */
  dayNames: Map<string, string>;
}

/** The hall a public caller means: the given one, or the first hall (a single-hall installation needs no id). */
export async function resolveHallId(db: Db, hallId: number | undefined): Promise<number> {
  let q = db.selectFrom("halls").select("id").orderBy("id").limit(1);
  if (hallId !== undefined) q = q.where("id", "=", hallId);
  const hall = await q.executeTakeFirst();
  if (!hall) throw new DomainError("NOT_FOUND", "hall.not_found", { field: "hallId" });
  return hall.id;
}

export async function hallBookingRules(db: Db, hallId: number, now: Date): Promise<HallBookingRules> {
  const hall = await db
    .selectFrom("halls")
    .select(["id", "name", "settings"])
    .where("id", "=", hallId)
    .executeTakeFirst();
  if (!hall) throw new DomainError("NOT_FOUND", "hall.not_found", { field: "hallId" });
  const settings = bookingSettingsOf(hall.settings);
  const today = shanghaiDate(now);
  const last = addCalendarDays(today, settings.maxDaysAhead + 1);
  const years = [...new Set([Number(today.slice(0, 4)), Number(last.slice(0, 4))])];
  const entries = (await Promise.all(years.map((y) => hallCalendarEntries(db, hall.id, y)))).flat();
  return {
    hallId: hall.id,
    hallName: hall.name,
    settings,
    openingHours: resolveHallSettings(hall.settings as never).openingHours,
    calendar: buildCalendarLookup(entries),
    dayNames: new Map(entries.filter((e) => e.name).map((e) => [e.date, e.name!])),
  };
}

/** The bookable horizon: today … today + maxDaysAhead, each day with whether the hall works. */
export function bookingDays(rules: HallBookingRules, now: Date): { date: string; working: boolean; name?: string }[] {
  const today = shanghaiDate(now);
  return Array.from({ length: rules.settings.maxDaysAhead + 1 }, (_, i) => {
    const date = addCalendarDays(today, i);
    const name = rules.dayNames.get(date);
    return { date, working: isWorkingDay(date, rules.calendar), ...(name ? { name } : {}) };
  });
}

export interface ItemForBooking extends BookableItem {
  hallId: number;
  name: string;
  bookable: boolean;
  active: boolean;
}

export async function loadItem(db: Db, itemId: number): Promise<ItemForBooking> {
  const i = await db.selectFrom("service_items").selectAll().where("id", "=", itemId).executeTakeFirst();
  if (!i) throw new DomainError("NOT_FOUND", "item.not_found", { field: "itemId" });
  return {
    id: i.id,
    hallId: i.hall_id,
    name: i.name,
    zoneId: i.zone_id,
    theme: i.theme,
    instant: i.instant,
    avgHandlingMinutes: i.avg_handling_minutes,
    bookable: i.bookable,
    active: i.active,
  };
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

export interface SlotView {
  start: string;
  end: string;
  capacity: number;
  booked: number;
  available: number;
  /** Within the booking window (not past, not too soon, not too far ahead). */
  open: boolean;
  overridden: boolean;
}

function isOpen(slot: Slot, now: Date, s: BookingSettings): boolean {
  try {
    assertWithinBookingWindow(slot.start, now, s);
    return true;
  } catch {
    return false;
  }
}

/**
 * Every slot of an item on a day with its capacity (computed, or overridden) and its seats taken. Pass the hall's
 * rules and windows when listing many items of one hall, so they are read once.
 */
export async function slotsOfDay(
  db: Db,
  item: ItemForBooking,
  date: string,
  now: Date,
  hall?: { rules: HallBookingRules; windows: ServingWindow[] },
): Promise<SlotView[]> {
  const rules = hall?.rules ?? (await hallBookingRules(db, item.hallId, now));
  const slots = generateSlots(date, rules.openingHours, rules.calendar, rules.settings.slotMinutes);
  if (slots.length === 0) return [];
  const [windows, rows] = await Promise.all([
    hall?.windows ?? servingWindows(db, item.hallId),
    db
      .selectFrom("booking_slots")
      .select(["start_at", "booked", "capacity_override"])
      .where("item_id", "=", item.id)
      .where("start_at", ">=", slots[0]!.start)
      .where("start_at", "<=", slots[slots.length - 1]!.start)
      .execute(),
  ]);
  const byStart = new Map(rows.map((r) => [r.start_at.getTime(), r]));
  return slots.map((slot) => {
    const row = byStart.get(slot.start.getTime());
    const booked = row?.booked ?? 0;
    const capacity = slotCapacity(item, windows, rules.settings.slotMinutes, row?.capacity_override);
    return {
      start: toShanghaiIso(slot.start),
      end: toShanghaiIso(slot.end),
      capacity,
      booked,
      available: Math.max(0, capacity - booked),
      open: isOpen(slot, now, rules.settings),
      overridden: row?.capacity_override != null,
    };
  });
}

/** The generated slot starting at `start`, or BAD_REQUEST booking.invalid_slot. */
function slotAt(rules: HallBookingRules, start: Date): Slot {
  const slot = slotOf(start, shanghaiDate(start), rules.openingHours, rules.calendar, rules.settings.slotMinutes);
  if (!slot) throw new DomainError("BAD_REQUEST", "booking.invalid_slot", { field: "start" });
  return slot;
}

/**
 * The slot row with its capacity brought up to date (the override when set, else the windows' capacity, never
 * below the seats already taken), created on first use. Locks the row until the transaction ends.
 */
async function upsertSlotRow(tx: Db, item: ItemForBooking, slot: Slot, capacity: number): Promise<number> {
  const row = await tx
    .insertInto("booking_slots")
    .values({
      hall_id: item.hallId,
      item_id: item.id,
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
async function takeSeat(tx: Db, slotId: number): Promise<void> {
  const taken = await tx
    .updateTable("booking_slots")
    .set({ booked: sql<number>`booked + 1` })
    .where("id", "=", slotId)
    .where(sql<boolean>`booked < capacity`)
    .executeTakeFirst();
  if (Number(taken.numUpdatedRows) !== 1) throw new DomainError("CONFLICT", "booking.slot_full", { field: "start" });
}

async function releaseSeat(tx: Db, slotId: number): Promise<void> {
  await tx.updateTable("booking_slots").set({ booked: sql<number>`booked - 1` }).where("id", "=", slotId).execute();
}

/** Locks the citizen's row: one citizen's booking transactions run one after another, so caps hold under races. */
async function lockCitizen(tx: Db, citizenId: number): Promise<void> {
  await tx.selectFrom("users").select("id").where("id", "=", citizenId).forUpdate().executeTakeFirstOrThrow();
}

async function assertCitizenMayBook(
  tx: Db,
  citizenId: number,
  candidate: { itemId: number; start: Date },
  now: Date,
  s: BookingSettings,
  ignoreId?: number,
) {
  const since = new Date(now.getTime() - s.noShowWindowDays * 86_400_000 - s.suspensionDays * 86_400_000);
  const rows = await tx
    .selectFrom("bookings")
    .select(["id", "item_id", "start_at", "status"])
    .where("citizen_id", "=", citizenId)
    .where((eb) =>
      eb.or([eb("status", "=", "confirmed"), eb.and([eb("status", "=", "no_show"), eb("start_at", ">=", since)])]),
    )
    .execute();
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

export interface BookingView {
  id: number;
  hallId: number;
  status: BookingStatus;
  itemId: number;
  itemName: string;
  hallName: string;
  start: string;
  end: string;
  code: string;
  createdAt: string;
  cancellable: boolean;
}

export async function bookingViews(
  db: Db,
  where: { citizenId?: number; ids?: number[] },
  now: Date,
): Promise<BookingView[]> {
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
  const rows = await q.execute();
  return rows.map((b) => {
    const s = bookingSettingsOf(b.hallSettings);
    return {
      id: b.id,
      hallId: b.hall_id,
      status: b.status,
      itemId: b.item_id,
      itemName: b.itemName,
      hallName: b.hallName,
      start: toShanghaiIso(b.start_at),
      end: toShanghaiIso(b.end_at),
      code: b.code,
      createdAt: toShanghaiIso(b.created_at),
      cancellable: canCancelBooking({ status: b.status, start: b.start_at }, now, s),
    };
  });
}

async function bookingView(db: Db, id: number, now: Date): Promise<BookingView> {
  const [view] = await bookingViews(db, { ids: [id] }, now);
  if (!view) throw new DomainError("NOT_FOUND", "booking.not_found", { field: "id" });
  return view;
}

/** A code nobody holds: crypto-random, and unique in the table (a clash just draws again). */
async function insertBooking(tx: Db, values: Omit<Booking, "id" | "code">): Promise<number> {
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

type Actor = NonNullable<Context["actor"]>;

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
    const replay = await ctx.db
      .selectFrom("bookings")
      .select("id")
      .where("citizen_id", "=", actor.userId)
      .where("idempotency_key", "=", input.idempotencyKey)
      .executeTakeFirst();
    if (replay) return bookingView(ctx.db, replay.id, now);
  }
  const seats = await ctx.db
    .selectFrom("booking_slots")
    .select(["booked", "capacity"])
    .where("item_id", "=", item.id)
    .where("start_at", "=", slot.start)
    .executeTakeFirst();
  if (seats && seats.booked >= seats.capacity)
    throw new DomainError("CONFLICT", "booking.slot_full", { field: "start" });

  const id = await ctx.db.transaction().execute(async (tx) => {
    await lockCitizen(tx, actor.userId);
    if (input.idempotencyKey) {
      const replay = await tx
        .selectFrom("bookings")
        .select("id")
        .where("citizen_id", "=", actor.userId)
        .where("idempotency_key", "=", input.idempotencyKey)
        .executeTakeFirst();
      if (replay) return replay.id;
    }
    assertWithinBookingWindow(slot.start, now, rules.settings);
    await assertCitizenMayBook(tx, actor.userId, { itemId: item.id, start: slot.start }, now, rules.settings);
    const slotId = await upsertSlotRow(tx, item, slot, capacity);
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

async function lockOwnBooking(tx: Db, actor: Actor, id: number): Promise<Booking> {
  const b = await tx.selectFrom("bookings").selectAll().where("id", "=", id).forUpdate().executeTakeFirst();
  // Someone else's booking is "not found" to a citizen: never confirm that another person's booking exists.
  if (!b || b.citizen_id !== actor.userId) throw new DomainError("NOT_FOUND", "booking.not_found", { field: "id" });
  return b;
}

export async function cancelBooking(ctx: Context, actor: Actor, id: number): Promise<BookingView> {
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (tx) => {
    await lockCitizen(tx, actor.userId);
    const b = await lockOwnBooking(tx, actor, id);
    const rules = await hallBookingRules(tx, b.hall_id, now);
    assertCanCancel({ status: b.status, start: b.start_at }, now, rules.settings);
    await tx.updateTable("bookings").set({ status: "cancelled", cancelled_at: now }).where("id", "=", id).execute();
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
    const target = await tx
      .selectFrom("booking_slots")
      .select("id")
      .where("item_id", "=", item.id)
      .where("start_at", "=", slot.start)
      .executeTakeFirst();
    await tx
      .selectFrom("booking_slots")
      .select("id")
      .where("id", "in", target ? [b.slot_id, target.id] : [b.slot_id])
      .orderBy("id")
      .forUpdate()
      .execute();
    const newSlotId = await upsertSlotRow(tx, item, slot, capacity);
    await takeSeat(tx, newSlotId);
    await releaseSeat(tx, b.slot_id);
    await tx
      .updateTable("bookings")
      .set({ slot_id: newSlotId, start_at: slot.start, end_at: slot.end })
      .where("id", "=", id)
      .execute();
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

/**
 * Sets (or clears, with null) a slot's capacity. Refused below the seats already taken. The caller has checked the
 * admin's scope over the item's hall.
 */
export async function overrideCapacity(
  ctx: Context,
  item: ItemForBooking,
  start: Date,
  capacity: number | null,
): Promise<SlotView> {
  const now = ctx.clock.now();
  const rules = await hallBookingRules(ctx.db, item.hallId, now);
  const slot = slotAt(rules, start);
  const computed = slotCapacity(item, await servingWindows(ctx.db, item.hallId), rules.settings.slotMinutes);
  const effective = slotCapacity(item, [], rules.settings.slotMinutes, capacity ?? computed);
  await ctx.db.transaction().execute(async (tx) => {
    const slotId = await upsertSlotRow(tx, item, slot, computed);
    const row = await tx
      .selectFrom("booking_slots")
      .selectAll()
      .where("id", "=", slotId)
      .forUpdate()
      .executeTakeFirstOrThrow();
    if (effective < row.booked) {
      throw new DomainError("BAD_REQUEST", "booking.capacity_below_booked", {
        field: "capacity",
        params: { booked: row.booked },
      });
    }
    await tx
      .updateTable("booking_slots")
      .set({ capacity: effective, capacity_override: capacity })
      .where("id", "=", slotId)
      .execute();
    await audit(tx, ctx, {
      action: "booking.capacity",
      entity: "booking_slot",
      entityId: slotId,
      hallId: item.hallId,
      before: { capacity: row.capacity, override: row.capacity_override },
      after: { capacity: effective, override: capacity },
    });
  });
  const [view] = (await slotsOfDay(ctx.db, item, shanghaiDate(slot.start), now)).filter(
    (v) => new Date(v.start).getTime() === slot.start.getTime(),
  );
  return view!;
}

/**
 * Marks confirmed bookings whose slot ended more than the grace period ago as no-shows, with an audit row each.
 * One UPDATE per hall: safe to run from several gateway instances at once (a row changes status only once).
 */
export async function markNoShows(db: Db, now: Date): Promise<number> {
  const halls = await db.selectFrom("halls").select(["id", "settings"]).execute();
  let marked = 0;
  for (const hall of halls) {
    const s = bookingSettingsOf(hall.settings);
    const rows = await db.transaction().execute(async (tx) => {
      const updated = await tx
        .updateTable("bookings")
        .set({ status: "no_show", no_show_at: now })
        .where("hall_id", "=", hall.id)
        .where("status", "=", "confirmed")
        .where("end_at", "<=", noShowCutoff(now, s))
        .returning(["id", "citizen_id", "start_at"])
        .execute();
      if (updated.length) {
        await tx
          .insertInto("audit_log")
          .values(
            updated.map((b) => ({
              at: now,
              actor_user_id: null,
              hall_id: hall.id,
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
      return updated;
    });
    marked += rows.length;
  }
  return marked;
}
