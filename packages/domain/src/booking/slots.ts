import type { CalendarLookup } from "../calendar/working-days.ts";
import { isWorkingDay } from "../calendar/working-days.ts";
import { assertValidOpeningHours, type OpeningHoursRange } from "../org/hall-settings.ts";
import { minutesOfDay, shanghaiInstant } from "../time/shanghai-time.ts";

/** A bookable period [start, end). */
export interface Slot {
  start: Date;
  end: Date;
}

const MS_PER_MINUTE = 60_000;

function assertSlotMinutes(slotMinutes: number): void {
  if (!Number.isInteger(slotMinutes) || slotMinutes < 1) {
    throw new RangeError(`slotMinutes must be a whole number ≥ 1, got ${slotMinutes}`);
  }
}

/**
 * The slots of a hall on `date` (an Asia/Shanghai day, "YYYY-MM-DD"): none on a day that is not a working day
 * (a holiday, or a weekend day that is not a 调休 working day); otherwise each opening period is filled with
 * back-to-back slots of `slotMinutes` from its start, and a trailing remainder shorter than a slot is dropped.
 * The gap between periods (the lunch break) has no slots. Instants are Beijing time whatever the machine's
 * time zone. Opening hours must be valid (see assertValidOpeningHours).
 */
export function generateSlots(
  date: string,
  openingHours: readonly OpeningHoursRange[],
  calendar: CalendarLookup,
  slotMinutes: number,
): Slot[] {
  assertSlotMinutes(slotMinutes);
  if (!isWorkingDay(date, calendar)) return [];
  assertValidOpeningHours(openingHours);
  const midnight = shanghaiInstant(date, "00:00").getTime();
  const slots: Slot[] = [];
  for (const period of openingHours) {
    const closes = minutesOfDay(period.end);
    for (let from = minutesOfDay(period.start); from + slotMinutes <= closes; from += slotMinutes) {
      slots.push({
        start: new Date(midnight + from * MS_PER_MINUTE),
        end: new Date(midnight + (from + slotMinutes) * MS_PER_MINUTE),
      });
    }
  }
  return slots;
}

/** The slot of `date` that starts exactly at `start`, or null when no generated slot does. */
export function slotOf(
  start: Date,
  date: string,
  openingHours: readonly OpeningHoursRange[],
  calendar: CalendarLookup,
  slotMinutes: number,
): Slot | null {
  const at = start.getTime();
  return generateSlots(date, openingHours, calendar, slotMinutes).find((slot) => slot.start.getTime() === at) ?? null;
}

/** True when `start` is exactly the start of one of the slots of `date`. */
export function isSlotStart(
  start: Date,
  date: string,
  openingHours: readonly OpeningHoursRange[],
  calendar: CalendarLookup,
  slotMinutes: number,
): boolean {
  return slotOf(start, date, openingHours, calendar, slotMinutes) !== null;
}
