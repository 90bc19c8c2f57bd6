import { type Kysely, sql } from "kysely";

// Frozen in time: never edit a migration that has shipped; add a new one.
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's Database type
type AnyDb = Kysely<any>;

/**
 * Org-level calendar layers (issue #8, layout item 3): a province or city enters next year's national holiday
 * schedule once, before the `chinese-days` package ships it; every hall below that org unit (by org path) inherits
 * it. Layers apply root → leaf, and a hall's own `calendar_overrides` stay on top.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable("org_calendar_overrides")
    .addColumn("org_unit_id", "integer", (c) => c.notNull().references("org_units.id"))
    .addColumn("date", "date", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull().check(sql`kind in ('holiday','workday')`))
    .addColumn("name", "text")
    .addPrimaryKeyConstraint("org_calendar_overrides_pk", ["org_unit_id", "date"])
    .execute();
  // The hall calendar reads a date range of every org unit on a hall's path.
  await db.schema.createIndex("org_calendar_overrides_date_idx").on("org_calendar_overrides").column("date").execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable("org_calendar_overrides").execute();
}
