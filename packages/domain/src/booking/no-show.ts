import { calendarDaysBetween } from "../calendar/iso-date.ts";
import { DomainError } from "../errors/domain-error.ts";
import { shanghaiDate } from "../time/shanghai-time.ts";
import type { BookingStatus } from "./booking-rules.ts";
import type { BookingSettings } from "./booking-settings.ts";

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

/**
 * A booking is a no-show once it is still only confirmed (not checked in) at slot end + `noShowGraceMinutes`:
 * exactly at that instant it is a no-show, a millisecond before it is not.
 */
export function isNoShow(booking: { status: BookingStatus; end: Date }, now: Date, s: BookingSettings): boolean {
  return (
    booking.status === "confirmed" && now.getTime() >= booking.end.getTime() + s.noShowGraceMinutes * MS_PER_MINUTE
  );
}

/**
 * The latest slot end that is a no-show at `now`: confirmed bookings whose end ≤ this instant are no-shows
 * (for the job that marks them, `WHERE status = 'confirmed' AND slot_end <= $cutoff`). Agrees with isNoShow.
 */
export function noShowCutoff(now: Date, s: BookingSettings): Date {
  return new Date(now.getTime() - s.noShowGraceMinutes * MS_PER_MINUTE);
}

/**
 * Check-in is open from `checkInEarlyMinutes` before slot start until just before the booking becomes a
 * no-show (slot end + `noShowGraceMinutes`, exclusive), and only for a confirmed booking.
 */
export function isWithinCheckInWindow(
  booking: { status: BookingStatus; start: Date; end: Date },
  now: Date,
  s: BookingSettings,
): boolean {
  const at = now.getTime();
  return (
    booking.status === "confirmed" &&
    at >= booking.start.getTime() - s.checkInEarlyMinutes * MS_PER_MINUTE &&
    !isNoShow(booking, now, s)
  );
}

/**
 * When a citizen's booking suspension ends, or null when there is none now.
 * `noShowTimes` are the instants of the citizen's no-shows (the slot start of each missed booking).
 * `noShowLimit` no-shows fall within `noShowWindowDays` when the first and the last of them are on Beijing
 * calendar days at most `noShowWindowDays − 1` apart (with 90: the 3rd no-show on day 90, counting the day of
 * the 1st as day 1, suspends; on day 91 it does not). The no-show that reaches the limit suspends booking for
 * `suspensionDays` × 24 hours from its own time; of several such no-shows the latest counts. The rule slides:
 * every no-show that again makes `noShowLimit` within the window starts a new suspension. Null once the
 * suspension has run out (at its end instant exactly, booking is allowed again). No-shows after `now` are ignored.
 */
export function suspensionUntil(noShowTimes: readonly Date[], now: Date, s: BookingSettings): Date | null {
  const times = noShowTimes
    .map((time) => time.getTime())
    .filter((time) => time <= now.getTime())
    .sort((a, b) => a - b);
  let until: number | null = null;
  for (let last = s.noShowLimit - 1; last < times.length; last += 1) {
    const lastTime = times[last]!;
    const firstTime = times[last - s.noShowLimit + 1]!;
    const span = calendarDaysBetween(shanghaiDate(new Date(firstTime)), shanghaiDate(new Date(lastTime)));
    if (span < s.noShowWindowDays) until = lastTime + s.suspensionDays * MS_PER_DAY;
  }
  return until !== null && until > now.getTime() ? new Date(until) : null;
}

/**
 * Throws FORBIDDEN `booking.suspended` (field "start", param `until` as the Beijing date "YYYY-MM-DD") while the
 * citizen's booking is suspended for no-shows.
 */
export function assertNotSuspended(noShowTimes: readonly Date[], now: Date, s: BookingSettings): void {
  const until = suspensionUntil(noShowTimes, now, s);
  if (until === null) return;
  throw new DomainError("FORBIDDEN", "booking.suspended", {
    field: "start",
    params: { until: shanghaiDate(until), limit: s.noShowLimit, days: s.noShowWindowDays },
  });
}
