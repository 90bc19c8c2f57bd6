import type { Database, Kysely } from "@hall/db";
import {
  assertWithinBookingWindow,
  type BookingSettings,
  DomainError,
  generateSlots,
  type ServingWindow,
  type Slot,
  shanghaiDate,
  slotCapacity,
  slotOf,
  toShanghaiIso,
} from "@hall/domain";
import { type HallBookingRules, hallBookingRules, type ItemForBooking } from "./hall-rules.ts";
import { servingWindows } from "./repository.ts";
import { findSlotRows } from "./slots.repository.ts";

/** Slots and availability: what a day of an item offers. */
type Db = Kysely<Database>;

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
    findSlotRows(db, item.id, slots[0]!.start, slots[slots.length - 1]!.start),
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
export function slotAt(rules: HallBookingRules, start: Date): Slot {
  const slot = slotOf(start, shanghaiDate(start), rules.openingHours, rules.calendar, rules.settings.slotMinutes);
  if (!slot) throw new DomainError("BAD_REQUEST", "booking.invalid_slot", { field: "start" });
  return slot;
}
