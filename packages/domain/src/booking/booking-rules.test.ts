import { describe, expect, it } from "vitest";
import { DomainError, type ErrorCode } from "../errors/domain-error.ts";
import { translate } from "../errors/messages.ts";
import { labelOf } from "../labels/label-of.ts";
import { shanghaiInstant } from "../time/shanghai-time.ts";
import {
  assertCanCancel,
  assertCitizenCaps,
  assertWithinBookingWindow,
  BOOKING_STATUS_LABELS,
  BOOKING_STATUSES,
  type CitizenBooking,
  canCancelBooking,
  isActiveBooking,
} from "./booking-rules.ts";
import { DEFAULT_BOOKING_SETTINGS, resolveBookingSettings } from "./booking-settings.ts";

const S = DEFAULT_BOOKING_SETTINGS;
const at = (date: string, time: string) => shanghaiInstant(date, time);
const plusMs = (d: Date, ms: number) => new Date(d.getTime() + ms);

function expectDomainError(fn: () => void, code: ErrorCode, key: string, field: string): DomainError {
  try {
    fn();
  } catch (error) {
    const e = error as DomainError;
    expect(e).toBeInstanceOf(DomainError);
    expect([e.code, e.key, e.field]).toEqual([code, key, field]);
    return e;
  }
  return expect.unreachable(`expected ${key}`);
}

describe("booking statuses", () => {
  it("are the five of the spec, labelled in both languages and as message keys", () => {
    expect(BOOKING_STATUSES).toEqual(["confirmed", "cancelled", "checked_in", "no_show", "completed"]);
    for (const status of BOOKING_STATUSES) {
      expect(translate(`booking.status.${status}`, "zh-CN")).toBe(labelOf(BOOKING_STATUS_LABELS, status, "zh-CN"));
    }
  });
});

describe("assertWithinBookingWindow", () => {
  const now = at("2026-03-09", "08:00");

  it("accepts a slot exactly 60 minutes ahead and refuses one a millisecond closer", () => {
    expect(() => assertWithinBookingWindow(at("2026-03-09", "09:00"), now, S)).not.toThrow();
    const e = expectDomainError(
      () => assertWithinBookingWindow(at("2026-03-09", "09:00"), plusMs(now, 1), S),
      "BAD_REQUEST",
      "booking.too_late_to_book",
      "start",
    );
    expect(e.message).toBe("需至少提前60分钟预约");
  });

  it("calls a slot that has begun a past slot", () => {
    expectDomainError(
      () => assertWithinBookingWindow(at("2026-03-09", "07:30"), now, S),
      "BAD_REQUEST",
      "booking.slot_in_past",
      "start",
    );
    expectDomainError(() => assertWithinBookingWindow(now, now, S), "BAD_REQUEST", "booking.too_late_to_book", "start");
    const noLead = resolveBookingSettings({ minLeadMinutes: 0 });
    expect(() => assertWithinBookingWindow(now, now, noLead)).not.toThrow();
  });

  it("accepts the 14th calendar day ahead and refuses the 15th", () => {
    const evening = at("2026-03-09", "17:00");
    expect(() => assertWithinBookingWindow(at("2026-03-23", "17:00"), evening, S)).not.toThrow();
    const e = expectDomainError(
      () => assertWithinBookingWindow(at("2026-03-24", "09:00"), evening, S),
      "BAD_REQUEST",
      "booking.too_far_ahead",
      "start",
    );
    expect(e.message).toBe("最多只能预约14天内的时段");
  });

  it("counts days on the Beijing calendar, not in UTC", () => {
    // 00:30 on 03-10 in Beijing is still 03-09 in UTC; day 14 is 03-24 in Beijing
    const justAfterMidnight = at("2026-03-10", "00:30");
    expect(() => assertWithinBookingWindow(at("2026-03-24", "17:00"), justAfterMidnight, S)).not.toThrow();
    expectDomainError(
      () => assertWithinBookingWindow(at("2026-03-25", "09:00"), justAfterMidnight, S),
      "BAD_REQUEST",
      "booking.too_far_ahead",
      "start",
    );
    const lateEvening = at("2026-03-09", "23:59");
    expectDomainError(
      () => assertWithinBookingWindow(at("2026-03-24", "09:00"), lateEvening, S),
      "BAD_REQUEST",
      "booking.too_far_ahead",
      "start",
    );
  });
});

describe("assertCitizenCaps", () => {
  const now = at("2026-03-09", "08:00");
  const booking = (id: number, itemId: number, start: Date, status: CitizenBooking["status"] = "confirmed") => ({
    id,
    itemId,
    start,
    status,
  });

  it("treats only confirmed bookings that have not started as active", () => {
    expect(isActiveBooking({ status: "confirmed", start: plusMs(now, 1) }, now)).toBe(true);
    expect(isActiveBooking({ status: "confirmed", start: now }, now)).toBe(false);
    for (const status of ["cancelled", "checked_in", "no_show", "completed"] as const) {
      expect(isActiveBooking({ status, start: at("2026-03-10", "09:00") }, now), status).toBe(false);
    }
  });

  it("allows one active booking per item per Beijing day", () => {
    const existing = [booking(1, 10, at("2026-03-10", "09:00"))];
    const e = expectDomainError(
      () => assertCitizenCaps(existing, { itemId: 10, start: at("2026-03-10", "14:00") }, now, S),
      "FORBIDDEN",
      "booking.cap_item_day",
      "start",
    );
    expect(e.message).toBe("同一事项每人每天最多预约1次");
    expect(() => assertCitizenCaps(existing, { itemId: 10, start: at("2026-03-11", "09:00") }, now, S)).not.toThrow();
    expect(() => assertCitizenCaps(existing, { itemId: 11, start: at("2026-03-10", "14:00") }, now, S)).not.toThrow();
    // 07:59 on 03-11 in Beijing is still 03-10 in UTC, but it is another day in the hall
    const early = [booking(1, 10, at("2026-03-10", "17:00"))];
    expect(() => assertCitizenCaps(early, { itemId: 10, start: at("2026-03-11", "07:59") }, now, S)).not.toThrow();
  });

  it("does not count a cancelled booking, a finished one or one whose slot has begun", () => {
    const existing = [
      booking(1, 10, at("2026-03-10", "09:00"), "cancelled"),
      booking(2, 10, at("2026-03-10", "10:00"), "no_show"),
      booking(3, 10, at("2026-03-10", "11:00"), "completed"),
      booking(4, 10, at("2026-03-09", "07:00")),
    ];
    expect(() => assertCitizenCaps(existing, { itemId: 10, start: at("2026-03-10", "14:00") }, now, S)).not.toThrow();
    expect(() => assertCitizenCaps(existing, { itemId: 10, start: at("2026-03-09", "14:00") }, now, S)).not.toThrow();
  });

  it("ignores the booking being rescheduled", () => {
    const existing = [booking(1, 10, at("2026-03-10", "09:00"))];
    const moved = { itemId: 10, start: at("2026-03-10", "14:00") };
    expect(() => assertCitizenCaps(existing, moved, now, S, { ignoreId: 1 })).not.toThrow();
    expectDomainError(
      () => assertCitizenCaps(existing, moved, now, S, { ignoreId: 2 }),
      "FORBIDDEN",
      "booking.cap_item_day",
      "start",
    );
  });

  it("allows three active future bookings in all", () => {
    const two = [booking(1, 10, at("2026-03-10", "09:00")), booking(2, 11, at("2026-03-11", "09:00"))];
    const candidate = { itemId: 12, start: at("2026-03-12", "09:00") };
    expect(() => assertCitizenCaps(two, candidate, now, S)).not.toThrow();
    const three = [...two, booking(3, 13, at("2026-03-13", "09:00"))];
    const e = expectDomainError(
      () => assertCitizenCaps(three, candidate, now, S),
      "FORBIDDEN",
      "booking.cap_active_future",
      "itemId",
    );
    expect(e.message).toBe("每人最多同时持有3个未到期的预约");
    expect(() => assertCitizenCaps(three, candidate, now, S, { ignoreId: 3 })).not.toThrow();
    const oneCancelled = [...two, booking(3, 13, at("2026-03-13", "09:00"), "cancelled")];
    expect(() => assertCitizenCaps(oneCancelled, candidate, now, S)).not.toThrow();
  });

  it("follows the hall's settings", () => {
    const existing = [booking(1, 10, at("2026-03-10", "09:00"))];
    const two = resolveBookingSettings({ maxActivePerItemPerDay: 2, maxActiveFuture: 1 });
    expectDomainError(
      () => assertCitizenCaps(existing, { itemId: 10, start: at("2026-03-10", "14:00") }, now, two),
      "FORBIDDEN",
      "booking.cap_active_future",
      "itemId",
    );
  });
});

describe("cancelling", () => {
  const start = at("2026-03-10", "10:00");
  const confirmed = { status: "confirmed" as const, start };

  it("is allowed until exactly 30 minutes before the slot starts", () => {
    const deadline = at("2026-03-10", "09:30");
    expect(canCancelBooking(confirmed, deadline, S)).toBe(true);
    expect(() => assertCanCancel(confirmed, deadline, S)).not.toThrow();
    expect(canCancelBooking(confirmed, plusMs(deadline, 1), S)).toBe(false);
    const e = expectDomainError(
      () => assertCanCancel(confirmed, plusMs(deadline, 1), S),
      "BAD_REQUEST",
      "booking.cancel_deadline",
      "start",
    );
    expect(e.message).toContain("30分钟");
  });

  it("is only for a confirmed booking", () => {
    const early = at("2026-03-09", "08:00");
    for (const status of ["cancelled", "checked_in", "no_show", "completed"] as const) {
      expect(canCancelBooking({ status, start }, early, S), status).toBe(false);
      const e = expectDomainError(
        () => assertCanCancel({ status, start }, early, S),
        "BAD_REQUEST",
        "booking.not_cancellable",
        "status",
      );
      expect(e.message).toContain(labelOf(BOOKING_STATUS_LABELS, status, "zh-CN"));
    }
    const e = expectDomainError(
      () => assertCanCancel({ status: "cancelled", start }, early, S),
      "BAD_REQUEST",
      "booking.not_cancellable",
      "status",
    );
    expect(translate(e.key, "en-US", e.params)).toBe(
      "This booking is “cancelled” and can no longer be cancelled or rescheduled",
    );
  });
});
