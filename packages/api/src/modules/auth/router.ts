import { ROLE_LABELS } from "@hall/domain";
import type { Context } from "../../context.ts";
import { displayLogin } from "../../shared/personal-data.ts";
import { authedProcedure, publicProcedure, router } from "../../trpc.ts";
import { windowOfStaffUser } from "../queue/index.ts";
import { registerCitizen } from "./registration.ts";
import { ZLoginInput, ZRegisterCitizenInput } from "./schemas.ts";
import { findAccountDetails } from "./sessions.repository.ts";
import { createSession, loadActor } from "./sessions.ts";
import { signIn, signOut } from "./sign-in.ts";
import { admitRegistration } from "./throttle.ts";

export { ZLoginInput, ZRegisterCitizenInput } from "./schemas.ts";

async function startSession(ctx: Context, userId: number) {
  const { token, maxAgeSeconds } = await createSession(ctx.db, userId, ctx.wallClock.now(), ctx.userAgent);
  ctx.cookies.setSession(token, maxAgeSeconds);
}

export const authRouter = router({
  register: publicProcedure.input(ZRegisterCitizenInput).mutation(async ({ ctx, input }) => {
    // Counted before anything else, however the call arrives: each answer tells whether a phone has an account.
    await admitRegistration(ctx);
    const user = await registerCitizen(ctx, input);
    await startSession(ctx, user.id);
    return { id: user.id, name: user.name };
  }),

  login: publicProcedure.input(ZLoginInput).mutation(({ ctx, input }) => signIn(ctx, input)),

  logout: publicProcedure.mutation(({ ctx }) => signOut(ctx)),

  me: authedProcedure.query(async ({ ctx }) => {
    const a = ctx.actor;
    const user = await findAccountDetails(ctx.db, a.userId);
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
