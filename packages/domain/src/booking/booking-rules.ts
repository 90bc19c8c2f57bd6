import { calendarDaysBetween } from "../calendar/iso-date.ts";
import { DomainError } from "../errors/domain-error.ts";
import { shanghaiDate } from "../time/shanghai-time.ts";
import type { BookingSettings } from "./booking-settings.ts";

/** Booking statuses (SPEC "App 1" 3–5). Only a confirmed booking holds a place in its slot. */
export const BOOKING_STATUSES = ["confirmed", "cancelled", "checked_in", "no_show", "completed"] as const;

export type BookingStatus = (typeof BOOKING_STATUSES)[number];

export const BOOKING_STATUS_LABELS: Record<BookingStatus, { "zh-CN": string; "en-US": string }> = {
  confirmed: { "zh-CN": "已预约", "en-US": "Confirmed" },
  cancelled: { "zh-CN": "已取消", "en-US": "Cancelled" },
  checked_in: { "zh-CN": "已签到", "en-US": "Checked in" },
  no_show: { "zh-CN": "爽约", "en-US": "No-show" },
  completed: { "zh-CN": "已完成", "en-US": "Completed" },
};

const MS_PER_MINUTE = 60_000;

/**
 * A slot can be booked from now until `minLeadMinutes` before it starts (exactly then is still fine), and at
 * most `maxDaysAhead` Beijing calendar days ahead (today + 14 is bookable, today + 15 is not).
 * Throws BAD_REQUEST `booking.slot_in_past`, `booking.too_late_to_book` or `booking.too_far_ahead` (field "start").
 */
export function assertWithinBookingWindow(start: Date, now: Date, s: BookingSettings): void {
  if (start.getTime() < now.getTime()) {
    throw new DomainError("BAD_REQUEST", "booking.slot_in_past", { field: "start" });
  }
  if (start.getTime() < now.getTime() + s.minLeadMinutes * MS_PER_MINUTE) {
    throw new DomainError("BAD_REQUEST", "booking.too_late_to_book", {
      field: "start",
      params: { minutes: s.minLeadMinutes },
    });
  }
  if (calendarDaysBetween(shanghaiDate(now), shanghaiDate(start)) > s.maxDaysAhead) {
    throw new DomainError("BAD_REQUEST", "booking.too_far_ahead", { field: "start", params: { days: s.maxDaysAhead } });
  }
}

/** A citizen's booking as the cap rules see it. */
export interface CitizenBooking {
  id: number;
  itemId: number;
  start: Date;
  status: BookingStatus;
}

/** An active booking is a confirmed one whose slot has not started yet. */
export function isActiveBooking(booking: { status: BookingStatus; start: Date }, now: Date): boolean {
  return booking.status === "confirmed" && booking.start.getTime() > now.getTime();
}

/**
 * A citizen may hold at most `maxActivePerItemPerDay` active bookings for one item on one Beijing day and at most
 * `maxActiveFuture` active bookings in all. When rescheduling, pass the booking being moved as `ignoreId`: it does
 * not count against its own replacement. Throws FORBIDDEN `booking.cap_item_day` (field "start") or
 * `booking.cap_active_future` (field "itemId").
 */
export function assertCitizenCaps(
  existing: readonly CitizenBooking[],
  candidate: { itemId: number; start: Date },
  now: Date,
  s: BookingSettings,
  opts: { ignoreId?: number } = {},
): void {
  const active = existing.filter((booking) => booking.id !== opts.ignoreId && isActiveBooking(booking, now));
  const day = shanghaiDate(candidate.start);
  const sameItemSameDay = active.filter(
    (booking) => booking.itemId === candidate.itemId && shanghaiDate(booking.start) === day,
  );
  if (sameItemSameDay.length >= s.maxActivePerItemPerDay) {
    throw new DomainError("FORBIDDEN", "booking.cap_item_day", {
      field: "start",
      params: { limit: s.maxActivePerItemPerDay },
    });
  }
  if (active.length >= s.maxActiveFuture) {
    throw new DomainError("FORBIDDEN", "booking.cap_active_future", {
      field: "itemId",
      params: { limit: s.maxActiveFuture },
    });
  }
}

/** A booking can be cancelled while it is confirmed and its slot starts `cancelDeadlineMinutes` or more from now. */
export function canCancelBooking(
  booking: { status: BookingStatus; start: Date },
  now: Date,
  s: BookingSettings,
): boolean {
  return (
    booking.status === "confirmed" && now.getTime() <= booking.start.getTime() - s.cancelDeadlineMinutes * MS_PER_MINUTE
  );
}

/**
 * Throws unless the booking can be cancelled: BAD_REQUEST `booking.not_cancellable` (field "status") when it is
 * no longer confirmed, `booking.cancel_deadline` (field "start") when its slot starts in less than
 * `cancelDeadlineMinutes`. Rescheduling moves a booking out of its slot, so it obeys the same rule.
 */
export function assertCanCancel(booking: { status: BookingStatus; start: Date }, now: Date, s: BookingSettings): void {
  if (booking.status !== "confirmed") {
    throw new DomainError("BAD_REQUEST", "booking.not_cancellable", {
      field: "status",
      params: { status: `booking.status.${booking.status}` },
    });
  }
  if (!canCancelBooking(booking, now, s)) {
    throw new DomainError("BAD_REQUEST", "booking.cancel_deadline", {
      field: "start",
      params: { minutes: s.cancelDeadlineMinutes },
    });
  }
}
