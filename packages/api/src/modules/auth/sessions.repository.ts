import { type Database, type Kysely, sql } from "@hall/db";

/** The rows of `sessions` (and the user behind one). Session ids are the SHA-256 of the cookie token. */

type Db = Kysely<Database>;

export async function insertSession(
  db: Db,
  s: { id: string; userId: number; createdAt: Date; expiresAt: Date; userAgent: string | null },
): Promise<void> {
  await db
    .insertInto("sessions")
    .values({
      id: s.id,
      user_id: s.userId,
      created_at: s.createdAt,
      expires_at: s.expiresAt,
      last_seen_at: s.createdAt,
      user_agent: s.userAgent,
    })
    .execute();
}

export async function deleteSessionRow(db: Db, id: string): Promise<void> {
  await db.deleteFrom("sessions").where("id", "=", id).execute();
}

export async function deleteExpiredSessions(db: Db, now: Date): Promise<void> {
  await db.deleteFrom("sessions").where("expires_at", "<", now).execute();
}

/** A live session (within its lifetime, used since `idleSince`, its user active) and its user, roles and org path. */
export async function findLiveSession(db: Db, id: string, now: Date, idleSince: Date) {
  return db
    .selectFrom("sessions as s")
    .innerJoin("users as u", "u.id", "s.user_id")
    .leftJoin("org_units as o", "o.id", "u.org_unit_id")
    .select((eb) => [
      "s.id as sessionId",
      "s.last_seen_at",
      "u.id",
      "u.name",
      "u.login",
      "u.hall_id",
      "u.org_unit_id",
      "o.path",
      eb
        .selectFrom("user_roles as r")
        .select(sql<string>`string_agg(r.role, ',' order by r.role)`.as("roles"))
        .whereRef("r.user_id", "=", "u.id")
        .as("roles"),
    ])
    .where("s.id", "=", id)
    .where("s.expires_at", ">", now)
    .where("s.last_seen_at", ">", idleSince)
    .where("u.active", "=", true)
    .executeTakeFirst();
}

/** Records activity; only forward, so a request that started earlier cannot move it back. */
export async function touchSession(db: Db, id: string, now: Date): Promise<void> {
  await db
    .updateTable("sessions")
    .set({ last_seen_at: now })
    .where("id", "=", id)
    .where("last_seen_at", "<", now)
    .execute();
}

export async function findUserWithOrg(db: Db, userId: number) {
  return db
    .selectFrom("users as u")
    .leftJoin("org_units as o", "o.id", "u.org_unit_id")
    .select(["u.id", "u.name", "u.login", "u.hall_id", "u.org_unit_id", "o.path"])
    .where("u.id", "=", userId)
    .executeTakeFirst();
}

export async function rolesOf(db: Db, userId: number): Promise<string[]> {
  const rows = await db.selectFrom("user_roles").select("role").where("user_id", "=", userId).execute();
  return rows.map((r) => r.role);
}

/** What `auth.me` shows beside the session: the masked numbers, the ID verification, the hall's and org's names. */
export async function findAccountDetails(db: Db, userId: number) {
  return db
    .selectFrom("users as u")
    .leftJoin("halls as h", "h.id", "u.hall_id")
    .leftJoin("org_units as o", "o.id", "u.org_unit_id")
    .select([
      "u.phone_masked",
      "u.id_number_masked",
      "u.id_verification",
      "h.name as hallName",
      "o.name as orgUnitName",
    ])
    .where("u.id", "=", userId)
    .executeTakeFirstOrThrow();
}
