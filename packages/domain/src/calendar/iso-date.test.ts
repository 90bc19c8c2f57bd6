import { describe, expect, it } from "vitest";
import { DomainError } from "../errors/domain-error.ts";
import {
  addCalendarDays,
  assertValidIsoDate,
  calendarDaysBetween,
  dayOfWeek,
  isLeapYear,
  isValidIsoDate,
  isWeekend,
} from "./iso-date.ts";

describe("isValidIsoDate", () => {
  it("accepts real dates", () => {
    expect(isValidIsoDate("2026-10-01")).toBe(true);
    expect(isValidIsoDate("2024-02-29")).toBe(true);
    expect(isValidIsoDate("2000-02-29")).toBe(true);
  });

  it("refuses impossible dates and other shapes", () => {
    for (const s of [
      "2025-02-29",
      "1900-02-29",
      "2026-02-30",
      "2026-04-31",
      "2026-13-01",
      "2026-00-10",
      "2026-01-00",
    ]) {
      expect(isValidIsoDate(s), s).toBe(false);
    }
    for (const s of ["", "2026-1-1", "2026/01/01", "20260101", "2026-01-01T00:00", " 2026-01-01"]) {
      expect(isValidIsoDate(s), s).toBe(false);
    }
  });

  it("asserts with a DomainError", () => {
    expect(() => assertValidIsoDate("2026-02-30", "day")).toThrow(DomainError);
    expect(() => assertValidIsoDate("2026-02-28")).not.toThrow();
  });
});

describe("date arithmetic", () => {
  it("knows leap years", () => {
    expect([1900, 2000, 2024, 2026].map(isLeapYear)).toEqual([false, true, true, false]);
  });

  it("adds days across month, year and leap day", () => {
    expect(addCalendarDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addCalendarDays("2025-02-28", 1)).toBe("2025-03-01");
    expect(addCalendarDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addCalendarDays("2026-01-01", -1)).toBe("2025-12-31");
    expect(calendarDaysBetween("2026-01-01", "2027-01-01")).toBe(365);
    expect(calendarDaysBetween("2024-03-01", "2024-02-28")).toBe(-2);
  });

  it("knows the day of the week", () => {
    expect(dayOfWeek("2026-10-01")).toBe(4); // Thursday
    expect(isWeekend("2026-10-10")).toBe(true); // Saturday
    expect(isWeekend("2026-10-09")).toBe(false);
  });
});
