import { type ColumnDefinitionBuilder, type Kysely, sql } from "kysely";

// Frozen in time: never edit a migration that has shipped; add a new one.
// Migrations take Kysely<any> on purpose: they must not depend on today's Database type (kysely's convention).
// biome-ignore lint/suspicious/noExplicitAny: see above
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  const id = (col: ColumnDefinitionBuilder) => col.primaryKey().generatedAlwaysAsIdentity();

  await db.schema
    .createTable("org_units")
    // by default (not always): the path needs the id before the insert, taken with nextval().
    .addColumn("id", "integer", (c) => c.primaryKey().generatedByDefaultAsIdentity())
    .addColumn("parent_id", "integer", (c) => c.references("org_units.id"))
    .addColumn("level", "text", (c) =>
      c.notNull().check(sql`level in ('province','city','county','township','village')`),
    )
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("code", "text")
    .addColumn("path", "text", (c) => c.notNull().unique())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable("halls")
    .addColumn("id", "integer", id)
    .addColumn("org_unit_id", "integer", (c) => c.notNull().references("org_units.id"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("address", "text")
    .addColumn("phone", "text")
    .addColumn("settings", "jsonb", (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint("halls_org_name_uq", ["org_unit_id", "name"])
    .execute();

  await db.schema
    .createTable("zones")
    .addColumn("id", "integer", id)
    .addColumn("hall_id", "integer", (c) => c.notNull().references("halls.id"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("prefix", "text", (c) => c.notNull().check(sql`prefix ~ '^[A-Z]$'`))
    .addColumn("sort", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("active", "boolean", (c) => c.notNull().defaultTo(true))
    .addUniqueConstraint("zones_hall_name_uq", ["hall_id", "name"])
    .addUniqueConstraint("zones_hall_prefix_uq", ["hall_id", "prefix"])
    .execute();

  await db.schema
    .createTable("staff_groups")
    .addColumn("id", "integer", id)
    .addColumn("hall_id", "integer", (c) => c.notNull().references("halls.id"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("leader_staff_id", "integer")
    .addUniqueConstraint("staff_groups_hall_name_uq", ["hall_id", "name"])
    .execute();

  await db.schema
    .createTable("users")
    .addColumn("id", "integer", id)
    .addColumn("login", "text", (c) => c.notNull().unique())
    .addColumn("password_hash", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("phone", "text")
    .addColumn("id_number", "text")
    .addColumn("org_unit_id", "integer", (c) => c.references("org_units.id"))
    .addColumn("hall_id", "integer", (c) => c.references("halls.id"))
    .addColumn("active", "boolean", (c) => c.notNull().defaultTo(true))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create unique index users_phone_uq on users (phone) where phone is not null`.execute(db);

  await db.schema
    .createTable("user_roles")
    .addColumn("user_id", "integer", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("role", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("user_roles_pk", ["user_id", "role"])
    .execute();

  await db.schema
    .createTable("staff")
    .addColumn("id", "integer", id)
    .addColumn("hall_id", "integer", (c) => c.notNull().references("halls.id"))
    .addColumn("user_id", "integer", (c) => c.unique().references("users.id"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("employee_no", "text", (c) => c.notNull())
    .addColumn("employment_type", "text", (c) =>
      c.notNull().check(sql`employment_type in ('civil_servant','dispatched','seconded')`),
    )
    .addColumn("party_member", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("group_id", "integer", (c) => c.references("staff_groups.id"))
    .addColumn("certificate_level", "integer", (c) => c.check(sql`certificate_level between 1 and 5`))
    .addColumn("certificate_no", "text")
    .addColumn("certificate_date", "date")
    .addColumn("hired_on", "date")
    .addColumn("phone", "text")
    .addColumn("id_number", "text")
    .addColumn("active", "boolean", (c) => c.notNull().defaultTo(true))
    .addUniqueConstraint("staff_hall_no_uq", ["hall_id", "employee_no"])
    .execute();
  await db.schema
    .alterTable("staff_groups")
    .addForeignKeyConstraint("staff_groups_leader_fk", ["leader_staff_id"], "staff", ["id"])
    .execute();

  await db.schema
    .createTable("service_items")
    .addColumn("id", "integer", id)
    .addColumn("hall_id", "integer", (c) => c.notNull().references("halls.id"))
    .addColumn("zone_id", "integer", (c) => c.references("zones.id"))
    .addColumn("code", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("department", "text", (c) => c.notNull())
    .addColumn("legal_basis", "text")
    .addColumn("conditions", "text")
    .addColumn("promised_days", "integer", (c) => c.notNull().check(sql`promised_days >= 0`))
    .addColumn("instant", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("bookable", "boolean", (c) => c.notNull().defaultTo(true))
    .addColumn("online", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("avg_handling_minutes", "integer", (c) => c.notNull().defaultTo(15).check(sql`avg_handling_minutes > 0`))
    .addColumn("theme", "text")
    .addColumn("active", "boolean", (c) => c.notNull().defaultTo(true))
    .addUniqueConstraint("service_items_hall_code_uq", ["hall_id", "code"])
    .execute();

  await db.schema
    .createTable("service_item_materials")
    .addColumn("id", "integer", id)
    .addColumn("item_id", "integer", (c) => c.notNull().references("service_items.id").onDelete("cascade"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("copies", "integer", (c) => c.notNull().defaultTo(1).check(sql`copies > 0`))
    .addColumn("original_required", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("waivable", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("note", "text")
    .addColumn("sort", "integer", (c) => c.notNull().defaultTo(0))
    .execute();

  await db.schema
    .createTable("windows")
    .addColumn("id", "integer", id)
    .addColumn("hall_id", "integer", (c) => c.notNull().references("halls.id"))
    .addColumn("zone_id", "integer", (c) => c.notNull().references("zones.id"))
    .addColumn("number", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("type", "text", (c) => c.notNull())
    .addColumn("item_id", "integer", (c) => c.references("service_items.id"))
    .addColumn("active", "boolean", (c) => c.notNull().defaultTo(true))
    .addUniqueConstraint("windows_hall_number_uq", ["hall_id", "number"])
    .execute();

  await db.schema
    .createTable("window_posts")
    .addColumn("window_id", "integer", (c) => c.notNull().references("windows.id").onDelete("cascade"))
    .addColumn("position", "text", (c) => c.notNull().check(sql`position in ('A','B')`))
    .addColumn("staff_id", "integer", (c) => c.notNull().references("staff.id"))
    .addPrimaryKeyConstraint("window_posts_pk", ["window_id", "position"])
    .execute();

  await db.schema
    .createTable("calendar_overrides")
    .addColumn("hall_id", "integer", (c) => c.notNull().references("halls.id"))
    .addColumn("date", "date", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull().check(sql`kind in ('holiday','workday')`))
    .addColumn("name", "text")
    .addPrimaryKeyConstraint("calendar_overrides_pk", ["hall_id", "date"])
    .execute();

  await db.schema
    .createTable("sessions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "integer", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull())
    .addColumn("expires_at", "timestamptz", (c) => c.notNull())
    .addColumn("user_agent", "text")
    .execute();

  await db.schema
    .createTable("login_attempts")
    .addColumn("id", "integer", id)
    .addColumn("login", "text", (c) => c.notNull())
    .addColumn("ip", "text")
    .addColumn("at", "timestamptz", (c) => c.notNull())
    .addColumn("success", "boolean", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("login_attempts_login_at_ix").on("login_attempts").columns(["login", "at"]).execute();

  await db.schema
    .createTable("audit_log")
    .addColumn("id", "integer", id)
    .addColumn("at", "timestamptz", (c) => c.notNull())
    .addColumn("actor_user_id", "integer", (c) => c.references("users.id"))
    .addColumn("hall_id", "integer", (c) => c.references("halls.id"))
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("entity", "text", (c) => c.notNull())
    .addColumn("entity_id", "text")
    .addColumn("before", "jsonb")
    .addColumn("after", "jsonb")
    .addColumn("ip", "text")
    .execute();
  await db.schema.createIndex("audit_log_hall_at_ix").on("audit_log").columns(["hall_id", "at"]).execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const t of [
    "audit_log",
    "login_attempts",
    "sessions",
    "calendar_overrides",
    "window_posts",
    "windows",
    "service_item_materials",
    "service_items",
  ]) {
    await db.schema.dropTable(t).execute();
  }
  await db.schema.alterTable("staff_groups").dropConstraint("staff_groups_leader_fk").execute();
  for (const t of ["staff", "user_roles", "users", "staff_groups", "zones", "halls", "org_units"]) {
    await db.schema.dropTable(t).execute();
  }
}
