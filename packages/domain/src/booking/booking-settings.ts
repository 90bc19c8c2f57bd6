import { DomainError } from "../errors/domain-error.ts";

/**
 * Booking policy numbers a hall administrator can change (SPEC "App 1" 2–5). Durations are whole minutes or
 * whole days; the defaults are the ones the SPEC names.
 */
export interface BookingSettings {
  /** Length of a bookable slot. */
  slotMinutes: number;
  /** A slot can be booked until this many minutes before it starts. */
  minLeadMinutes: number;
  /** A slot can be booked at most this many calendar days ahead (today + n is the last bookable day). */
  maxDaysAhead: number;
  /** Active bookings a citizen may hold for one item on one day. */
  maxActivePerItemPerDay: number;
  /** Active future bookings a citizen may hold in all. */
  maxActiveFuture: number;
  /** A booking can be cancelled until this many minutes before its slot starts. */
  cancelDeadlineMinutes: number;
  /** A booking not checked in by slot end + this many minutes is a no-show. */
  noShowGraceMinutes: number;
  /** This many no-shows … */
  noShowLimit: number;
  /** … within this many calendar days … */
  noShowWindowDays: number;
  /** … suspend booking for this many days. */
  suspensionDays: number;
  /** Check-in opens this many minutes before slot start. */
  checkInEarlyMinutes: number;
}

export const DEFAULT_BOOKING_SETTINGS: Readonly<BookingSettings> = Object.freeze({
  slotMinutes: 30,
  minLeadMinutes: 60,
  maxDaysAhead: 14,
  maxActivePerItemPerDay: 1,
  maxActiveFuture: 3,
  cancelDeadlineMinutes: 30,
  noShowGraceMinutes: 15,
  noShowLimit: 3,
  noShowWindowDays: 90,
  suspensionDays: 30,
  checkInEarlyMinutes: 30,
});

const SETTING_NAMES = Object.keys(DEFAULT_BOOKING_SETTINGS) as (keyof BookingSettings)[];

/** The smallest allowed value of each setting: counts, windows and slot length need at least 1. */
const MINIMUM: Record<keyof BookingSettings, number> = {
  slotMinutes: 1,
  minLeadMinutes: 0,
  maxDaysAhead: 0,
  maxActivePerItemPerDay: 1,
  maxActiveFuture: 1,
  cancelDeadlineMinutes: 0,
  noShowGraceMinutes: 0,
  noShowLimit: 1,
  noShowWindowDays: 1,
  suspensionDays: 1,
  checkInEarlyMinutes: 0,
};

/** The stored booking settings with defaults for whatever is missing (or null); always a fresh object. */
export function resolveBookingSettings(partial: Partial<BookingSettings> | null | undefined): BookingSettings {
  const settings = { ...DEFAULT_BOOKING_SETTINGS };
  for (const name of SETTING_NAMES) {
    const value = partial?.[name];
    if (value !== undefined && value !== null) settings[name] = value;
  }
  return settings;
}

/**
 * Every booking setting is a whole number at or above its minimum (a slot at least 1 minute, caps and the
 * no-show limit at least 1, lead times and grace periods may be 0). Throws BAD_REQUEST
 * `settings.invalid_booking_setting` naming the first bad setting as the field.
 */
export function assertValidBookingSettings(settings: BookingSettings): void {
  for (const name of SETTING_NAMES) {
    const value = settings[name];
    if (!Number.isInteger(value) || value < MINIMUM[name]) {
      throw new DomainError("BAD_REQUEST", "settings.invalid_booking_setting", {
        field: name,
        params: { min: MINIMUM[name] },
      });
    }
  }
}
