import { DomainError } from "../errors/domain-error.ts";

/**
 * Calendar dates as "YYYY-MM-DD" strings (Asia/Shanghai days). Arithmetic runs on UTC day numbers,
 * so the server's own time zone never matters.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Year, month and day of a real calendar date, or null (wrong shape, month 13, Feb 30 …). */
export function parseIsoDate(s: string): { year: number; month: number; day: number } | null {
  const match = ISO_DATE.exec(s);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** True for a real calendar date written as YYYY-MM-DD. */
export function isValidIsoDate(s: string): boolean {
  return parseIsoDate(s) !== null;
}

/** Throws DomainError BAD_REQUEST `calendar.invalid_date` unless `s` is a real YYYY-MM-DD date. */
export function assertValidIsoDate(s: string, field = "date"): void {
  if (!isValidIsoDate(s)) throw new DomainError("BAD_REQUEST", "calendar.invalid_date", { field });
}

function toDayNumber(s: string): number {
  const parts = parseIsoDate(s);
  if (!parts) throw new DomainError("BAD_REQUEST", "calendar.invalid_date", { field: "date" });
  return Date.UTC(parts.year, parts.month - 1, parts.day) / MS_PER_DAY;
}

function fromDayNumber(n: number): string {
  return new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The date `n` calendar days after `date` (negative n goes back). */
export function addCalendarDays(date: string, n: number): string {
  return fromDayNumber(toDayNumber(date) + n);
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function calendarDaysBetween(from: string, to: string): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: string): number {
  return new Date(toDayNumber(date) * MS_PER_DAY).getUTCDay();
}

export function isWeekend(date: string): boolean {
  const day = dayOfWeek(date);
  return day === 0 || day === 6;
}
