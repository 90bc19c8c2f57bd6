import { createHash, randomBytes } from "node:crypto";
import { type Database, type Kysely, sql } from "@hall/db";
import type { Role } from "@hall/domain";
import type { SessionActor } from "../../context.ts";

export const SESSION_COOKIE = "hall_session";
/** Absolute session lifetime, on the wall clock (never the hall clock). */
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

const sha256 = (token: string) => createHash("sha256").update(token).digest("base64url");

export async function createSession(
  db: Kysely<Database>,
  userId: number,
  /** Real time (ctx.wallClock), not the hall clock. */
  now: Date,
  userAgent: string | null,
): Promise<{ token: string; expiresAt: Date; maxAgeSeconds: number }> {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
  await db
    .insertInto("sessions")
    .values({ id: sha256(token), user_id: userId, created_at: now, expires_at: expiresAt, user_agent: userAgent })
    .execute();
  return { token, expiresAt, maxAgeSeconds: SESSION_TTL_MS / 1000 };
}

export async function deleteSession(db: Kysely<Database>, sessionId: string): Promise<void> {
  await db.deleteFrom("sessions").where("id", "=", sessionId).execute();
}

/** The actor behind a cookie token, or null when the token is unknown, expired or the user is disabled. One query. */
export async function resolveSession(
  db: Kysely<Database>,
  token: string | null | undefined,
  now: Date,
): Promise<SessionActor | null> {
  if (!token) return null;
  const row = await db
    .selectFrom("sessions as s")
    .innerJoin("users as u", "u.id", "s.user_id")
    .leftJoin("org_units as o", "o.id", "u.org_unit_id")
    .select((eb) => [
      "s.id as sessionId",
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
    .where("s.id", "=", sha256(token))
    .where("s.expires_at", ">", now)
    .where("u.active", "=", true)
    .executeTakeFirst();
  if (!row) return null;
  return {
    userId: row.id,
    name: row.name,
    login: row.login,
    hallId: row.hall_id,
    orgUnitId: row.org_unit_id,
    orgPath: row.path ?? null,
    roles: (row.roles ? row.roles.split(",") : []) as Role[],
    sessionId: row.sessionId,
  };
}

export async function loadActor(db: Kysely<Database>, userId: number, sessionId: string): Promise<SessionActor | null> {
  const u = await db
    .selectFrom("users as u")
    .leftJoin("org_units as o", "o.id", "u.org_unit_id")
    .select(["u.id", "u.name", "u.login", "u.hall_id", "u.org_unit_id", "o.path"])
    .where("u.id", "=", userId)
    .executeTakeFirst();
  if (!u) return null;
  const roles = await db.selectFrom("user_roles").select("role").where("user_id", "=", userId).execute();
  return {
    userId: u.id,
    name: u.name,
    login: u.login,
    hallId: u.hall_id,
    orgUnitId: u.org_unit_id,
    orgPath: u.path ?? null,
    roles: roles.map((r) => r.role as Role),
    sessionId,
  };
}
