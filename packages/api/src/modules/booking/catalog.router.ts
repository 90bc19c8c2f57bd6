import { publicProcedure, router } from "../../trpc.ts";
import { catalogItems } from "./catalog.service.ts";
import { bookingDays, hallBookingRules } from "./hall-rules.ts";
import { listPublicHalls, resolveHallId } from "./repository.ts";
import { ZReadCatalogInput } from "./schemas.ts";

/** Public: what a citizen may see before signing in (no personal data here). */
export const catalogRouter = router({
  halls: publicProcedure.query(async ({ ctx }) => listPublicHalls(ctx.db)),

  items: router({
    list: publicProcedure
      .input(ZReadCatalogInput)
      .query(async ({ ctx, input }) => catalogItems(ctx.db, await resolveHallId(ctx.db, input?.hallId))),
  }),

  /** The booking rules of the hall, to explain them before a citizen runs into one. */
  rules: publicProcedure.input(ZReadCatalogInput).query(async ({ ctx, input }) => {
    const rules = await hallBookingRules(ctx.db, await resolveHallId(ctx.db, input?.hallId), ctx.clock.now());
    return { ...rules.settings, openingHours: rules.openingHours };
  }),

  /** The bookable days from today (Asia/Shanghai), each with whether the hall works that day. */
  days: publicProcedure.input(ZReadCatalogInput).query(async ({ ctx, input }) => {
    const now = ctx.clock.now();
    const rules = await hallBookingRules(ctx.db, await resolveHallId(ctx.db, input?.hallId), now);
    return bookingDays(rules, now);
  }),
});
