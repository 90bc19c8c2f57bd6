import { type Kysely, sql } from "kysely";

// Frozen in time: never edit a migration that has shipped; add a new one.
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's Database type
type AnyDb = Kysely<any>;

/**
 * Security hardening (#8):
 * - `auth_throttle`: one counter row per throttle key (client address, login × client, login, registrations per
 *   client), updated under a row lock so concurrent sign-in attempts are counted one after another. Replaces
 *   `login_attempts`, whose check-then-insert let concurrent guesses through (failed sign-ins are in the audit log).
 * - `sessions.last_seen_at`: the idle timeout.
 * - `audit_log.org_unit_id`: org-level changes, shown to the admins of that org.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable("auth_throttle")
    .addColumn("key", "text", (c) => c.primaryKey())
    .addColumn("count", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("window_start", "timestamptz")
    .addColumn("blocked_until", "timestamptz")
    .addColumn("last_at", "timestamptz")
    .addColumn("last_success_at", "timestamptz")
    .execute();
  await db.schema.createIndex("auth_throttle_last_at_ix").on("auth_throttle").column("last_at").execute();

  await db.schema.dropTable("login_attempts").execute();

  await db.schema.alterTable("sessions").addColumn("last_seen_at", "timestamptz").execute();
  await sql`update sessions set last_seen_at = created_at`.execute(db);
  await db.schema
    .alterTable("sessions")
    .alterColumn("last_seen_at", (c) => c.setNotNull())
    .execute();

  await db.schema
    .alterTable("audit_log")
    .addColumn("org_unit_id", "integer", (c) => c.references("org_units.id"))
    .execute();
  await sql`update audit_log set org_unit_id = entity_id::integer
            where entity = 'org_unit' and hall_id is null and entity_id ~ '^[0-9]{1,9}$'`.execute(db);
  await db.schema.createIndex("audit_log_org_at_ix").on("audit_log").columns(["org_unit_id", "at"]).execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropIndex("audit_log_org_at_ix").execute();
  await db.schema.alterTable("audit_log").dropColumn("org_unit_id").execute();
  await db.schema.alterTable("sessions").dropColumn("last_seen_at").execute();
  await db.schema
    .createTable("login_attempts")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("login", "text", (c) => c.notNull())
    .addColumn("ip", "text")
    .addColumn("at", "timestamptz", (c) => c.notNull())
    .addColumn("success", "boolean", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("login_attempts_login_at_ix").on("login_attempts").columns(["login", "at"]).execute();
  await db.schema.dropTable("auth_throttle").execute();
}
