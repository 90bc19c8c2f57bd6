import type { Kysely } from "kysely";
import { type Migration, type MigrationResultSet, Migrator } from "kysely/migration";
import * as foundation from "./migrations/2026-11-22-001-foundation.ts";
import * as booking from "./migrations/2026-11-22-002-booking.ts";
import * as queue from "./migrations/2026-11-22-003-queue.ts";
import type { Database } from "./schema.ts";

/** Every migration, in order. Names are ISO dates so they sort by time. */
export const migrations: Record<string, Migration> = {
  "2026-11-22-001-foundation": foundation,
  "2026-11-22-002-booking": booking,
  "2026-11-22-003-queue": queue,
};

export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
  });
  const result: MigrationResultSet = await migrator.migrateToLatest();
  if (result.error) throw result.error;
  return (result.results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
}
