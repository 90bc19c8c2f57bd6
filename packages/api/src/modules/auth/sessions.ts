import { createHash, randomBytes } from "node:crypto";
import type { Database, Kysely } from "@hall/db";
import type { Role } from "@hall/domain";
import type { SessionActor } from "../../context.ts";
import {
  deleteSessionRow,
  findLiveSession,
  findUserWithOrg,
  insertSession,
  rolesOf,
  touchSession,
} from "./sessions.repository.ts";

/** The session cookie over plain HTTP (development, the embedded demo). */
export const SESSION_COOKIE = "hall_session";
/**
 * The session cookie over HTTPS: the `__Host-` prefix makes the browser insist on Secure, Path=/ and no Domain, so
 * neither a sibling subdomain nor a plain-HTTP response can plant or overwrite it.
 */
export const SECURE_SESSION_COOKIE = "__Host-hall_session";
/** Which cookie carries the session: the `__Host-` one whenever the request came over HTTPS. */
export const sessionCookieName = (secure: boolean) => (secure ? SECURE_SESSION_COOKIE : SESSION_COOKIE);
/** Absolute session lifetime, on the wall clock (never the hall clock). */
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;
/** A session unused this long ends (SESSION_IDLE_MINUTES in the gateway), however long its absolute lifetime. */
export const SESSION_IDLE_MS = 120 * 60 * 1000;
/** `last_seen_at` is written at most this often per session, not on every request. */
export const SESSION_TOUCH_MS = 60 * 1000;

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
  await insertSession(db, { id: sha256(token), userId, createdAt: now, expiresAt, userAgent });
  return { token, expiresAt, maxAgeSeconds: SESSION_TTL_MS / 1000 };
}

export async function deleteSession(db: Kysely<Database>, sessionId: string): Promise<void> {
  await deleteSessionRow(db, sessionId);
}

/**
 * The actor behind a cookie token, or null when the token is unknown, past its absolute lifetime, idle for longer than
 * `idleMs`, or the user is disabled. One query; a second one (at most once a minute per session) records the activity.
 * `now` is real time (ctx.wallClock), never the hall clock.
 */
export async function resolveSession(
  db: Kysely<Database>,
  token: string | null | undefined,
  now: Date,
  opts: { idleMs?: number } = {},
): Promise<SessionActor | null> {
  if (!token) return null;
  const idleSince = new Date(now.getTime() - (opts.idleMs ?? SESSION_IDLE_MS));
  const row = await findLiveSession(db, sha256(token), now, idleSince);
  if (!row) return null;
  if (now.getTime() - row.last_seen_at.getTime() >= SESSION_TOUCH_MS) await touchSession(db, row.sessionId, now);
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
  const u = await findUserWithOrg(db, userId);
  if (!u) return null;
  return {
    userId: u.id,
    name: u.name,
    login: u.login,
    hallId: u.hall_id,
    orgUnitId: u.org_unit_id,
    orgPath: u.path ?? null,
    roles: (await rolesOf(db, userId)) as Role[],
    sessionId,
  };
}
