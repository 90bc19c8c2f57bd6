import {
  assertValidBookingSettings,
  assertValidOpeningHours,
  type BookingSettings,
  type HallSettings,
  type QueueSettings,
  resolveBookingSettings,
  resolveHallSettings,
  resolveQueueSettings,
} from "@hall/domain";

/**
 * The one place where a hall's stored settings (`halls.settings`, jsonb) are read and written. Everything else asks
 * for the resolved rules here; the domain fills in the defaults and validates.
 */

/** What `halls.settings` holds: only what an admin changed. */
export type StoredSettings = Partial<Omit<HallSettings, "booking">> & {
  booking?: Partial<BookingSettings>;
  queue?: Partial<QueueSettings>;
} & Record<string, unknown>;

const stored = (settings: unknown): StoredSettings =>
  settings && typeof settings === "object" && !Array.isArray(settings) ? (settings as StoredSettings) : {};

/** A hall's own rules (opening hours, the specialty-zone ceiling, sign-in limits) with every default filled in. */
export function hallRulesOf(settings: unknown): HallSettings {
  return resolveHallSettings(stored(settings));
}

/** A hall's booking rules with every default filled in. */
export function bookingSettingsOf(settings: unknown): BookingSettings {
  return resolveBookingSettings(stored(settings).booking);
}

/**
 * A hall's queue rules. The check-in window is one setting, kept with the booking rules (the no-show job uses the
 * same numbers), so check-in and no-show marking can never disagree.
 */
export function queueSettingsOf(settings: unknown): QueueSettings {
  const booking = bookingSettingsOf(settings);
  return {
    ...resolveQueueSettings(stored(settings).queue),
    checkInEarlyMinutes: booking.checkInEarlyMinutes,
    checkInLateMinutes: booking.noShowGraceMinutes,
  };
}

/** A hall's settings with every default filled in (hall rules and booking rules), as the API returns them. */
export function hallSettingsOf(settings: unknown) {
  return { ...hallRulesOf(settings), booking: bookingSettingsOf(settings) };
}

/**
 * The stored settings after an admin's change: the change merged over what was stored (booking rules merged field
 * by field), validated by the domain (opening hours, booking rules). Throws before anything is written.
 */
export function mergeHallSettings(
  current: unknown,
  change: Partial<Pick<HallSettings, "openingHours" | "maxSpecialtyZones">> & { booking?: Partial<BookingSettings> },
): StoredSettings {
  if (change.openingHours) assertValidOpeningHours(change.openingHours);
  const before = stored(current);
  const merged: StoredSettings = { ...before, ...change, booking: { ...before.booking, ...change.booking } };
  assertValidBookingSettings(resolveBookingSettings(merged.booking));
  return merged;
}
