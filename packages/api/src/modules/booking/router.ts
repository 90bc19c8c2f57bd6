import { DomainError } from "@hall/domain";
import { hallInScope } from "../../shared/scope.ts";
import { permittedProcedure, publicProcedure, router } from "../../trpc.ts";
import { overrideCapacity } from "./capacity.service.ts";
import { cancelBooking, rescheduleBooking } from "./change.service.ts";
import { createBooking } from "./create.service.ts";
import { loadItem } from "./hall-rules.ts";
import { resolveHallId } from "./repository.ts";
import {
  ZCancelBookingInput,
  ZCreateBookingInput,
  ZListBookingSlotsInput,
  ZOverrideCapacityInput,
  ZRescheduleBookingInput,
  ZViewBookingDayInput,
} from "./schemas.ts";
import { slotsOfDay } from "./slots.service.ts";
import { bookingViews, hallDayView } from "./views.service.ts";

export {
  ZBookingDayInput,
  ZBookingSlotsInput,
  ZCreateBookingInput,
  ZOverrideCapacityInput,
  ZRescheduleBookingInput,
} from "./schemas.ts";

export const bookingRouter = router({
  /** Public: the slots of an item on a day, with seats left (full slots included, as full). */
  slots: publicProcedure.input(ZListBookingSlotsInput).query(async ({ ctx, input }) => {
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
    .input(ZCancelBookingInput)
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
    .input(ZViewBookingDayInput)
    .query(async ({ ctx, input }) => {
      const hallId = input.hallId ?? ctx.actor.hallId ?? (await resolveHallId(ctx.db, undefined));
      await hallInScope(ctx.db, ctx.actor, hallId, "booking.view");
      return hallDayView(ctx.db, hallId, input.date, ctx.clock.now());
    }),
});
