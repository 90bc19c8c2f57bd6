import { describe, expect, it } from "vitest";
import { dueDateOf } from "../queue/outcomes.ts";
import { defaultCalendarEntries } from "./default-calendar.ts";
import {
  calendarYearsFrom,
  coveredCalendarYears,
  layerCalendar,
  type OrgCalendarLayer,
  orgCalendarSource,
  uncoveredMonths,
} from "./layers.ts";
import { addWorkingDays, buildCalendarLookup, type CalendarEntry } from "./working-days.ts";

const province: OrgCalendarLayer = {
  orgUnitId: 1,
  orgName: "海南省",
  path: "/1/",
  entries: [
    { date: "2027-01-01", kind: "holiday", name: "元旦" },
    { date: "2027-02-06", kind: "holiday", name: "春节" },
  ],
};
const city: OrgCalendarLayer = {
  orgUnitId: 4,
  orgName: "海口市",
  path: "/1/4/",
  entries: [{ date: "2027-02-06", kind: "workday", name: "市调休" }],
};

describe("layerCalendar", () => {
  it("puts org layers over the national data and the hall's overrides over both", () => {
    const national: CalendarEntry[] = [
      { date: "2026-10-01", kind: "holiday", name: "国庆节" },
      { date: "2026-10-02", kind: "holiday", name: "国庆节" },
    ];
    const orgs: OrgCalendarLayer[] = [
      { ...province, entries: [...province.entries, { date: "2026-10-02", kind: "workday", name: "省调整" }] },
    ];
    const hall: CalendarEntry[] = [
      { date: "2026-10-01", kind: "workday", name: "大厅值班" },
      { date: "2027-01-01", kind: "workday" },
    ];
    expect(layerCalendar(national, orgs, hall)).toEqual([
      { date: "2026-10-01", kind: "workday", name: "大厅值班", source: "hall" },
      { date: "2026-10-02", kind: "workday", name: "省调整", source: "org:海南省" },
      { date: "2027-01-01", kind: "workday", source: "hall" },
      { date: "2027-02-06", kind: "holiday", name: "春节", source: "org:海南省" },
    ]);
  });

  it("applies org layers from the root to the leaf whatever order they come in", () => {
    for (const orgs of [
      [province, city],
      [city, province],
    ]) {
      const day = layerCalendar([], orgs, []).find((e) => e.date === "2027-02-06");
      expect(day).toEqual({ date: "2027-02-06", kind: "workday", name: "市调休", source: orgCalendarSource("海口市") });
    }
  });

  it("is the national data alone when there are no other layers, sorted by date", () => {
    const national = defaultCalendarEntries(2026);
    const merged = layerCalendar([...national].reverse(), [], []);
    expect(merged).toHaveLength(national.length);
    expect(merged.every((e) => e.source === "national")).toBe(true);
    expect(merged.map((e) => e.date)).toEqual(national.map((e) => e.date));
  });
});

describe("a due date computed in late December", () => {
  it("uses next year's calendar entered by an org unit (2026-12-28 + 5 working days skips 2027-01-01)", () => {
    expect(defaultCalendarEntries(2027)).toEqual([]); // the package has no 2027 yet: that is the point
    const years = calendarYearsFrom("2026-12-28");
    expect(years).toEqual([2026, 2027]);
    const national = years.flatMap((y) => defaultCalendarEntries(y));
    const withOrg = buildCalendarLookup(layerCalendar(national, [province], []));
    const withoutOrg = buildCalendarLookup(layerCalendar(national, [], []));
    // Mon 12-28 → Tue 29, Wed 30, Thu 31, (Fri 2027-01-01 元旦), Mon 01-04, Tue 01-05.
    expect(dueDateOf("2026-12-28", 5, withOrg)).toBe("2027-01-05");
    expect(addWorkingDays("2026-12-28", 4, withOrg)).toBe("2027-01-04");
    // Without the org layer 2027-01-01 would count as a working day.
    expect(dueDateOf("2026-12-28", 5, withoutOrg)).toBe("2027-01-04");
  });

  it("lets a hall's own override beat the org layer across the year end too", () => {
    const lookup = buildCalendarLookup(layerCalendar([], [province], [{ date: "2027-01-01", kind: "workday" }]));
    expect(dueDateOf("2026-12-28", 5, lookup)).toBe("2027-01-04");
  });
});

describe("coveredCalendarYears and uncoveredMonths", () => {
  const national2026 = defaultCalendarEntries(2026);

  it("counts the national data and org layers, not a hall's own overrides", () => {
    expect([...coveredCalendarYears(national2026, [])]).toEqual([2026]);
    expect([...coveredCalendarYears(national2026, [province])].sort()).toEqual([2026, 2027]);
  });

  it("warns about the coming months of a year nobody has entered", () => {
    const covered = coveredCalendarYears(national2026, []);
    expect(uncoveredMonths("2026-09-30", covered)).toEqual([]); // Sep … Dec 2026
    expect(uncoveredMonths("2026-10-01", covered)).toEqual(["2027-01"]); // Oct … Jan
    expect(uncoveredMonths("2026-12-28", covered)).toEqual(["2027-01", "2027-02", "2027-03"]);
    expect(uncoveredMonths("2026-12-28", covered, 0)).toEqual([]);
  });

  it("stops warning once an org layer covers next year", () => {
    expect(uncoveredMonths("2026-12-28", coveredCalendarYears(national2026, [province]))).toEqual([]);
  });

  it("refuses a bad date or a negative look-ahead", () => {
    expect(() => uncoveredMonths("2026-13-01", new Set())).toThrow();
    expect(() => uncoveredMonths("2026-12-01", new Set(), -1)).toThrow(RangeError);
    expect(() => calendarYearsFrom("2026-02-30")).toThrow();
  });
});
