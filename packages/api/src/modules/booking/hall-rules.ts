import type { Database, Kysely } from "@hall/db";
import {
  addCalendarDays,
  type BookableItem,
  type BookingSettings,
  buildCalendarLookup,
  type CalendarLookup,
  DomainError,
  isWorkingDay,
  type OpeningHoursRange,
  shanghaiDate,
} from "@hall/domain";
import { hallCalendar } from "../../shared/calendar.ts";
import { bookingSettingsOf, hallRulesOf } from "../../shared/settings.ts";
import { findHallForRules, findItemRow } from "./repository.ts";

type Db = Kysely<Database>;

/** Everything the booking rules of one hall need, read once per request. */
export interface HallBookingRules {
  hallId: number;
  hallName: string;
  settings: BookingSettings;
  openingHours: OpeningHoursRange[];
  calendar: CalendarLookup;
  /** Names of the non-standard days (国庆节, 调休, a hall's own closure), by date. */
  dayNames: Map<string, string>;
}

export async function hallBookingRules(db: Db, hallId: number, now: Date): Promise<HallBookingRules> {
  const hall = await findHallForRules(db, hallId);
  if (!hall) throw new DomainError("NOT_FOUND", "hall.not_found", { field: "hallId" });
  const settings = bookingSettingsOf(hall.settings);
  const today = shanghaiDate(now);
  const last = addCalendarDays(today, settings.maxDaysAhead + 1);
  const years = [...new Set([Number(today.slice(0, 4)), Number(last.slice(0, 4))])];
  const { entries } = await hallCalendar(db, hall.id, years);
  return {
    hallId: hall.id,
    hallName: hall.name,
    settings,
    openingHours: hallRulesOf(hall.settings).openingHours,
    calendar: buildCalendarLookup(entries),
    dayNames: new Map(entries.filter((e) => e.name).map((e) => [e.date, e.name!])),
  };
}

/** The bookable horizon: today … today + maxDaysAhead, each day with whether the hall works. */
export function bookingDays(rules: HallBookingRules, now: Date): { date: string; working: boolean; name?: string }[] {
  const today = shanghaiDate(now);
  return Array.from({ length: rules.settings.maxDaysAhead + 1 }, (_, i) => {
    const date = addCalendarDays(today, i);
    const name = rules.dayNames.get(date);
    return { date, working: isWorkingDay(date, rules.calendar), ...(name ? { name } : {}) };
  });
}

export interface ItemForBooking extends BookableItem {
  hallId: number;
  name: string;
  bookable: boolean;
  active: boolean;
}

export function toItemForBooking(i: NonNullable<Awaited<ReturnType<typeof findItemRow>>>): ItemForBooking {
  return {
    id: i.id,
    hallId: i.hall_id,
    name: i.name,
    zoneId: i.zone_id,
    theme: i.theme,
    instant: i.instant,
    avgHandlingMinutes: i.avg_handling_minutes,
    bookable: i.bookable,
    active: i.active,
  };
}

export async function loadItem(db: Db, itemId: number): Promise<ItemForBooking> {
  const i = await findItemRow(db, itemId);
  if (!i) throw new DomainError("NOT_FOUND", "item.not_found", { field: "itemId" });
  return toItemForBooking(i);
}
