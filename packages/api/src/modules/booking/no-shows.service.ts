import type { Database, Kysely } from "@hall/db";
import { noShowCutoff } from "@hall/domain";
import { bookingSettingsOf } from "../../shared/settings.ts";
import { markHallNoShows } from "./bookings.repository.ts";
import { listHallSettings } from "./repository.ts";

/**
 * Marks confirmed bookings whose slot ended more than the grace period ago as no-shows, with an audit row each.
 * One UPDATE per hall: safe to run from several gateway instances at once (a row changes status only once).
 */
export async function markNoShows(db: Kysely<Database>, now: Date): Promise<number> {
  let marked = 0;
  for (const hall of await listHallSettings(db)) {
    marked += await markHallNoShows(db, hall.id, noShowCutoff(now, bookingSettingsOf(hall.settings)), now);
  }
  return marked;
}
