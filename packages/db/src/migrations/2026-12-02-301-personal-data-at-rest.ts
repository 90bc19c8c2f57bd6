import { type Kysely, sql } from "kysely";

// Frozen in time: never edit a migration that has shipped; add a new one.
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's Database type
type AnyDb = Kysely<any>;

/**
 * Personal data at rest (issue #8, items 6 and 7). ID and phone numbers move from plaintext columns to
 *   <col>_enc    AES-256-GCM, "v1:<base64url>" (the key id first, for rotation),
 *   <col>_hash   HMAC-SHA256 keyed lookup hash (users only: sign-in by phone, "phone taken", one account per ID),
 *   <col>_masked what every screen shows ("138****0001"), so listing people never needs the key.
 * A migration cannot read the key, so it only adds the columns; the gateway seals the plaintext rows with the key at
 * start-up (and `migrate` does too), then clears the plaintext. From here on the plaintext columns can only be set to
 * null: a NOT VALID check applies to every row written from now on, while rows not yet sealed stay readable. A later
 * migration drops the plaintext columns once every installation has been started with this one.
 *
 * Also: how a citizen's ID number was verified (at the counter, or by a real-name service) — priority from it counts
 * only then — and one account per ID number (a unique index on its keyed hash).
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .alterTable("users")
    .addColumn("phone_enc", "text")
    .addColumn("phone_hash", "text")
    .addColumn("phone_masked", "text")
    .addColumn("id_number_enc", "text")
    .addColumn("id_number_hash", "text")
    .addColumn("id_number_masked", "text")
    .addColumn("id_verification", "text", (c) => c.check(sql`id_verification in ('counter', 'real_name_service')`))
    .addColumn("id_verified_at", "timestamptz")
    .addColumn("id_verified_by", "integer", (c) => c.references("users.id"))
    .execute();
  await sql`alter table users
    add constraint users_phone_sealed_ck check (
      (phone_enc is null) = (phone_hash is null) and (phone_enc is null) = (phone_masked is null)),
    add constraint users_id_number_sealed_ck check (
      (id_number_enc is null) = (id_number_hash is null) and (id_number_enc is null) = (id_number_masked is null)),
    add constraint users_id_verified_ck check (
      (id_verification is null) = (id_verified_at is null) and (id_verification is null or id_number_enc is not null)),
    add constraint users_phone_plain_ck check (phone is null) not valid,
    add constraint users_id_number_plain_ck check (id_number is null) not valid`.execute(db);
  await sql`create unique index users_phone_hash_uq on users (phone_hash) where phone_hash is not null`.execute(db);
  await sql`create unique index users_id_number_hash_uq on users (id_number_hash) where id_number_hash is not null`.execute(
    db,
  );

  await db.schema
    .alterTable("staff")
    .addColumn("phone_enc", "text")
    .addColumn("phone_masked", "text")
    .addColumn("id_number_enc", "text")
    .addColumn("id_number_masked", "text")
    .execute();
  await sql`alter table staff
    add constraint staff_phone_sealed_ck check ((phone_enc is null) = (phone_masked is null)),
    add constraint staff_id_number_sealed_ck check ((id_number_enc is null) = (id_number_masked is null)),
    add constraint staff_phone_plain_ck check (phone is null) not valid,
    add constraint staff_id_number_plain_ck check (id_number is null) not valid`.execute(db);

  await db.schema
    .alterTable("complaints")
    .addColumn("complainant_phone_enc", "text")
    .addColumn("complainant_phone_masked", "text")
    .execute();
  await sql`alter table complaints
    add constraint complaints_phone_sealed_ck check ((complainant_phone_enc is null) = (complainant_phone_masked is null)),
    add constraint complaints_phone_plain_ck check (complainant_phone is null) not valid`.execute(db);
}

export async function down(db: AnyDb): Promise<void> {
  // Sealed values cannot be opened here (no key): going down loses them. Only for development databases.
  await sql`alter table complaints
    drop constraint complaints_phone_plain_ck, drop constraint complaints_phone_sealed_ck,
    drop column complainant_phone_enc, drop column complainant_phone_masked`.execute(db);
  await sql`alter table staff
    drop constraint staff_phone_plain_ck, drop constraint staff_id_number_plain_ck,
    drop constraint staff_phone_sealed_ck, drop constraint staff_id_number_sealed_ck,
    drop column phone_enc, drop column phone_masked, drop column id_number_enc, drop column id_number_masked`.execute(
    db,
  );
  await sql`drop index users_phone_hash_uq`.execute(db);
  await sql`drop index users_id_number_hash_uq`.execute(db);
  await sql`alter table users
    drop constraint users_phone_plain_ck, drop constraint users_id_number_plain_ck,
    drop constraint users_id_verified_ck, drop constraint users_phone_sealed_ck, drop constraint users_id_number_sealed_ck,
    drop column phone_enc, drop column phone_hash, drop column phone_masked,
    drop column id_number_enc, drop column id_number_hash, drop column id_number_masked,
    drop column id_verification, drop column id_verified_at, drop column id_verified_by`.execute(db);
}
