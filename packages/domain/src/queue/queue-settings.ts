import { DomainError } from "../errors/domain-error.ts";

/**
 * Hall-queue policy numbers a hall administrator can change (SPEC "App 1" 5–11). Durations are whole minutes or
 * whole days; the defaults are the ones the SPEC and the seeds name.
 */
export interface QueueSettings {
  /** Recalls (重呼) allowed after the first call; then the only way on is to pass (过号) the ticket. */
  maxRecalls: number;
  /** Times a passed ticket may be put back into the queue. */
  maxRequeues: number;
  /** From this age (in full years, from the ID number) a citizen is served with elderly priority. */
  elderlyAge: number;
  /** A completed ticket can be rated for this many days (× 24 hours) after completion. */
  ratingWindowDays: number;
  /** A rating at or below this score is a bad rating (差评) and opens a rectification case. */
  badRatingMax: number;
  /** A rectification case (差评整改) is due this many working days after the rating. */
  badRatingCaseDays: number;
  /**
   * Missing materials of a 容缺受理 case are due this many working days after acceptance. The seeds (ZC 第十七条)
   * only say the deadline is told on the spot; 5 working days is this platform's default, not a regulation.
   */
  pendingMaterialsDays: number;
  /** Check-in of a booking opens this many minutes before its slot starts. */
  checkInEarlyMinutes: number;
  /** Check-in of a booking closes this many minutes after its slot ends (then the booking is a no-show). */
  checkInLateMinutes: number;
}

export const DEFAULT_QUEUE_SETTINGS: Readonly<QueueSettings> = Object.freeze({
  maxRecalls: 3,
  maxRequeues: 1,
  elderlyAge: 60,
  ratingWindowDays: 7,
  badRatingMax: 2,
  badRatingCaseDays: 15,
  pendingMaterialsDays: 5,
  checkInEarlyMinutes: 30,
  checkInLateMinutes: 15,
});

const SETTING_NAMES = Object.keys(DEFAULT_QUEUE_SETTINGS) as (keyof QueueSettings)[];

/** The smallest allowed value of each setting. */
const MINIMUM: Record<keyof QueueSettings, number> = {
  maxRecalls: 0,
  maxRequeues: 0,
  elderlyAge: 1,
  ratingWindowDays: 1,
  badRatingMax: 0,
  badRatingCaseDays: 0,
  pendingMaterialsDays: 1,
  checkInEarlyMinutes: 0,
  checkInLateMinutes: 0,
};

/** The largest allowed value of each setting, where there is one (a score is 1–5, an age below 150). */
const MAXIMUM: Partial<Record<keyof QueueSettings, number>> = {
  elderlyAge: 150,
  badRatingMax: 4,
};

/** The stored queue settings with defaults for whatever is missing (or null); always a fresh object. */
export function resolveQueueSettings(partial: Partial<QueueSettings> | null | undefined): QueueSettings {
  const settings = { ...DEFAULT_QUEUE_SETTINGS };
  for (const name of SETTING_NAMES) {
    const value = partial?.[name];
    if (value !== undefined && value !== null) settings[name] = value;
  }
  return settings;
}

/**
 * Every queue setting is a whole number within its bounds: recall and re-queue limits, the bad-rating score and
 * the case days may be 0; the rating window and the 容缺 deadline need at least 1 day; the elderly age is 1–150 and
 * the bad-rating score at most 4 (so a 5 is never bad). Throws BAD_REQUEST `settings.invalid_queue_setting`
 * (below the minimum or not whole) or `settings.queue_setting_too_large`, naming the first bad setting as the field.
 */
export function assertValidQueueSettings(settings: QueueSettings): void {
  for (const name of SETTING_NAMES) {
    const value = settings[name];
    const min = MINIMUM[name];
    const max = MAXIMUM[name];
    if (!Number.isInteger(value) || value < min) {
      throw new DomainError("BAD_REQUEST", "settings.invalid_queue_setting", { field: name, params: { min } });
    }
    if (max !== undefined && value > max) {
      throw new DomainError("BAD_REQUEST", "settings.queue_setting_too_large", { field: name, params: { max } });
    }
  }
}
