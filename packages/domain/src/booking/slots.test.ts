import { describe, expect, it } from "vitest";
import { defaultCalendarEntries } from "../calendar/default-calendar.ts";
import { buildCalendarLookup } from "../calendar/working-days.ts";
import { DomainError } from "../errors/domain-error.ts";
import { DEFAULT_OPENING_HOURS } from "../org/hall-settings.ts";
import { shanghaiInstant, shanghaiTime } from "../time/shanghai-time.ts";
import { generateSlots, isSlotStart, slotOf } from "./slots.ts";

const CAL_2026 = buildCalendarLookup(defaultCalendarEntries(2026));
const MONDAY = "2026-03-09";

const times = (date: string, slotMinutes = 30, hours = DEFAULT_OPENING_HOURS) =>
  generateSlots(date, hours, CAL_2026, slotMinutes).map(
    (slot) => `${shanghaiTime(slot.start)}-${shanghaiTime(slot.end)}`,
  );

describe("generateSlots", () => {
  it("gives 6 + 8 = 14 half-hour slots on a working day, with no slot in the 12:00–13:30 lunch break", () => {
    expect(times(MONDAY)).toEqual([
      "09:00-09:30",
      "09:30-10:00",
      "10:00-10:30",
      "10:30-11:00",
      "11:00-11:30",
      "11:30-12:00",
      "13:30-14:00",
      "14:00-14:30",
      "14:30-15:00",
      "15:00-15:30",
      "15:30-16:00",
      "16:00-16:30",
      "16:30-17:00",
      "17:00-17:30",
    ]);
  });

  it("computes instants in Beijing time (UTC+8), whatever the machine's zone", () => {
    const slots = generateSlots(MONDAY, DEFAULT_OPENING_HOURS, CAL_2026, 30);
    expect(slots[0]?.start.toISOString()).toBe("2026-03-09T01:00:00.000Z");
    expect(slots[0]?.end.toISOString()).toBe("2026-03-09T01:30:00.000Z");
    expect(slots.at(-1)?.end.toISOString()).toBe("2026-03-09T09:30:00.000Z");
  });

  it("has slots on the 调休 working Saturday 2026-10-10", () => {
    expect(times("2026-10-10")).toHaveLength(14);
  });

  it("has none on National Day 2026-10-01, a plain Saturday or a plain Sunday", () => {
    expect(times("2026-10-01")).toEqual([]);
    expect(times("2026-03-14")).toEqual([]);
    expect(times("2026-03-15")).toEqual([]);
    expect(times("2026-10-11")).toEqual([]); // the Sunday after the 调休 Saturday
  });

  it("drops the remainder of a period that is shorter than a slot", () => {
    // 09:00–12:00 holds 4 × 45 minutes exactly; 13:30–17:30 holds 5 (to 17:15), the last 15 minutes are dropped
    expect(times(MONDAY, 45)).toEqual([
      "09:00-09:45",
      "09:45-10:30",
      "10:30-11:15",
      "11:15-12:00",
      "13:30-14:15",
      "14:15-15:00",
      "15:00-15:45",
      "15:45-16:30",
      "16:30-17:15",
    ]);
    expect(times(MONDAY, 240)).toEqual(["13:30-17:30"]); // the morning is shorter than one slot
    expect(times(MONDAY, 241)).toEqual([]);
  });

  it("follows custom opening hours and an admin's closing day", () => {
    expect(times(MONDAY, 60, [{ start: "08:30", end: "10:30" }])).toEqual(["08:30-09:30", "09:30-10:30"]);
    const closed = buildCalendarLookup(defaultCalendarEntries(2026), [{ date: MONDAY, kind: "holiday" }]);
    expect(generateSlots(MONDAY, DEFAULT_OPENING_HOURS, closed, 30)).toEqual([]);
  });

  it("refuses a bad date, bad opening hours and a bad slot length", () => {
    expect(() => generateSlots("2026-02-30", DEFAULT_OPENING_HOURS, CAL_2026, 30)).toThrow(DomainError);
    expect(() => generateSlots(MONDAY, [{ start: "12:00", end: "09:00" }], CAL_2026, 30)).toThrow(DomainError);
    expect(() => generateSlots(MONDAY, DEFAULT_OPENING_HOURS, CAL_2026, 0)).toThrow(RangeError);
    expect(() => generateSlots(MONDAY, DEFAULT_OPENING_HOURS, CAL_2026, 12.5)).toThrow(RangeError);
  });
});

describe("slotOf / isSlotStart", () => {
  const args = [MONDAY, DEFAULT_OPENING_HOURS, CAL_2026, 30] as const;

  it("find the slot that starts exactly at an instant", () => {
    const start = shanghaiInstant(MONDAY, "13:30");
    expect(slotOf(start, ...args)).toEqual({ start, end: shanghaiInstant(MONDAY, "14:00") });
    expect(isSlotStart(start, ...args)).toBe(true);
    expect(isSlotStart(shanghaiInstant(MONDAY, "09:00"), ...args)).toBe(true);
    expect(isSlotStart(shanghaiInstant(MONDAY, "17:00"), ...args)).toBe(true);
  });

  it("reject instants between slot starts, in the lunch break, at closing or on another day", () => {
    expect(slotOf(shanghaiInstant(MONDAY, "09:15"), ...args)).toBeNull();
    expect(isSlotStart(new Date(shanghaiInstant(MONDAY, "09:00").getTime() + 1), ...args)).toBe(false);
    expect(isSlotStart(shanghaiInstant(MONDAY, "12:00"), ...args)).toBe(false);
    expect(isSlotStart(shanghaiInstant(MONDAY, "13:00"), ...args)).toBe(false);
    expect(isSlotStart(shanghaiInstant(MONDAY, "17:30"), ...args)).toBe(false);
    expect(isSlotStart(shanghaiInstant("2026-03-10", "09:00"), ...args)).toBe(false);
    // 09:00 in Beijing is 01:00 UTC; 09:00 UTC is 17:00 Beijing, a slot start; 09:00 at UTC−8 is not
    expect(isSlotStart(new Date("2026-03-09T09:00:00Z"), ...args)).toBe(true);
    expect(isSlotStart(new Date("2026-03-09T09:00:00-08:00"), ...args)).toBe(false);
  });

  it("find nothing on a closed day", () => {
    const start = shanghaiInstant("2026-10-01", "09:00");
    expect(slotOf(start, "2026-10-01", DEFAULT_OPENING_HOURS, CAL_2026, 30)).toBeNull();
    expect(isSlotStart(shanghaiInstant("2026-10-10", "09:00"), "2026-10-10", DEFAULT_OPENING_HOURS, CAL_2026, 30)).toBe(
      true,
    );
  });
});
