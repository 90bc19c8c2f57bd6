import { type Kysely, sql } from "kysely";

// Frozen in time: never edit a migration that has shipped; add a new one.
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's Database type
type AnyDb = Kysely<any>;

/**
 * A retried 取号 must not issue a second ticket (#16): `tickets.idempotency_key`, sent by the client once per ticket
 * asked for, unique per hall — a repeat of the same request returns the ticket the key already got.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema.alterTable("tickets").addColumn("idempotency_key", "text").execute();
  await db.schema
    .createIndex("tickets_hall_idempotency_uq")
    .on("tickets")
    .columns(["hall_id", "idempotency_key"])
    .unique()
    .where(sql.ref("idempotency_key"), "is not", null)
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropIndex("tickets_hall_idempotency_uq").execute();
  await db.schema.alterTable("tickets").dropColumn("idempotency_key").execute();
}
