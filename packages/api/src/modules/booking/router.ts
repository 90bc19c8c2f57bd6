import { DomainError, isValidIsoDate, maskPhone, shanghaiInstant, toShanghaiIso } from "@hall/domain";
import { z } from "zod";
import { zDate, zId } from "../../shared/schemas.ts";
import { hallInScope } from "../../shared/scope.ts";
import { permittedProcedure, publicProcedure, router } from "../../trpc.ts";
import {
  bookingViews,
  cancelBooking,
  createBooking,
  hallBookingRules,
  loadItem,
  overrideCapacity,
  rescheduleBooking,
  resolveHallId,
  servingWindows,
  slotsOfDay,
} from "./service.ts";

/** An ISO instant with an offset ("2026-11-24T09:00:00+08:00" or "…Z"). */
const zInstant = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/)
  .refine((s) => !Number.isNaN(Date.parse(s)) && isValidIsoDate(s.slice(0, 10)), "booking.invalid_slot")
  .transform((s) => new Date(s));

export const ZBookingSlotsInput = z.object({ itemId: zId, date: zDate });
export const ZCreateBookingInput = z.object({
  itemId: zId,
  start: zInstant,
  idempotencyKey: z.string().trim().min(8).max(100).optional(),
  materialsConfirmed: z.literal(true, { error: "booking.materials_not_confirmed" }),
});
export const ZRescheduleBookingInput = z.object({ id: zId, start: zInstant });
export const ZOverrideCapacityInput = z.object({
  itemId: zId,
  start: zInstant,
  capacity: z.number().int().min(0).max(999).nullable(),
});
export const ZBookingDayInput = z.object({ hallId: zId.optional(), date: zDate });

export const bookingRouter = router({
  /** Public: the slots of an item on a day, with seats left (full slots included, as full). */
  slots: publicProcedure.input(ZBookingSlotsInput).query(async ({ ctx, input }) => {
    const item = await loadItem(ctx.db, input.itemId);
    if (!item.active) throw new DomainError("NOT_FOUND", "item.not_found", { field: "itemId" });
    const slots = await slotsOfDay(ctx.db, item, input.date, ctx.clock.now());
    return slots.map(({ overridden: _overridden, ...s }) => s);
  }),

  create: permittedProcedure("booking.own")
    .input(ZCreateBookingInput)
    .mutation(({ ctx, input }) =>
      createBooking(ctx, ctx.actor, { itemId: input.itemId, start: input.start, idempotencyKey: input.idempotencyKey }),
    ),

  cancel: permittedProcedure("booking.own")
    .input(z.object({ id: zId }))
    .mutation(({ ctx, input }) => cancelBooking(ctx, ctx.actor, input.id)),

  reschedule: permittedProcedure("booking.own")
    .input(ZRescheduleBookingInput)
    .mutation(({ ctx, input }) => rescheduleBooking(ctx, ctx.actor, input.id, input.start)),

  mine: permittedProcedure("booking.own").query(({ ctx }) =>
    bookingViews(ctx.db, { citizenId: ctx.actor.userId }, ctx.clock.now()),
  ),

  overrideCapacity: permittedProcedure("booking.manage")
    .input(ZOverrideCapacityInput)
    .mutation(async ({ ctx, input }) => {
      const item = await loadItem(ctx.db, input.itemId);
      await hallInScope(ctx.db, ctx.actor, item.hallId, "booking.manage");
      const { overridden: _overridden, ...view } = await overrideCapacity(ctx, item, input.start, input.capacity);
      return view;
    }),

  /** Hall staff: every bookable item's slots of a day with their bookings (phones masked). */
  day: permittedProcedure("booking.view")
    .input(ZBookingDayInput)
    .query(async ({ ctx, input }) => {
      const hallId = input.hallId ?? ctx.actor.hallId ?? (await resolveHallId(ctx.db, undefined));
      await hallInScope(ctx.db, ctx.actor, hallId, "booking.view");
      const now = ctx.clock.now();
      const items = await ctx.db
        .selectFrom("service_items")
        .select(["id", "name"])
        .where("hall_id", "=", hallId)
        .where("active", "=", true)
        .where("bookable", "=", true)
        .orderBy("code")
        .execute();
      const dayStart = shanghaiInstant(input.date, "00:00");
      const dayEnd = new Date(dayStart.getTime() + 86_400_000);
      const bookings = await ctx.db
        .selectFrom("bookings as b")
        .innerJoin("users as u", "u.id", "b.citizen_id")
        .select(["b.id", "b.item_id", "b.start_at", "b.code", "b.status", "u.name", "u.phone"])
        .where("b.hall_id", "=", hallId)
        .where("b.start_at", ">=", dayStart)
        .where("b.start_at", "<", dayEnd)
        .orderBy("b.start_at")
        .orderBy("b.id")
        .execute();
      const hall = {
        rules: await hallBookingRules(ctx.db, hallId, now),
        windows: await servingWindows(ctx.db, hallId),
      };
      const result = [];
      for (const it of items) {
        const slots = await slotsOfDay(ctx.db, await loadItem(ctx.db, it.id), input.date, now, hall);
        result.push({
          itemId: it.id,
          itemName: it.name,
          slots: slots.map(({ open: _open, ...s }) => ({
            ...s,
            bookings: bookings
              .filter((b) => b.item_id === it.id && toShanghaiIso(b.start_at) === s.start)
              .map((b) => ({
                id: b.id,
                code: b.code,
                status: b.status,
                citizenName: b.name,
                citizenPhoneMasked: b.phone ? maskPhone(b.phone) : null,
              })),
          })),
        });
      }
      return result;
    }),
});
