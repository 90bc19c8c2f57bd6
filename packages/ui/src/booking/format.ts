import type { Locale } from "../i18n/catalog.ts";

/*
 * Hall wall-clock helpers for display. Same arithmetic as @hall/domain's shanghaiDate/shanghaiTime (China has no
 * daylight saving: always UTC+8), but without their DomainError, whose import carries the server's whole message
 * catalogue into the browser bundle.
 */
const OFFSET_MS = 8 * 60 * 60 * 1000;

function shifted(instant: string | Date): string {
  const ms = new Date(instant).getTime();
  return Number.isNaN(ms) ? "" : new Date(ms + OFFSET_MS).toISOString();
}

/** The hall's calendar day of an instant, "YYYY-MM-DD" (Asia/Shanghai); "" for an invalid instant. */
export function hallDate(instant: string | Date): string {
  return shifted(instant).slice(0, 10);
}

/** The hall's wall-clock time of an instant, "HH:mm" (Asia/Shanghai); "" for an invalid instant. */
export function hallTime(instant: string | Date): string {
  return shifted(instant).slice(11, 16);
}

const WEEKDAYS: Record<Locale, readonly string[]> = {
  "zh-CN": ["周日", "周一", "周二", "周三", "周四", "周五", "周六"],
  "en-US": ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"],
};
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function parts(date: string): [number, number, number] {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return [y, m, d];
}

/** Day of the week (0 = Sunday) of a calendar date "YYYY-MM-DD". */
export function weekdayOf(date: string): number {
  const [y, m, d] = parts(date);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** "周二" / "Tue". */
export function formatWeekday(date: string, locale: Locale): string {
  return WEEKDAYS[locale][weekdayOf(date)] ?? "";
}

/** "11月24日" / "24 Nov". */
export function formatMonthDay(date: string, locale: Locale): string {
  const [, m, d] = parts(date);
  return locale === "zh-CN" ? `${m}月${d}日` : `${d} ${MONTHS[m - 1]}`;
}

/** "2026年11月24日 周二" / "Tue 24 Nov 2026". */
export function formatLongDate(date: string, locale: Locale): string {
  const [y] = parts(date);
  return locale === "zh-CN"
    ? `${y}年${formatMonthDay(date, locale)} ${formatWeekday(date, locale)}`
    : `${formatWeekday(date, locale)} ${formatMonthDay(date, locale)} ${y}`;
}

/** "09:00–09:30" on the hall's wall clock (Asia/Shanghai), whatever the viewer's time zone. */
export function formatSlotTime(start: string, end: string): string {
  return `${hallTime(start)}–${hallTime(end)}`;
}

/** "2026年11月24日 周二 09:00–09:30" / "Tue 24 Nov 2026, 09:00–09:30" (Asia/Shanghai). */
export function formatSlotRange(start: string, end: string, locale: Locale): string {
  const date = formatLongDate(hallDate(start), locale);
  return `${date}${locale === "zh-CN" ? " " : ", "}${formatSlotTime(start, end)}`;
}

/** Morning slots start before noon (Beijing time); the rest are afternoon. */
export function isMorningSlot(start: string): boolean {
  return hallTime(start) < "12:00";
}
