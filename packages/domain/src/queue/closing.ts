import { type CalendarLookup, isWorkingDay } from "../calendar/working-days.ts";
import { DomainError } from "../errors/domain-error.ts";
import { assertValidOpeningHours, type OpeningHoursRange } from "../org/hall-settings.ts";
import { shanghaiDate, shanghaiInstant, shanghaiTime } from "../time/shanghai-time.ts";

/** On working days the waiting area opens 15 minutes before the hall (ZC 第十三条 "提前15分钟开放休息等候区"). */
export const WAITING_AREA_EARLY_MINUTES = 15;

const MS_PER_MINUTE = 60_000;

/** When the hall closes on `date`: the end of its last opening period (e.g. 17:30). */
export function closingTimeOf(date: string, openingHours: readonly OpeningHoursRange[]): Date {
  assertValidOpeningHours(openingHours);
  const last = openingHours[openingHours.length - 1]!;
  return shanghaiInstant(date, last.end);
}

/**
 * When tickets can be taken on `date`, or null on a day the hall does not work: from the waiting area's opening
 * (`WAITING_AREA_EARLY_MINUTES` before the first opening period) until closing (the end of the last period).
 * The lunch break is included: a ticket taken at 12:30 waits for the afternoon.
 */
export function ticketHoursOf(
  date: string,
  openingHours: readonly OpeningHoursRange[],
  calendar: CalendarLookup,
): { opensAt: Date; closesAt: Date } | null {
  assertValidOpeningHours(openingHours);
  if (!isWorkingDay(date, calendar)) return null;
  const first = openingHours[0]!;
  const opensAt = new Date(shanghaiInstant(date, first.start).getTime() - WAITING_AREA_EARLY_MINUTES * MS_PER_MINUTE);
  return { opensAt, closesAt: closingTimeOf(date, openingHours) };
}

/**
 * A ticket can be issued at `now` on a working day from the waiting area's opening (inclusive) until closing
 * (exclusive): with the default hours 08:45:00 is fine, 17:29:59 is fine, 17:30:00 is too late.
 */
export function canIssueTicket(
  now: Date,
  openingHours: readonly OpeningHoursRange[],
  calendar: CalendarLookup,
): boolean {
  const hours = ticketHoursOf(shanghaiDate(now), openingHours, calendar);
  return hours !== null && now.getTime() >= hours.opensAt.getTime() && now.getTime() < hours.closesAt.getTime();
}

/**
 * Throws unless a ticket can be issued at `now`: FORBIDDEN `queue.not_working_day` on a day the hall does not work,
 * `queue.not_open_yet` (param `opensAt`, "HH:mm") before the waiting area opens, `queue.closed` (param
 * `closingTime`, "HH:mm") from closing on — no new tickets after closing.
 */
export function assertCanIssueTicket(
  now: Date,
  openingHours: readonly OpeningHoursRange[],
  calendar: CalendarLookup,
): void {
  const hours = ticketHoursOf(shanghaiDate(now), openingHours, calendar);
  if (hours === null) throw new DomainError("FORBIDDEN", "queue.not_working_day");
  if (now.getTime() < hours.opensAt.getTime()) {
    throw new DomainError("FORBIDDEN", "queue.not_open_yet", { params: { opensAt: shanghaiTime(hours.opensAt) } });
  }
  if (now.getTime() >= hours.closesAt.getTime()) {
    throw new DomainError("FORBIDDEN", "queue.closed", { params: { closingTime: shanghaiTime(hours.closesAt) } });
  }
}

/**
 * 延时服务 (ZC 第十三条 "下班时间未办完当日已取号事项的,应延长工作时间继续完成受理工作"): every ticket issued on the
 * closing day before `closingTime` is served, however late it gets; the queue stays open until they are all done.
 * False only for a ticket of another day or one issued at or after closing (which the rules above never issue).
 */
export function mustServe(issuedAt: Date, closingTime: Date): boolean {
  return shanghaiDate(issuedAt) === shanghaiDate(closingTime) && issuedAt.getTime() < closingTime.getTime();
}
