import { isValidIsoDate } from "../calendar/iso-date.ts";
import { DomainError } from "../errors/domain-error.ts";

/** Every hall runs on Beijing time. China has no daylight saving, so it is always UTC+8. */
export const HALL_TIME_ZONE = "Asia/Shanghai";

const OFFSET_MS = 8 * 60 * 60 * 1000;
const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?$/;

function shifted(instant: Date): string {
  if (Number.isNaN(instant.getTime())) throw new DomainError("BAD_REQUEST", "calendar.invalid_date");
  return new Date(instant.getTime() + OFFSET_MS).toISOString();
}

/** The Asia/Shanghai calendar day of an instant, "YYYY-MM-DD". */
export function shanghaiDate(instant: Date): string {
  return shifted(instant).slice(0, 10);
}

/** The Asia/Shanghai wall-clock time of an instant, "HH:mm". */
export function shanghaiTime(instant: Date): string {
  return shifted(instant).slice(11, 16);
}

/** True for a wall-clock time "HH:mm" (00:00–23:59). */
export function isValidTimeOfDay(s: string): boolean {
  return HH_MM.test(s) && s.length === 5;
}

/** The instant at which Beijing clocks show `date` `time` ("HH:mm", seconds tolerated as "HH:mm:ss"). */
export function shanghaiInstant(date: string, time: string): Date {
  if (!isValidIsoDate(date)) throw new DomainError("BAD_REQUEST", "calendar.invalid_date", { field: "date" });
  const match = HH_MM.exec(time);
  if (!match) throw new DomainError("BAD_REQUEST", "calendar.invalid_time", { field: "time" });
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const utc = Date.UTC(year, month - 1, day, Number(match[1]), Number(match[2]), Number(match[3] ?? 0));
  return new Date(utc - OFFSET_MS);
}

/** Minutes since midnight of "HH:mm", for comparing wall-clock times. */
export function minutesOfDay(time: string): number {
  const match = HH_MM.exec(time);
  if (!match) throw new DomainError("BAD_REQUEST", "calendar.invalid_time", { field: "time" });
  return Number(match[1]) * 60 + Number(match[2]);
}

/** "YYYY-MM-DD HH:mm:ss" of an instant on the hall's wall clock (Asia/Shanghai), whatever the viewer's time zone. */
export function formatShanghaiDateTime(instant: Date | string): string {
  const d = typeof instant === "string" ? new Date(instant) : instant;
  const shifted = new Date(d.getTime() + 8 * 60 * 60 * 1000);
  return shifted.toISOString().slice(0, 19).replace("T", " ");
}

/** ISO 8601 with the hall's offset, e.g. "2026-11-24T09:00:00+08:00" (what the booking API sends). */
export function toShanghaiIso(instant: Date): string {
  return `${formatShanghaiDateTime(instant).replace(" ", "T")}+08:00`;
}
