import { describe, expect, it } from "vitest";
import type { BookingStatus } from "../booking/booking-rules.ts";
import { DEFAULT_BOOKING_SETTINGS } from "../booking/booking-settings.ts";
import { isWithinCheckInWindow } from "../booking/no-show.ts";
import { defaultCalendarEntries } from "../calendar/default-calendar.ts";
import { buildCalendarLookup } from "../calendar/working-days.ts";
import { DomainError } from "../errors/domain-error.ts";
import { DEFAULT_OPENING_HOURS } from "../org/hall-settings.ts";
import { shanghaiInstant } from "../time/shanghai-time.ts";
import { assertCanCheckIn, canCheckIn, checkInWindowOf } from "./check-in.ts";
import { DEFAULT_QUEUE_SETTINGS, resolveQueueSettings } from "./queue-settings.ts";

const S = DEFAULT_QUEUE_SETTINGS;
const HALL = { openingHours: DEFAULT_OPENING_HOURS, calendar: buildCalendarLookup(defaultCalendarEntries(2026)) };
const at = (time: string, date = "2026-03-10") => shanghaiInstant(date, time);
const plusMs = (d: Date, ms: number) => new Date(d.getTime() + ms);

function booking(start: string, end: string, status: BookingStatus = "confirmed") {
  return { status, start: at(start), end: at(end) };
}

function errorOf(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error("expected a DomainError");
}

describe("check-in window", () => {
  const b = booking("10:00", "10:30");

  it("runs from 30 minutes before slot start until slot end + 15 minutes (exclusive)", () => {
    expect(checkInWindowOf(b, S)).toEqual({ opensAt: at("09:30"), closesAt: at("10:45") });
    expect(canCheckIn(b, plusMs(at("09:30"), -1), S, HALL)).toBe(false);
    expect(canCheckIn(b, at("09:30"), S, HALL)).toBe(true);
    expect(canCheckIn(b, plusMs(at("10:45"), -1), S, HALL)).toBe(true);
    expect(canCheckIn(b, at("10:45"), S, HALL)).toBe(false);
  });

  it("agrees with the booking package's window under the default settings", () => {
    for (const time of ["09:29", "09:30", "10:00", "10:44", "10:45"]) {
      expect(canCheckIn(b, at(time), S, HALL), time).toBe(isWithinCheckInWindow(b, at(time), DEFAULT_BOOKING_SETTINGS));
    }
  });

  it("follows the hall's check-in minutes", () => {
    const s = resolveQueueSettings({ checkInEarlyMinutes: 10, checkInLateMinutes: 0 });
    expect(canCheckIn(b, at("09:49"), s, HALL)).toBe(false);
    expect(canCheckIn(b, at("09:50"), s, HALL)).toBe(true);
    expect(canCheckIn(b, at("10:30"), s, HALL)).toBe(false);
  });

  it("is only for a confirmed booking", () => {
    for (const status of ["cancelled", "checked_in", "no_show", "completed"] as const) {
      const e = errorOf(() => assertCanCheckIn(booking("10:00", "10:30", status), at("10:00"), S, HALL));
      expect(e.key, status).toBe("queue.check_in_not_confirmed");
      expect(e.params).toEqual({ status: `booking.status.${status}` });
    }
  });

  it("says when check-in opens or closed", () => {
    const early = errorOf(() => assertCanCheckIn(b, at("09:00"), S, HALL));
    expect(early.key).toBe("queue.check_in_too_early");
    expect(early.message).toBe("还未到签到时间，请于2026-03-10 09:30后签到");
    const late = errorOf(() => assertCanCheckIn(b, at("10:45"), S, HALL));
    expect(late.key).toBe("queue.check_in_too_late");
    expect(late.params).toEqual({ closedAt: "2026-03-10 10:45" });
    expect(() => assertCanCheckIn(b, at("10:44"), S, HALL)).not.toThrow();
  });
});

describe("check-in issues a ticket, so it keeps ticket hours", () => {
  it("opens the 09:00 slot's check-in with the waiting area at 08:45, not at 08:30", () => {
    const first = booking("09:00", "09:30");
    expect(canCheckIn(first, at("08:44"), S, HALL)).toBe(false);
    expect(errorOf(() => assertCanCheckIn(first, at("08:30"), S, HALL)).key).toBe("queue.not_open_yet");
    expect(canCheckIn(first, at("08:45"), S, HALL)).toBe(true);
  });

  it("ends the last slot's check-in at closing, not 15 minutes later", () => {
    const last = booking("17:00", "17:30");
    expect(canCheckIn(last, at("17:29"), S, HALL)).toBe(true);
    expect(canCheckIn(last, at("17:30"), S, HALL)).toBe(false);
    expect(errorOf(() => assertCanCheckIn(last, at("17:35"), S, HALL)).key).toBe("queue.closed");
  });
});
