import { DEFAULT_HALL_SETTINGS, DomainError, ROLE_LABELS } from "@hall/domain";
import { z } from "zod";
import type { Context } from "../../context.ts";
import { zIdNumber, zName, zPassword, zPhone } from "../../shared/schemas.ts";
import { authedProcedure, publicProcedure, router } from "../../trpc.ts";
import { displayLogin, loginCandidates } from "../../shared/personal-data.ts";
import { windowOfStaffUser } from "../queue/index.ts";
import { dummyHash, verifyPassword } from "./passwords.ts";
import { registerCitizen } from "./registration.ts";
import { createSession, deleteSession, loadActor } from "./sessions.ts";

export const ZRegisterCitizenInput = z.object({
  phone: zPhone,
  password: zPassword,
  name: zName,
  idNumber: zIdNumber,
});
export const ZLoginInput = z.object({
  login: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(128),
});

async function startSession(ctx: Context, userId: number) {
  const { token, maxAgeSeconds } = await createSession(ctx.db, userId, ctx.wallClock.now(), ctx.userAgent);
  ctx.cookies.setSession(token, maxAgeSeconds);
}

/** Too many failed attempts for this login within the window → refuse before checking the password. */
async function assertNotRateLimited(ctx: Context, login: string) {
  const since = new Date(ctx.wallClock.now().getTime() - DEFAULT_HALL_SETTINGS.loginWindowMinutes * 60_000);
  const row = await ctx.db
    .selectFrom("login_attempts")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("login", "=", login)
    .where("success", "=", false)
    .where("at", ">", since)
    .executeTakeFirstOrThrow();
  if (Number(row.n) >= DEFAULT_HALL_SETTINGS.loginMaxAttempts) {
    throw new DomainError("TOO_MANY_REQUESTS", "auth.rate_limited");
  }
}

export const authRouter = router({
  register: publicProcedure.input(ZRegisterCitizenInput).mutation(async ({ ctx, input }) => {
    const user = await registerCitizen(ctx, input);
    await startSession(ctx, user.id);
    return { id: user.id, name: user.name };
  }),

  login: publicProcedure.input(ZLoginInput).mutation(async ({ ctx, input }) => {
    await assertNotRateLimited(ctx, input.login);
    const user = await ctx.db
      .selectFrom("users")
      .select(["id", "name", "password_hash", "active"])
      // A citizen types their phone; their login is its keyed hash (shared/personal-data.ts). An exact login wins.
      .where("login", "in", loginCandidates(ctx.pii, input.login))
      .orderBy((eb) => eb("login", "=", input.login), "desc")
      .executeTakeFirst();
    const ok = await verifyPassword(input.password, user?.password_hash ?? (await dummyHash()));
    const success = Boolean(user && ok && user.active);
    await ctx.db
      .insertInto("login_attempts")
      .values({ login: input.login, ip: ctx.ip, at: ctx.wallClock.now(), success })
      .execute();
    if (!user || !success) throw new DomainError("UNAUTHORIZED", "auth.invalid_credentials", { field: "password" });
    // Housekeeping on the way: this login's old attempts and everyone's expired sessions.
    const windowStart = new Date(ctx.wallClock.now().getTime() - DEFAULT_HALL_SETTINGS.loginWindowMinutes * 60_000);
    await ctx.db.deleteFrom("login_attempts").where("login", "=", input.login).where("at", "<", windowStart).execute();
    await ctx.db.deleteFrom("sessions").where("expires_at", "<", ctx.wallClock.now()).execute();
    await startSession(ctx, user.id);
    return { id: user.id, name: user.name };
  }),

  logout: publicProcedure.mutation(async ({ ctx }) => {
    if (ctx.actor) await deleteSession(ctx.db, ctx.actor.sessionId);
    ctx.cookies.clearSession();
    return { ok: true as const };
  }),

  me: authedProcedure.query(async ({ ctx }) => {
    const a = ctx.actor;
    const user = await ctx.db
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
      .where("u.id", "=", a.userId)
      .executeTakeFirstOrThrow();
    const fresh = await loadActor(ctx.db, a.userId, a.sessionId);
    const roles = fresh?.roles ?? a.roles;
    // The window a staff member sits at today (their A post, else their B post); null for everyone else.
    const windowId = roles.some((r) => r !== "citizen") ? await windowOfStaffUser(ctx.db, a.userId) : null;
    return {
      id: a.userId,
      // A citizen's login is their phone's keyed hash: they see their masked phone instead.
      login: displayLogin(a.login, user.phone_masked),
      name: a.name,
      roles,
      roleLabels: roles.map((r) => ROLE_LABELS[r]?.[ctx.locale] ?? r),
      hallId: a.hallId,
      hallName: user.hallName ?? null,
      windowId,
      orgUnitId: a.orgUnitId,
      orgUnitName: user.orgUnitName ?? null,
      // Stored sealed; only the masked forms ever leave the server.
      phoneMasked: user.phone_masked,
      idNumberMasked: user.id_number_masked,
      /** How the ID number was verified ("counter", "real_name_service"), or null: priority from it waits until then. */
      idVerification: user.id_verification,
    };
  }),
});
