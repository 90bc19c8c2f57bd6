import { type ColumnDefinitionBuilder, type Kysely, sql } from "kysely";

// Frozen in time: never edit a migration that has shipped; add a new one.
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's Database type
type AnyDb = Kysely<any>;

/**
 * The hall queue. Ticket numbers are per hall, per day, per zone prefix; a counter row per (hall, day, prefix) is
 * incremented in the transaction that inserts the ticket, so numbers are unique (a unique constraint) and gap-free
 * (a rolled-back ticket rolls its number back too).
 */
export async function up(db: AnyDb): Promise<void> {
  const id = (col: ColumnDefinitionBuilder) => col.primaryKey().generatedAlwaysAsIdentity();

  await db.schema
    .createTable("ticket_counters")
    .addColumn("hall_id", "integer", (c) => c.notNull().references("halls.id"))
    .addColumn("service_date", "date", (c) => c.notNull())
    .addColumn("prefix", "text", (c) => c.notNull())
    .addColumn("last_seq", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("ticket_counters_pk", ["hall_id", "service_date", "prefix"])
    .execute();

  await db.schema
    .createTable("tickets")
    .addColumn("id", "integer", id)
    .addColumn("hall_id", "integer", (c) => c.notNull().references("halls.id"))
    .addColumn("zone_id", "integer", (c) => c.notNull().references("zones.id"))
    .addColumn("item_id", "integer", (c) => c.references("service_items.id"))
    .addColumn("booking_id", "integer", (c) => c.unique().references("bookings.id"))
    .addColumn("citizen_id", "integer", (c) => c.references("users.id"))
    .addColumn("service_date", "date", (c) => c.notNull())
    .addColumn("prefix", "text", (c) => c.notNull())
    .addColumn("seq", "integer", (c) => c.notNull())
    .addColumn("number", "text", (c) => c.notNull())
    .addColumn("priority", "text", (c) => c.notNull().check(sql`priority in ('military','elderly','normal')`))
    .addColumn("booked_start", "timestamptz")
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("window_id", "integer", (c) => c.references("windows.id"))
    .addColumn("target_window_id", "integer", (c) => c.references("windows.id"))
    .addColumn("staff_id", "integer", (c) => c.references("staff.id"))
    .addColumn("transfer_zone_id", "integer", (c) => c.references("zones.id"))
    .addColumn("recalls", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("requeues", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("issued_at", "timestamptz", (c) => c.notNull())
    .addColumn("requeued_at", "timestamptz")
    .addColumn("called_at", "timestamptz")
    .addColumn("completed_at", "timestamptz")
    .addUniqueConstraint("tickets_number_uq", ["hall_id", "service_date", "prefix", "seq"])
    .execute();
  await db.schema
    .createIndex("tickets_queue_ix")
    .on("tickets")
    .columns(["hall_id", "service_date", "status"])
    .execute();

  // 办件: every completed ticket, what the performance app reads.
  await db.schema
    .createTable("service_records")
    .addColumn("id", "integer", id)
    .addColumn("ticket_id", "integer", (c) => c.notNull().unique().references("tickets.id"))
    .addColumn("hall_id", "integer", (c) => c.notNull().references("halls.id"))
    .addColumn("item_id", "integer", (c) => c.references("service_items.id"))
    .addColumn("window_id", "integer", (c) => c.notNull().references("windows.id"))
    .addColumn("staff_id", "integer", (c) => c.references("staff.id"))
    .addColumn("citizen_id", "integer", (c) => c.references("users.id"))
    .addColumn("outcome", "text", (c) =>
      c.notNull().check(sql`outcome in ('done','accepted','accepted_pending_materials','notice_given','refused')`),
    )
    .addColumn("missing_materials", "jsonb")
    .addColumn("notice_text", "text")
    .addColumn("due_date", "date")
    .addColumn("materials_deadline", "date")
    .addColumn("issued_at", "timestamptz", (c) => c.notNull())
    .addColumn("called_at", "timestamptz")
    .addColumn("completed_at", "timestamptz", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("service_records_hall_ix")
    .on("service_records")
    .columns(["hall_id", "completed_at"])
    .execute();

  // 办不成事: a refusal needs the window chief's approval before the citizen hears "no" (XN ch.6).
  await db.schema
    .createTable("refusal_requests")
    .addColumn("id", "integer", id)
    .addColumn("ticket_id", "integer", (c) => c.notNull().references("tickets.id"))
    .addColumn("hall_id", "integer", (c) => c.notNull().references("halls.id"))
    .addColumn("requested_by", "integer", (c) => c.notNull().references("users.id"))
    .addColumn("reason", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull().check(sql`status in ('requested','approved','denied')`))
    .addColumn("decided_by", "integer", (c) => c.references("users.id"))
    .addColumn("decision_reason", "text")
    .addColumn("requested_at", "timestamptz", (c) => c.notNull())
    .addColumn("decided_at", "timestamptz")
    .execute();
  await sql`create unique index refusal_requests_one_pending on refusal_requests (ticket_id) where status = 'requested'`.execute(
    db,
  );

  // 好差评: one rating per completed ticket.
  await db.schema
    .createTable("ratings")
    .addColumn("id", "integer", id)
    .addColumn("ticket_id", "integer", (c) => c.notNull().unique().references("tickets.id"))
    .addColumn("hall_id", "integer", (c) => c.notNull().references("halls.id"))
    .addColumn("citizen_id", "integer", (c) => c.notNull().references("users.id"))
    .addColumn("window_id", "integer", (c) => c.references("windows.id"))
    .addColumn("staff_id", "integer", (c) => c.references("staff.id"))
    .addColumn("score", "integer", (c) => c.notNull().check(sql`score between 1 and 5`))
    .addColumn("comment", "text")
    .addColumn("rated_at", "timestamptz", (c) => c.notNull())
    .execute();

  // 差评整改: a bad rating opens a case for the window chief with a due date and a follow-up call (回访).
  await db.schema
    .createTable("rectification_cases")
    .addColumn("id", "integer", id)
    .addColumn("hall_id", "integer", (c) => c.notNull().references("halls.id"))
    .addColumn("rating_id", "integer", (c) => c.notNull().unique().references("ratings.id"))
    .addColumn("status", "text", (c) => c.notNull().check(sql`status in ('open','followed_up','closed')`))
    .addColumn("due_date", "date", (c) => c.notNull())
    .addColumn("assignee_user_id", "integer", (c) => c.references("users.id"))
    .addColumn("follow_up_note", "text")
    .addColumn("followed_up_at", "timestamptz")
    .addColumn("closing_note", "text")
    .addColumn("closed_at", "timestamptz")
    .addColumn("created_at", "timestamptz", (c) => c.notNull())
    .execute();

  // 投诉: 接诉受理 → 协调办理 → 办结回复 → 备案回访, with 查实 (against a staff member) and 重大 flags.
  await db.schema
    .createTable("complaints")
    .addColumn("id", "integer", id)
    .addColumn("hall_id", "integer", (c) => c.notNull().references("halls.id"))
    .addColumn("source", "text", (c) =>
      c.notNull().check(sql`source in ('onsite','hotline_12345','find_fault_window')`),
    )
    .addColumn("content", "text", (c) => c.notNull())
    .addColumn("complainant_name", "text")
    .addColumn("complainant_phone", "text")
    .addColumn("staff_id", "integer", (c) => c.references("staff.id"))
    .addColumn("status", "text", (c) => c.notNull().check(sql`status in ('received','handling','replied','filed')`))
    .addColumn("verified", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("major", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("notes", "jsonb", (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn("created_by", "integer", (c) => c.references("users.id"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull())
    .addColumn("updated_at", "timestamptz", (c) => c.notNull())
    .execute();

  // 首问负责: the first-contact ledger (XN ch.3 §2).
  await db.schema
    .createTable("enquiries")
    .addColumn("id", "integer", id)
    .addColumn("hall_id", "integer", (c) => c.notNull().references("halls.id"))
    .addColumn("taken_by", "integer", (c) => c.notNull().references("users.id"))
    .addColumn("topic", "text", (c) => c.notNull())
    .addColumn("directed_to", "text")
    .addColumn("window_id", "integer", (c) => c.references("windows.id"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull())
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const t of ["enquiries", "complaints", "rectification_cases", "ratings", "refusal_requests"]) {
    await db.schema.dropTable(t).execute();
  }
  await db.schema.dropTable("service_records").execute();
  await db.schema.dropTable("tickets").execute();
  await db.schema.dropTable("ticket_counters").execute();
}
