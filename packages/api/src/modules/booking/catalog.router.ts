import type { ServiceItem, ServiceItemMaterial } from "@hall/db";
import { z } from "zod";
import { zId } from "../../shared/schemas.ts";
import { publicProcedure, router } from "../../trpc.ts";
import { bookingDays, hallBookingRules, resolveHallId } from "./service.ts";

const ZHallInput = z.object({ hallId: zId.optional() }).optional();

const materialDto = (m: ServiceItemMaterial) => ({
  name: m.name,
  copies: m.copies,
  originalRequired: m.original_required,
  waivable: m.waivable,
  note: m.note,
});

/** Public: what a citizen may see before signing in (no personal data here). */
export const catalogRouter = router({
  halls: publicProcedure.query(async ({ ctx }) =>
    ctx.db.selectFrom("halls").select(["id", "name", "address"]).orderBy("id").execute(),
  ),

  items: router({
    list: publicProcedure.input(ZHallInput).query(async ({ ctx, input }) => {
      const hallId = await resolveHallId(ctx.db, input?.hallId);
      const items: (ServiceItem & { zoneName: string | null; zoneKind: string | null })[] = await ctx.db
        .selectFrom("service_items as i")
        .leftJoin("zones as z", "z.id", "i.zone_id")
        .selectAll("i")
        .select(["z.name as zoneName", "z.kind as zoneKind"])
        .where("i.hall_id", "=", hallId)
        .where("i.active", "=", true)
        .orderBy("i.code")
        .execute();
      const materials = items.length
        ? await ctx.db
            .selectFrom("service_item_materials")
            .selectAll()
            .where(
              "item_id",
              "in",
              items.map((i) => i.id),
            )
            .orderBy("item_id")
            .orderBy("sort")
            .execute()
        : [];
      return items.map((i) => ({
        id: i.id,
        code: i.code,
        name: i.name,
        department: i.department,
        zone: i.zone_id && i.zoneName ? { id: i.zone_id, name: i.zoneName, kind: i.zoneKind ?? "" } : null,
        theme: i.theme,
        materials: materials.filter((m) => m.item_id === i.id).map(materialDto),
        promisedDays: i.promised_days,
        instant: i.instant,
        bookable: i.bookable,
      }));
    }),
  }),

  /** The booking rules of the hall, to explain them before a citizen runs into one. */
  rules: publicProcedure.input(ZHallInput).query(async ({ ctx, input }) => {
    const rules = await hallBookingRules(ctx.db, await resolveHallId(ctx.db, input?.hallId), ctx.clock.now());
    return { ...rules.settings, openingHours: rules.openingHours };
  }),

  /** The bookable days from today (Asia/Shanghai), each with whether the hall works that day. */
  days: publicProcedure.input(ZHallInput).query(async ({ ctx, input }) => {
    const now = ctx.clock.now();
    const rules = await hallBookingRules(ctx.db, await resolveHallId(ctx.db, input?.hallId), now);
    return bookingDays(rules, now);
  }),
});
