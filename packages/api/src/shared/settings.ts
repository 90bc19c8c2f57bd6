import {
  type BookingSettings,
  type QueueSettings,
  resolveBookingSettings,
  resolveHallSettings,
  resolveQueueSettings,
} from "@hall/domain";

/** What `halls.settings` (jsonb) holds: only what an admin changed; the domain fills in the defaults. */
export type StoredSettings = {
  booking?: Partial<BookingSettings>;
  queue?: Partial<QueueSettings>;
} & Record<string, unknown>;

const stored = (settings: unknown): StoredSettings => (settings ?? {}) as StoredSettings;

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
  return { ...resolveHallSettings(stored(settings) as never), booking: bookingSettingsOf(settings) };
}
