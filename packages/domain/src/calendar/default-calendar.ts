import chineseDaysData from "chinese-days/dist/chinese-days.json" with { type: "json" };
import { isWeekend } from "./iso-date.ts";
import type { CalendarEntry } from "./working-days.ts";

/**
 * The State Council holiday arrangement, as published by the `chinese-days` package.
 * We read its static data file rather than its functions: those compute keys in the process's
 * local time zone and shift dates by one day on servers west of UTC.
 * Values look like "National Day,国庆节,3" (English name, Chinese name, days).
 */
const SOURCE = chineseDaysData as { holidays: Record<string, string>; workdays: Record<string, string> };

function chineseName(value: string): string | undefined {
  return value.split(",")[1]?.trim() || undefined;
}

function entry(date: string, kind: CalendarEntry["kind"], value: string): CalendarEntry {
  const name = chineseName(value);
  return name === undefined ? { date, kind } : { date, kind, name };
}

/**
 * The default calendar of a year: every statutory holiday date (kind "holiday", weekend ones included)
 * and every weekend date that is an adjusted working day (调休, kind "workday"), sorted by date.
 * Empty for years the source does not cover yet.
 */
export function defaultCalendarEntries(year: number): CalendarEntry[] {
  const prefix = `${year}-`;
  const entries: CalendarEntry[] = [];
  for (const [date, value] of Object.entries(SOURCE.holidays)) {
    if (date.startsWith(prefix)) entries.push(entry(date, "holiday", value));
  }
  for (const [date, value] of Object.entries(SOURCE.workdays)) {
    if (date.startsWith(prefix) && isWeekend(date)) entries.push(entry(date, "workday", value));
  }
  return entries.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
