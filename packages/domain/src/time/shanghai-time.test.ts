import { describe, expect, it } from "vitest";
import { DomainError } from "../errors/domain-error.ts";
import {
  formatShanghaiDateTime,
  HALL_TIME_ZONE,
  isValidTimeOfDay,
  minutesOfDay,
  shanghaiDate,
  shanghaiInstant,
  shanghaiTime,
  toShanghaiIso,
} from "./shanghai-time.ts";

describe("Asia/Shanghai wall clock", () => {
  it("is UTC+8", () => {
    expect(HALL_TIME_ZONE).toBe("Asia/Shanghai");
    const instant = new Date("2026-03-09T01:30:00Z");
    expect(shanghaiDate(instant)).toBe("2026-03-09");
    expect(shanghaiTime(instant)).toBe("09:30");
  });

  it("is already tomorrow in Beijing from 16:00 UTC", () => {
    expect(shanghaiDate(new Date("2026-12-31T15:59:59Z"))).toBe("2026-12-31");
    expect(shanghaiDate(new Date("2026-12-31T16:00:00Z"))).toBe("2027-01-01");
    expect(shanghaiTime(new Date("2026-12-31T16:00:00Z"))).toBe("00:00");
  });

  it("turns a Beijing date and time back into an instant", () => {
    expect(shanghaiInstant("2026-03-09", "09:00").toISOString()).toBe("2026-03-09T01:00:00.000Z");
    expect(shanghaiInstant("2026-01-01", "00:00").toISOString()).toBe("2025-12-31T16:00:00.000Z");
    expect(shanghaiInstant("2026-01-01", "08:15:30").toISOString()).toBe("2026-01-01T00:15:30.000Z");
    const instant = shanghaiInstant("2024-02-29", "17:30");
    expect([shanghaiDate(instant), shanghaiTime(instant)]).toEqual(["2024-02-29", "17:30"]);
  });

  it("refuses invalid dates and times", () => {
    expect(() => shanghaiInstant("2026-02-30", "09:00")).toThrow(DomainError);
    expect(() => shanghaiInstant("2026-03-09", "24:00")).toThrow(DomainError);
    expect(() => shanghaiInstant("2026-03-09", "9:00")).toThrow(DomainError);
    expect(() => shanghaiDate(new Date(Number.NaN))).toThrow(DomainError);
  });

  it("checks and measures wall-clock times", () => {
    expect(isValidTimeOfDay("00:00")).toBe(true);
    expect(isValidTimeOfDay("23:59")).toBe(true);
    expect(isValidTimeOfDay("24:00")).toBe(false);
    expect(isValidTimeOfDay("12:60")).toBe(false);
    expect(isValidTimeOfDay("12:00:00")).toBe(false);
    expect(minutesOfDay("13:30")).toBe(810);
  });
});

describe("formatShanghaiDateTime", () => {
  it("shows the Shanghai wall clock, crossing midnight", () => {
    expect(formatShanghaiDateTime("2026-11-23T01:30:00Z")).toBe("2026-11-23 09:30:00");
    expect(formatShanghaiDateTime(new Date("2026-12-31T16:00:00Z"))).toBe("2027-01-01 00:00:00");
  });
});

describe("toShanghaiIso", () => {
  it("writes the instant with the +08:00 offset and round-trips", () => {
    const iso = toShanghaiIso(new Date("2026-11-24T01:00:00Z"));
    expect(iso).toBe("2026-11-24T09:00:00+08:00");
    expect(new Date(iso).toISOString()).toBe("2026-11-24T01:00:00.000Z");
  });
});
