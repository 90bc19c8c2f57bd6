import { describe, expect, it } from "vitest";
import { defaultCalendarEntries } from "./default-calendar.ts";
import { isWeekend } from "./iso-date.ts";

describe("defaultCalendarEntries", () => {
  const entries2026 = defaultCalendarEntries(2026);
  const byDate = new Map(entries2026.map((e) => [e.date, e]));

  it("lists National Day 2026 as Oct 1–7 holidays named 国庆节", () => {
    for (let day = 1; day <= 7; day += 1) {
      expect(byDate.get(`2026-10-0${day}`)).toEqual({ date: `2026-10-0${day}`, kind: "holiday", name: "国庆节" });
    }
    expect(byDate.has("2026-10-08")).toBe(false);
  });

  it("lists the 调休 working weekend days of 2026", () => {
    const workdays = entries2026.filter((e) => e.kind === "workday").map((e) => e.date);
    expect(workdays).toEqual(["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"]);
    expect(byDate.get("2026-10-10")?.name).toBe("国庆节");
    expect(workdays.every(isWeekend)).toBe(true);
  });

  it("lists Spring Festival 2026 (Feb 15–23) including its weekend days", () => {
    const spring = entries2026.filter((e) => e.name === "春节" && e.kind === "holiday").map((e) => e.date);
    expect(spring).toEqual([
      "2026-02-15",
      "2026-02-16",
      "2026-02-17",
      "2026-02-18",
      "2026-02-19",
      "2026-02-20",
      "2026-02-21",
      "2026-02-22",
      "2026-02-23",
    ]);
  });

  it("is sorted and stays within the year", () => {
    const dates = entries2026.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
    expect(dates.every((d) => d.startsWith("2026-"))).toBe(true);
  });

  it("is empty for a year the source does not cover", () => {
    expect(defaultCalendarEntries(1990)).toEqual([]);
  });
});
