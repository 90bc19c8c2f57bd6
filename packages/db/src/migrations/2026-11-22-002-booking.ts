import { type ColumnDefinitionBuilder, type Kysely, sql } from "kysely";

// Frozen in time: never edit a migration that has shipped; add a new one.
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's Database type
type AnyDb = Kysely<any>;

/**
 * Booking. Overbooking is impossible by construction: a slot row carries `capacity` and `booked`, a CHECK keeps
 * 0 ≤ booked ≤ capacity, and a booking takes a seat with `UPDATE … SET booked = booked + 1 WHERE booked < capacity`
 * inside the transaction that inserts it (the row lock serialises concurrent bookings of one slot).
 */
export async function up(db: AnyDb): Promise<void> {
  const id = (col: ColumnDefinitionBuilder) => col.primaryKey().generatedAlwaysAsIdentity();

  await db.schema
    .createTable("booking_slots")
    .addColumn("id", "integer", id)
    .addColumn("hall_id", "integer", (c) => c.notNull().references("halls.id"))
    .addColumn("item_id", "integer", (c) => c.notNull().references("service_items.id"))
    .addColumn("start_at", "timestamptz", (c) => c.notNull())
    .addColumn("end_at", "timestamptz", (c) => c.notNull())
    .addColumn("capacity", "integer", (c) => c.notNull())
    .addColumn("booked", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("capacity_override", "integer", (c) => c.check(sql`capacity_override >= 0`))
    .addUniqueConstraint("booking_slots_item_start_uq", ["item_id", "start_at"])
    .addCheckConstraint("booking_slots_booked_within_capacity", sql`booked >= 0 and booked <= capacity`)
    .execute();
  await db.schema
    .createIndex("booking_slots_hall_start_ix")
    .on("booking_slots")
    .columns(["hall_id", "start_at"])
    .execute();

  await db.schema
    .createTable("bookings")
    .addColumn("id", "integer", id)
    .addColumn("hall_id", "integer", (c) => c.notNull().references("halls.id"))
    .addColumn("item_id", "integer", (c) => c.notNull().references("service_items.id"))
    .addColumn("slot_id", "integer", (c) => c.notNull().references("booking_slots.id"))
    .addColumn("citizen_id", "integer", (c) => c.notNull().references("users.id"))
    .addColumn("start_at", "timestamptz", (c) => c.notNull())
    .addColumn("end_at", "timestamptz", (c) => c.notNull())
    .addColumn("status", "text", (c) =>
      c.notNull().check(sql`status in ('confirmed','cancelled','checked_in','no_show','completed')`),
    )
    .addColumn("code", "text", (c) => c.notNull().unique())
    .addColumn("idempotency_key", "text")
    .addColumn("materials_confirmed_at", "timestamptz", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull())
    .addColumn("cancelled_at", "timestamptz")
    .addColumn("checked_in_at", "timestamptz")
    .addColumn("no_show_at", "timestamptz")
    .addColumn("completed_at", "timestamptz")
    .addUniqueConstraint("bookings_citizen_idempotency_uq", ["citizen_id", "idempotency_key"])
    .execute();
  await db.schema
    .createIndex("bookings_citizen_ix")
    .on("bookings")
    .columns(["citizen_id", "status", "start_at"])
    .execute();
  await db.schema.createIndex("bookings_hall_start_ix").on("bookings").columns(["hall_id", "start_at"]).execute();
  await sql`create index bookings_confirmed_end_ix on bookings (end_at) where status = 'confirmed'`.execute(db);
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable("bookings").execute();
  await db.schema.dropTable("booking_slots").execute();
}
