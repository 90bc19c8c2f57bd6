import {
  type CalendarLookup,
  DomainError,
  type OpeningHoursRange,
  type QueueSettings,
  resolveHallSettings,
  shanghaiDate,
} from "@hall/domain";
import { hallCalendarLookup } from "../../shared/calendar.ts";
import { queueSettingsOf } from "../../shared/settings.ts";
import { type Db, hallSettingsRow } from "./repository.ts";

export interface QueueRules {
  settings: QueueSettings;
  openingHours: OpeningHoursRange[];
  calendar: CalendarLookup;
}

/** A hall's queue rules: its settings (defaults filled in), opening hours and working-day calendar for this year. */
export async function queueRules(db: Db, hallId: number, now: Date): Promise<QueueRules> {
  const hall = await hallSettingsRow(db, hallId);
  if (!hall) throw new DomainError("NOT_FOUND", "hall.not_found", { field: "hallId" });
  const year = Number(shanghaiDate(now).slice(0, 4));
  return {
    settings: queueSettingsOf(hall.settings),
    openingHours: resolveHallSettings(hall.settings as never).openingHours,
    calendar: await hallCalendarLookup(db, hallId, [year]),
  };
}
