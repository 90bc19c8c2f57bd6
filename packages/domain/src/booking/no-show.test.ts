import { describe, expect, it } from "vitest";
import { addCalendarDays } from "../calendar/iso-date.ts";
import { DomainError } from "../errors/domain-error.ts";
import { translate } from "../errors/messages.ts";
import { shanghaiInstant } from "../time/shanghai-time.ts";
import { DEFAULT_BOOKING_SETTINGS, resolveBookingSettings } from "./booking-settings.ts";
import { assertNotSuspended, isNoShow, isWithinCheckInWindow, noShowCutoff, suspensionUntil } from "./no-show.ts";

const S = DEFAULT_BOOKING_SETTINGS;
const at = (date: string, time: string) => shanghaiInstant(date, time);
const plusMs = (d: Date, ms: number) => new Date(d.getTime() + ms);
const DAY_MS = 86_400_000;

describe("isNoShow", () => {
  const booking = { status: "confirmed" as const, end: at("2026-03-10", "10:30") };

  it("is a no-show exactly at slot end + 15 minutes, not a millisecond before", () => {
    const cutoff = at("2026-03-10", "10:45");
    expect(isNoShow(booking, cutoff, S)).toBe(true);
    expect(isNoShow(booking, plusMs(cutoff, -1), S)).toBe(false);
    expect(isNoShow(booking, at("2026-03-10", "10:30"), S)).toBe(false);
    expect(isNoShow(booking, at("2026-03-11", "09:00"), S)).toBe(true);
  });

  it("never marks a booking that is not merely confirmed", () => {
    for (const status of ["cancelled", "checked_in", "no_show", "completed"] as const) {
      expect(isNoShow({ status, end: booking.end }, at("2026-03-11", "09:00"), S), status).toBe(false);
    }
  });

  it("agrees with the cutoff used by the marking job: end ≤ now − grace", () => {
    const now = at("2026-03-10", "10:45");
    expect(noShowCutoff(now, S).toISOString()).toBe(at("2026-03-10", "10:30").toISOString());
    for (const offset of [-1, 0, 1]) {
      const end = plusMs(at("2026-03-10", "10:30"), offset);
      const byCutoff = end.getTime() <= noShowCutoff(now, S).getTime();
      expect(isNoShow({ status: "confirmed", end }, now, S), String(offset)).toBe(byCutoff);
    }
    expect(noShowCutoff(now, resolveBookingSettings({ noShowGraceMinutes: 0 }))).toEqual(now);
  });
});

describe("isWithinCheckInWindow", () => {
  const booking = { status: "confirmed" as const, start: at("2026-03-10", "10:00"), end: at("2026-03-10", "10:30") };

  it("opens 30 minutes before the slot and closes when the booking becomes a no-show", () => {
    const opens = at("2026-03-10", "09:30");
    const closes = at("2026-03-10", "10:45");
    expect(isWithinCheckInWindow(booking, plusMs(opens, -1), S)).toBe(false);
    expect(isWithinCheckInWindow(booking, opens, S)).toBe(true);
    expect(isWithinCheckInWindow(booking, plusMs(closes, -1), S)).toBe(true);
    expect(isWithinCheckInWindow(booking, closes, S)).toBe(false);
    expect(isNoShow(booking, closes, S)).toBe(true);
  });

  it("is only for a confirmed booking", () => {
    expect(isWithinCheckInWindow({ ...booking, status: "cancelled" }, at("2026-03-10", "10:00"), S)).toBe(false);
    expect(isWithinCheckInWindow({ ...booking, status: "checked_in" }, at("2026-03-10", "10:00"), S)).toBe(false);
  });
});

describe("suspensionUntil", () => {
  const DAY_1 = "2026-01-05";
  const day = (n: number, time = "10:00") => at(addCalendarDays(DAY_1, n - 1), time);

  it("is null with fewer than 3 no-shows", () => {
    expect(suspensionUntil([], day(2), S)).toBeNull();
    expect(suspensionUntil([day(1), day(2)], day(3), S)).toBeNull();
  });

  it("suspends for 30 days from the 3rd no-show when it falls on day 90, counting the 1st as day 1", () => {
    const third = day(90);
    const until = suspensionUntil([day(1), day(45), third], plusMs(third, 1), S);
    expect(until?.toISOString()).toBe(new Date(third.getTime() + 30 * DAY_MS).toISOString());
  });

  it("does not suspend when the 3rd no-show falls on day 91", () => {
    expect(suspensionUntil([day(1), day(45), day(91)], plusMs(day(91), 1), S)).toBeNull();
  });

  it("counts days on the Beijing calendar", () => {
    // 23:30 on day 1 to 00:30 on day 91 is 89 days and 1 hour, and day 90 in UTC, but day 91 in Beijing
    const times = [day(1, "23:30"), day(45), day(91, "00:30")];
    expect(suspensionUntil(times, day(91, "12:00"), S)).toBeNull();
    const tighter = [day(1, "23:30"), day(45), day(90, "23:59")];
    expect(suspensionUntil(tighter, day(91, "12:00"), S)).not.toBeNull();
  });

  it("runs out after 30 days: suspended a millisecond before, free at the end instant", () => {
    const times = [day(1), day(2), day(3)];
    const until = plusMs(day(3), 30 * DAY_MS);
    expect(suspensionUntil(times, day(3), S)).toEqual(until);
    expect(suspensionUntil(times, plusMs(until, -1), S)).toEqual(until);
    expect(suspensionUntil(times, until, S)).toBeNull();
  });

  it("slides: any no-show that again makes 3 within 90 days starts a new suspension from itself", () => {
    const times = [day(1), day(2), day(3), day(50)];
    expect(suspensionUntil(times, day(49), S)).toBeNull(); // the first suspension ended on day 33
    expect(suspensionUntil(times, day(50), S)).toEqual(plusMs(day(50), 30 * DAY_MS)); // days 2, 3 and 50
    // overlapping triggers: the latest one decides
    expect(suspensionUntil([day(1), day(2), day(3), day(10)], day(11), S)).toEqual(plusMs(day(10), 30 * DAY_MS));
  });

  it("ignores order and no-shows recorded after now", () => {
    expect(suspensionUntil([day(3), day(1), day(2)], day(4), S)).toEqual(plusMs(day(3), 30 * DAY_MS));
    expect(suspensionUntil([day(1), day(2), day(10)], day(5), S)).toBeNull();
  });

  it("follows the hall's settings", () => {
    const strict = resolveBookingSettings({ noShowLimit: 2, noShowWindowDays: 7, suspensionDays: 10 });
    expect(suspensionUntil([day(1), day(7)], day(8), strict)).toEqual(plusMs(day(7), 10 * DAY_MS));
    expect(suspensionUntil([day(1), day(8)], day(8), strict)).toBeNull();
  });
});

describe("assertNotSuspended", () => {
  it("passes when not suspended", () => {
    expect(() => assertNotSuspended([], at("2026-03-10", "09:00"), S)).not.toThrow();
  });

  it("answers FORBIDDEN with the Beijing date the suspension ends", () => {
    // the 3rd no-show at 20:00 on 03-03 Beijing; 30 days later is 04-02 20:00, which is 12:00 UTC
    const times = [at("2026-03-01", "09:00"), at("2026-03-02", "09:00"), at("2026-03-03", "20:00")];
    try {
      assertNotSuspended(times, at("2026-03-10", "09:00"), S);
      expect.unreachable();
    } catch (error) {
      const e = error as DomainError;
      expect(e).toBeInstanceOf(DomainError);
      expect([e.code, e.key, e.field]).toEqual(["FORBIDDEN", "booking.suspended", "start"]);
      expect(e.params).toMatchObject({ until: "2026-04-02" });
      expect(e.message).toBe("您在90天内爽约已达3次，预约资格暂停至2026-04-02");
      expect(translate(e.key, "en-US", e.params)).toContain("until 2026-04-02");
    }
  });

  it("gives the Beijing date even when the end is on another day in UTC", () => {
    // 3rd no-show at 07:00 Beijing on 03-03 (23:00 UTC on 03-02): ends 04-02 07:00 Beijing
    const times = [at("2026-03-01", "09:00"), at("2026-03-02", "09:00"), at("2026-03-03", "07:00")];
    try {
      assertNotSuspended(times, at("2026-03-10", "09:00"), S);
      expect.unreachable();
    } catch (error) {
      expect((error as DomainError).params?.until).toBe("2026-04-02");
    }
  });
});
