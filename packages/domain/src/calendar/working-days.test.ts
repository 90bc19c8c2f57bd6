import { describe, expect, it } from "vitest";
import { DomainError } from "../errors/domain-error.ts";
import { defaultCalendarEntries } from "./default-calendar.ts";
import {
  addWorkingDays,
  buildCalendarLookup,
  isWorkingDay,
  nextWorkingDay,
  workingDaysBetween,
} from "./working-days.ts";

const EMPTY = buildCalendarLookup();
const CAL_2026 = buildCalendarLookup(defaultCalendarEntries(2026));

describe("isWorkingDay", () => {
  it("is Mon–Fri with an empty calendar", () => {
    expect(isWorkingDay("2026-03-13", EMPTY)).toBe(true); // Friday
    expect(isWorkingDay("2026-03-14", EMPTY)).toBe(false); // Saturday
    expect(isWorkingDay("2026-03-15", EMPTY)).toBe(false); // Sunday
  });

  it("closes on National Day 2026 (Oct 1–7)", () => {
    for (let day = 1; day <= 7; day += 1) {
      expect(isWorkingDay(`2026-10-0${day}`, CAL_2026), `Oct ${day}`).toBe(false);
    }
    expect(isWorkingDay("2026-10-08", CAL_2026)).toBe(true);
  });

  it("opens on the 调休 Sunday 2026-09-20 and Saturday 2026-10-10", () => {
    expect(isWorkingDay("2026-09-20", CAL_2026)).toBe(true);
    expect(isWorkingDay("2026-10-10", CAL_2026)).toBe(true);
    expect(isWorkingDay("2026-10-11", CAL_2026)).toBe(false); // the following Sunday is an ordinary weekend
  });

  it("closes over Spring Festival 2026 (Feb 15–23) and works the Saturdays Feb 14 and Feb 28", () => {
    expect(isWorkingDay("2026-02-13", CAL_2026)).toBe(true);
    expect(isWorkingDay("2026-02-14", CAL_2026)).toBe(true);
    expect(isWorkingDay("2026-02-16", CAL_2026)).toBe(false); // Monday, 除夕
    expect(isWorkingDay("2026-02-23", CAL_2026)).toBe(false); // Monday
    expect(isWorkingDay("2026-02-24", CAL_2026)).toBe(true);
    expect(isWorkingDay("2026-02-28", CAL_2026)).toBe(true);
  });

  it("lets an admin override turn a weekday into a holiday, and a default holiday back into a workday", () => {
    const admin = [
      { date: "2026-03-10", kind: "holiday" as const, name: "临时闭厅" },
      { date: "2026-10-07", kind: "workday" as const },
    ];
    const lookup = buildCalendarLookup(defaultCalendarEntries(2026), admin);
    expect(isWorkingDay("2026-03-10", lookup)).toBe(false);
    expect(isWorkingDay("2026-10-07", lookup)).toBe(true);
    // layer order matters: the default source laid on top would win again
    expect(isWorkingDay("2026-10-07", buildCalendarLookup(admin, defaultCalendarEntries(2026)))).toBe(false);
  });

  it("rejects an invalid date", () => {
    expect(() => isWorkingDay("2026-02-30", EMPTY)).toThrow(DomainError);
  });
});

describe("addWorkingDays", () => {
  it("counts working days after the start", () => {
    expect(addWorkingDays("2026-03-09", 1, EMPTY)).toBe("2026-03-10"); // Mon → Tue
    expect(addWorkingDays("2026-03-13", 1, EMPTY)).toBe("2026-03-16"); // Fri → Mon
    expect(addWorkingDays("2026-03-09", 5, EMPTY)).toBe("2026-03-16");
  });

  it("with n = 0 keeps a working day and moves a weekend to Monday", () => {
    expect(addWorkingDays("2026-03-11", 0, EMPTY)).toBe("2026-03-11");
    expect(addWorkingDays("2026-03-14", 0, EMPTY)).toBe("2026-03-16"); // Saturday
    expect(addWorkingDays("2026-10-10", 0, CAL_2026)).toBe("2026-10-10"); // 调休 Saturday
    expect(addWorkingDays("2026-10-03", 0, CAL_2026)).toBe("2026-10-08");
  });

  it("skips the National Day block and counts the 调休 Saturday", () => {
    // Wed 2026-09-30 + 1 working day: Oct 1–7 are holidays → Thu Oct 8
    expect(addWorkingDays("2026-09-30", 1, CAL_2026)).toBe("2026-10-08");
    // Oct 8 (Thu), Oct 9 (Fri), Oct 10 (调休 Sat) → the 3rd is Saturday
    expect(addWorkingDays("2026-09-30", 3, CAL_2026)).toBe("2026-10-10");
    expect(addWorkingDays("2026-09-30", 4, CAL_2026)).toBe("2026-10-12");
  });

  it("skips Spring Festival", () => {
    // Fri Feb 13 → Sat Feb 14 (调休) → Tue Feb 24
    expect(addWorkingDays("2026-02-13", 1, CAL_2026)).toBe("2026-02-14");
    expect(addWorkingDays("2026-02-13", 2, CAL_2026)).toBe("2026-02-24");
  });

  it("refuses negative or fractional n and invalid dates", () => {
    expect(() => addWorkingDays("2026-03-09", -1, EMPTY)).toThrow(RangeError);
    expect(() => addWorkingDays("2026-03-09", 1.5, EMPTY)).toThrow(RangeError);
    expect(() => addWorkingDays("2026-02-30", 1, EMPTY)).toThrow(DomainError);
  });
});

describe("nextWorkingDay", () => {
  it("is strictly after the date", () => {
    expect(nextWorkingDay("2026-03-11", EMPTY)).toBe("2026-03-12");
    expect(nextWorkingDay("2026-09-19", CAL_2026)).toBe("2026-09-20"); // Sat → 调休 Sunday
    expect(nextWorkingDay("2026-12-31", EMPTY)).toBe("2027-01-01");
  });
});

describe("workingDaysBetween", () => {
  it("counts working days in (from, to]", () => {
    expect(workingDaysBetween("2026-03-09", "2026-03-09", EMPTY)).toBe(0);
    expect(workingDaysBetween("2026-03-09", "2026-03-10", EMPTY)).toBe(1);
    expect(workingDaysBetween("2026-03-13", "2026-03-16", EMPTY)).toBe(1); // weekend skipped, Monday counted
    expect(workingDaysBetween("2026-03-09", "2026-03-16", EMPTY)).toBe(5);
  });

  it("counts through National Day 2026", () => {
    // Sep 30 → Oct 12: Oct 8, 9, 10 (调休), 12
    expect(workingDaysBetween("2026-09-30", "2026-10-12", CAL_2026)).toBe(4);
  });

  it("is negative when to is before from, and agrees with addWorkingDays", () => {
    expect(workingDaysBetween("2026-03-16", "2026-03-09", EMPTY)).toBe(-5);
    const due = addWorkingDays("2026-09-28", 7, CAL_2026);
    expect(workingDaysBetween("2026-09-28", due, CAL_2026)).toBe(7);
  });
});
