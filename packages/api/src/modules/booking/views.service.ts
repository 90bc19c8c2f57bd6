import type { Database, Kysely } from "@hall/db";
import {
  type BookingStatus,
  canCancelBooking,
  capacityOverrideBounds,
  DomainError,
  shanghaiInstant,
  toShanghaiIso,
} from "@hall/domain";
import { bookingSettingsOf } from "../../shared/settings.ts";
import { findBookingViewRows, findDayBookings } from "./bookings.repository.ts";
import { hallBookingRules, toItemForBooking } from "./hall-rules.ts";
import { listBookableItemRows, servingWindows } from "./repository.ts";
import { slotsOfDay } from "./slots.service.ts";

/** Views: a citizen's bookings, one booking, and the staff's day of a hall. */
type Db = Kysely<Database>;

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
  const rows = await findBookingViewRows(db, where);
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

export async function bookingView(db: Db, id: number, now: Date): Promise<BookingView> {
  const [view] = await bookingViews(db, { ids: [id] }, now);
  if (!view) throw new DomainError("NOT_FOUND", "booking.not_found", { field: "id" });
  return view;
}

/**
 * Every bookable item's slots of a day with their bookings (phones masked). The caller has checked the actor's
 * scope over the hall.
 */
export async function hallDayView(db: Db, hallId: number, date: string, now: Date) {
  const items = await listBookableItemRows(db, hallId);
  const dayStart = shanghaiInstant(date, "00:00");
  const dayEnd = new Date(dayStart.getTime() + 86_400_000);
  const bookings = await findDayBookings(db, hallId, dayStart, dayEnd);
  const hall = { rules: await hallBookingRules(db, hallId, now), windows: await servingWindows(db, hallId) };
  const result = [];
  for (const it of items) {
    const slots = await slotsOfDay(db, toItemForBooking(it), date, now, hall);
    result.push({
      itemId: it.id,
      itemName: it.name,
      slots: slots.map(({ open: _open, ...s }) => ({
        ...s,
        /** What an admin may set this slot's capacity to (the domain's override rule). */
        capacityBounds: capacityOverrideBounds(s.booked),
        bookings: bookings
          .filter((b) => b.item_id === it.id && toShanghaiIso(b.start_at) === s.start)
          .map((b) => ({
            id: b.id,
            code: b.code,
            status: b.status,
            citizenName: b.name,
            citizenPhoneMasked: b.phone_masked,
          })),
      })),
    });
  }
  return result;
}
