import { describe, expect, it } from "vitest";
import { DomainError } from "../errors/domain-error.ts";
import { assertValidBookingSettings, DEFAULT_BOOKING_SETTINGS, resolveBookingSettings } from "./booking-settings.ts";

describe("booking settings", () => {
  it("default to the issue's numbers", () => {
    expect(DEFAULT_BOOKING_SETTINGS).toEqual({
      slotMinutes: 30,
      minLeadMinutes: 60,
      maxDaysAhead: 14,
      maxActivePerItemPerDay: 1,
      maxActiveFuture: 3,
      cancelDeadlineMinutes: 30,
      noShowGraceMinutes: 15,
      noShowLimit: 3,
      noShowWindowDays: 90,
      suspensionDays: 30,
      checkInEarlyMinutes: 30,
    });
    expect(Object.isFrozen(DEFAULT_BOOKING_SETTINGS)).toBe(true);
  });

  it("resolve missing or null settings to the defaults, keeping the ones that are set", () => {
    expect(resolveBookingSettings(null)).toEqual(DEFAULT_BOOKING_SETTINGS);
    expect(resolveBookingSettings(undefined)).toEqual(DEFAULT_BOOKING_SETTINGS);
    expect(resolveBookingSettings({})).toEqual(DEFAULT_BOOKING_SETTINGS);
    expect(resolveBookingSettings({ slotMinutes: 20, minLeadMinutes: 0, maxActiveFuture: undefined })).toEqual({
      ...DEFAULT_BOOKING_SETTINGS,
      slotMinutes: 20,
      minLeadMinutes: 0,
    });
    const stored = JSON.parse('{"noShowLimit": null, "suspensionDays": 7}') as Partial<typeof DEFAULT_BOOKING_SETTINGS>;
    expect(resolveBookingSettings(stored)).toEqual({ ...DEFAULT_BOOKING_SETTINGS, suspensionDays: 7 });
  });

  it("hand out a fresh object every time", () => {
    const settings = resolveBookingSettings(null);
    settings.slotMinutes = 5;
    expect(resolveBookingSettings(null).slotMinutes).toBe(30);
    expect(settings).not.toBe(DEFAULT_BOOKING_SETTINGS);
  });

  it("are valid by default; zero is fine for lead and grace times, not for a slot or a cap", () => {
    expect(() => assertValidBookingSettings(resolveBookingSettings(null))).not.toThrow();
    const zeroLead = resolveBookingSettings({ minLeadMinutes: 0, noShowGraceMinutes: 0, maxDaysAhead: 0 });
    expect(() => assertValidBookingSettings(zeroLead)).not.toThrow();
    for (const [field, value] of [
      ["slotMinutes", 0],
      ["maxActiveFuture", 0],
      ["noShowLimit", 0],
      ["minLeadMinutes", -1],
      ["slotMinutes", 7.5],
      ["suspensionDays", Number.NaN],
    ] as const) {
      try {
        assertValidBookingSettings(resolveBookingSettings({ [field]: value }));
        expect.unreachable(`${field} = ${value}`);
      } catch (error) {
        const e = error as DomainError;
        expect(e).toBeInstanceOf(DomainError);
        expect([e.code, e.key, e.field]).toEqual(["BAD_REQUEST", "settings.invalid_booking_setting", field]);
      }
    }
  });
});
