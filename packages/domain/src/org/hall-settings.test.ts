import { describe, expect, it } from "vitest";
import { DomainError } from "../errors/domain-error.ts";
import {
  assertValidOpeningHours,
  DEFAULT_HALL_SETTINGS,
  DEFAULT_OPENING_HOURS,
  resolveHallSettings,
} from "./hall-settings.ts";

describe("hall settings", () => {
  it("default to the spec: 09:00–12:00 and 13:30–17:30, 6 specialty zones, 5 logins per 15 minutes", () => {
    expect(DEFAULT_OPENING_HOURS).toEqual([
      { start: "09:00", end: "12:00" },
      { start: "13:30", end: "17:30" },
    ]);
    expect(DEFAULT_HALL_SETTINGS).toEqual({
      openingHours: DEFAULT_OPENING_HOURS,
      maxSpecialtyZones: 6,
      loginMaxAttempts: 5,
      loginWindowMinutes: 15,
    });
  });

  it("resolve missing settings to the defaults", () => {
    expect(resolveHallSettings(null)).toEqual(DEFAULT_HALL_SETTINGS);
    expect(resolveHallSettings(undefined)).toEqual(DEFAULT_HALL_SETTINGS);
    expect(resolveHallSettings({})).toEqual(DEFAULT_HALL_SETTINGS);
    expect(resolveHallSettings({ maxSpecialtyZones: 4, loginMaxAttempts: undefined })).toEqual({
      ...DEFAULT_HALL_SETTINGS,
      maxSpecialtyZones: 4,
    });
  });

  it("hand out copies, so the defaults cannot be changed by accident", () => {
    const settings = resolveHallSettings(null);
    settings.openingHours.push({ start: "18:00", end: "20:00" });
    const first = settings.openingHours[0];
    if (first) first.start = "08:00";
    expect(resolveHallSettings(null).openingHours).toEqual(DEFAULT_OPENING_HOURS);
  });
});

describe("assertValidOpeningHours", () => {
  const refuse = (ranges: { start: string; end: string }[]) => {
    try {
      assertValidOpeningHours(ranges);
    } catch (error) {
      const e = error as DomainError;
      expect(e).toBeInstanceOf(DomainError);
      expect([e.code, e.key, e.field]).toEqual(["BAD_REQUEST", "settings.invalid_opening_hours", "openingHours"]);
      return;
    }
    throw new Error(`accepted ${JSON.stringify(ranges)}`);
  };

  it("accepts the defaults, a single period and touching periods", () => {
    expect(() => assertValidOpeningHours(DEFAULT_OPENING_HOURS)).not.toThrow();
    expect(() => assertValidOpeningHours([{ start: "00:00", end: "23:59" }])).not.toThrow();
    expect(() =>
      assertValidOpeningHours([
        { start: "09:00", end: "12:00" },
        { start: "12:00", end: "13:00" },
      ]),
    ).not.toThrow();
  });

  it("refuses no periods at all", () => {
    refuse([]);
  });

  it("refuses malformed times", () => {
    refuse([{ start: "9:00", end: "12:00" }]);
    refuse([{ start: "09:00", end: "24:00" }]);
    refuse([{ start: "09:00", end: "12:00:00" }]);
  });

  it("refuses a period that ends before or when it starts", () => {
    refuse([{ start: "12:00", end: "09:00" }]);
    refuse([{ start: "09:00", end: "09:00" }]);
  });

  it("refuses overlapping or out-of-order periods", () => {
    refuse([
      { start: "09:00", end: "12:00" },
      { start: "11:59", end: "17:30" },
    ]);
    refuse([
      { start: "13:30", end: "17:30" },
      { start: "09:00", end: "12:00" },
    ]);
  });
});
