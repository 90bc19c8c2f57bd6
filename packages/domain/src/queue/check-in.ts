import type { BookingStatus } from "../booking/booking-rules.ts";
import { type BookingSettings, DEFAULT_BOOKING_SETTINGS } from "../booking/booking-settings.ts";
import { isWithinCheckInWindow } from "../booking/no-show.ts";
import type { CalendarLookup } from "../calendar/working-days.ts";
import { DomainError } from "../errors/domain-error.ts";
import type { OpeningHoursRange } from "../org/hall-settings.ts";
import { formatShanghaiDateTime } from "../time/shanghai-time.ts";
import { assertCanIssueTicket, canIssueTicket } from "./closing.ts";
import type { QueueSettings } from "./queue-settings.ts";

const MS_PER_MINUTE = 60_000;

/** "YYYY-MM-DD HH:mm" on the hall's clock. */
function minuteOf(instant: Date): string {
  return formatShanghaiDateTime(instant).slice(0, 16);
}

/** A booking as check-in sees it. */
export interface CheckInBooking {
  status: BookingStatus;
  start: Date;
  end: Date;
}

/** The hall a check-in happens in: its opening hours and calendar (a check-in issues a ticket). */
export interface HallHours {
  openingHours: readonly OpeningHoursRange[];
  calendar: CalendarLookup;
}

/** The booking rules with the queue's check-in window, so the booking package's window rule can be reused. */
function checkInRules(s: QueueSettings): BookingSettings {
  return {
    ...DEFAULT_BOOKING_SETTINGS,
    checkInEarlyMinutes: s.checkInEarlyMinutes,
    noShowGraceMinutes: s.checkInLateMinutes,
  };
}

/**
 * The check-in window of a booking: from `checkInEarlyMinutes` before slot start (inclusive) until
 * `checkInLateMinutes` after slot end (exclusive — at that instant the booking is a no-show).
 */
export function checkInWindowOf(
  booking: { start: Date; end: Date },
  s: QueueSettings,
): { opensAt: Date; closesAt: Date } {
  return {
    opensAt: new Date(booking.start.getTime() - s.checkInEarlyMinutes * MS_PER_MINUTE),
    closesAt: new Date(booking.end.getTime() + s.checkInLateMinutes * MS_PER_MINUTE),
  };
}

/**
 * A confirmed booking can be checked in (and so becomes a queue ticket) within its check-in window, and — since
 * check-in issues a ticket — only while tickets are issued: the 09:00 slot's check-in opens with the waiting area at
 * 08:45, not at 08:30; the last slot's check-in ends at closing, not 15 minutes later.
 */
export function canCheckIn(booking: CheckInBooking, now: Date, s: QueueSettings, hall: HallHours): boolean {
  return isWithinCheckInWindow(booking, now, checkInRules(s)) && canIssueTicket(now, hall.openingHours, hall.calendar);
}

/**
 * Throws unless the booking can be checked in at `now`: CONFLICT `queue.check_in_not_confirmed` (param `status`)
 * unless it is confirmed; BAD_REQUEST `queue.check_in_too_early` (param `opensAt`, "YYYY-MM-DD HH:mm") or
 * `queue.check_in_too_late` (param `closedAt`, "YYYY-MM-DD HH:mm") outside its window; then the ticket-hours errors of
 * `assertCanIssueTicket` (`queue.not_open_yet`, `queue.closed`, `queue.not_working_day`).
 */
export function assertCanCheckIn(booking: CheckInBooking, now: Date, s: QueueSettings, hall: HallHours): void {
  if (booking.status !== "confirmed") {
    throw new DomainError("CONFLICT", "queue.check_in_not_confirmed", {
      field: "status",
      params: { status: `booking.status.${booking.status}` },
    });
  }
  if (!isWithinCheckInWindow(booking, now, checkInRules(s))) {
    const window = checkInWindowOf(booking, s);
    if (now.getTime() < window.opensAt.getTime()) {
      throw new DomainError("BAD_REQUEST", "queue.check_in_too_early", {
        field: "bookingId",
        params: { opensAt: minuteOf(window.opensAt) },
      });
    }
    throw new DomainError("BAD_REQUEST", "queue.check_in_too_late", {
      field: "bookingId",
      params: { closedAt: minuteOf(window.closesAt) },
    });
  }
  assertCanIssueTicket(now, hall.openingHours, hall.calendar);
}
