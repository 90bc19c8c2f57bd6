import { type Kysely, sql } from "kysely";
import { type Migration, type MigrationResultSet, Migrator } from "kysely/migration";
import * as foundation from "./migrations/2026-11-22-001-foundation.ts";
import * as booking from "./migrations/2026-11-22-002-booking.ts";
import * as queue from "./migrations/2026-11-22-003-queue.ts";
import * as ticketIdempotency from "./migrations/2026-12-02-101-ticket-idempotency.ts";
import * as authHardening from "./migrations/2026-12-02-201-auth-hardening.ts";
import * as personalDataAtRest from "./migrations/2026-12-02-301-personal-data-at-rest.ts";
import * as orgCalendar from "./migrations/2026-12-02-501-org-calendar.ts";
import type { Database } from "./schema/index.ts";

/** Every migration, in order. Names are ISO dates so they sort by time. */
export const migrations: Record<string, Migration> = {
  "2026-11-22-001-foundation": foundation,
  "2026-11-22-002-booking": booking,
  "2026-11-22-003-queue": queue,
  "2026-12-02-101-ticket-idempotency": ticketIdempotency,
  "2026-12-02-201-auth-hardening": authHardening,
  "2026-12-02-301-personal-data-at-rest": personalDataAtRest,
  "2026-12-02-501-org-calendar": orgCalendar,
};

export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  // Name the schema of the migration tables explicitly: the Migrator looks for them across every schema, so a
  // kysely_migration table of another schema in the same database would otherwise be taken for ours.
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    migrationTableSchema: rows[0]?.schema ?? "public",
  });
  const result: MigrationResultSet = await migrator.migrateToLatest();
  if (result.error) throw result.error;
  return (result.results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
}
