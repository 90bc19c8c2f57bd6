import { DomainError } from "../errors/domain-error.ts";
import { isValidTimeOfDay, minutesOfDay } from "../time/shanghai-time.ts";
import { MAX_SPECIALTY_ZONES } from "./zones.ts";

/** A period the hall is open, wall-clock "HH:mm" in Asia/Shanghai. */
export interface OpeningHoursRange {
  start: string;
  end: string;
}

/** Default opening hours: 09:00–12:00 and 13:30–17:30 (SPEC "Calendar"). */
export const DEFAULT_OPENING_HOURS: readonly OpeningHoursRange[] = [
  { start: "09:00", end: "12:00" },
  { start: "13:30", end: "17:30" },
];

/** Policy settings a hall administrator can change; where the seeds are silent these are the defaults. */
export interface HallSettings {
  openingHours: OpeningHoursRange[];
  maxSpecialtyZones: number;
  loginMaxAttempts: number;
  loginWindowMinutes: number;
}

export const DEFAULT_HALL_SETTINGS: HallSettings = {
  openingHours: DEFAULT_OPENING_HOURS.map((range) => ({ ...range })),
  maxSpecialtyZones: MAX_SPECIALTY_ZONES,
  loginMaxAttempts: 5,
  loginWindowMinutes: 15,
};

/** The stored settings with defaults for whatever is missing; always a fresh object. */
export function resolveHallSettings(partial: Partial<HallSettings> | null | undefined): HallSettings {
  const openingHours = partial?.openingHours ?? DEFAULT_HALL_SETTINGS.openingHours;
  return {
    openingHours: openingHours.map((range) => ({ start: range.start, end: range.end })),
    maxSpecialtyZones: partial?.maxSpecialtyZones ?? DEFAULT_HALL_SETTINGS.maxSpecialtyZones,
    loginMaxAttempts: partial?.loginMaxAttempts ?? DEFAULT_HALL_SETTINGS.loginMaxAttempts,
    loginWindowMinutes: partial?.loginWindowMinutes ?? DEFAULT_HALL_SETTINGS.loginWindowMinutes,
  };
}

/**
 * Opening hours are at least one period of "HH:mm" times, each starting before it ends, in time order
 * and not overlapping (one may end exactly when the next starts).
 */
export function assertValidOpeningHours(ranges: readonly OpeningHoursRange[]): void {
  const invalid = () => new DomainError("BAD_REQUEST", "settings.invalid_opening_hours", { field: "openingHours" });
  if (ranges.length === 0) throw invalid();
  let previousEnd = -1;
  for (const { start, end } of ranges) {
    if (!isValidTimeOfDay(start) || !isValidTimeOfDay(end)) throw invalid();
    const from = minutesOfDay(start);
    const to = minutesOfDay(end);
    if (from >= to || from < previousEnd) throw invalid();
    previousEnd = to;
  }
}
