import { DomainError } from "@hall/domain";
import type { Context } from "../../context.ts";
import { audit } from "../../shared/audit.ts";
import { loginCandidates, unknownLoginKey } from "../../shared/personal-data.ts";
import { dummyHash, hashPassword, needsRehash, verifyPassword } from "./passwords.ts";
import { deleteExpiredSessions } from "./sessions.repository.ts";
import { createSession, deleteSession } from "./sessions.ts";
import { findAccountForSignIn, replacePasswordHash } from "./sign-in.repository.ts";
import { admitSignIn, pruneThrottle } from "./throttle.ts";

/** Where a row about this person shows in `audit.list`: their hall, else (org-level staff) their org unit. */
const placeOf = (u: { hall_id: number | null; org_unit_id: number | null } | undefined) => ({
  hallId: u?.hall_id ?? null,
  orgUnitId: u?.hall_id ? null : (u?.org_unit_id ?? null),
});

/**
 * Signs a person in: throttled (counted before the password is checked; see throttle.ts), the password checked in
 * constant work whether or not the login exists, an old hash upgraded, a session started; the sign-in — or the failed
 * attempt — audited with the client's address, never with the password.
 */
export async function signIn(ctx: Context, input: { login: string; password: string }) {
  // A citizen types their phone; their login is its keyed hash (shared/personal-data.ts).
  const user = await findAccountForSignIn(ctx.db, loginCandidates(ctx.pii, input.login), input.login);
  // An existing account is counted by its id, however its login was typed; an unknown one by the login as typed.
  const attempt = await admitSignIn(ctx, user ? `#${user.id}` : `=${unknownLoginKey(ctx.pii, input.login)}`);
  const ok = await verifyPassword(input.password, user?.password_hash ?? (await dummyHash()));
  if (!user || !ok || !user.active) {
    await audit(
      ctx.db,
      { ...ctx, actor: null },
      {
        action: "auth.login_failed",
        entity: "user",
        entityId: user?.id ?? null,
        ...placeOf(user),
        // Never the password, nor an unknown login as typed (it may be a password typed into the wrong field).
        after: { reason: !user ? "unknown_login" : ok ? "inactive" : "wrong_password" },
      },
    );
    throw new DomainError("UNAUTHORIZED", "auth.invalid_credentials", { field: "password" });
  }
  await attempt.succeeded();
  // Made with older (cheaper) parameters: redo it now that the password is at hand.
  if (needsRehash(user.password_hash)) {
    await replacePasswordHash(ctx.db, user.id, user.password_hash, await hashPassword(input.password));
  }
  // Housekeeping on the way: forgotten throttle counters and everyone's expired sessions.
  const now = ctx.wallClock.now();
  await pruneThrottle(ctx.db, now);
  await deleteExpiredSessions(ctx.db, now);
  const { token, maxAgeSeconds } = await createSession(ctx.db, user.id, now, ctx.userAgent);
  ctx.cookies.setSession(token, maxAgeSeconds);
  await audit(ctx.db, ctx, {
    action: "auth.login",
    entity: "user",
    entityId: user.id,
    ...placeOf(user),
    actorUserId: user.id,
  });
  return { id: user.id, name: user.name };
}

/** Ends the caller's session (audited) and clears the cookie; harmless without one. */
export async function signOut(ctx: Context) {
  const a = ctx.actor;
  if (a) {
    await deleteSession(ctx.db, a.sessionId);
    await audit(ctx.db, ctx, {
      action: "auth.logout",
      entity: "user",
      entityId: a.userId,
      ...placeOf({ hall_id: a.hallId, org_unit_id: a.orgUnitId }),
    });
  }
  ctx.cookies.clearSession();
  return { ok: true as const };
}
