import { COMPLETABLE_OUTCOMES, DomainError, hasPermission } from "@hall/domain";
import { z } from "zod";
import { changes } from "../../shared/events.ts";
import { zId, zIdNumber } from "../../shared/schemas.ts";
import { authedProcedure, permittedProcedure, publicProcedure, router } from "../../trpc.ts";
import { resolveHallId } from "../booking/index.ts";
import { refusalProcedures } from "./refusals.router.ts";
import { refusalOfTicket } from "./refusals.ts";
import {
  actOnTicket,
  boardOf,
  callNext,
  checkIn,
  completeTicket,
  currentTicket,
  takeTicket,
  transferTicket,
} from "./service.ts";

/** Citizens act for themselves, hall staff at the counter: either permission will do; the service tells them apart. */
const ownOrServe = authedProcedure.use(({ ctx, next }) => {
  if (!hasPermission(ctx.actor.roles, "queue.own") && !hasPermission(ctx.actor.roles, "queue.serve")) {
    throw new DomainError("FORBIDDEN", "auth.forbidden");
  }
  return next();
});

export const ZCheckInInput = z.union([
  z.object({ bookingId: zId }),
  z.object({ code: z.string().trim().min(4).max(20) }),
]);
export const ZTakeTicketInput = z.object({
  itemId: zId,
  idNumber: zIdNumber.optional(),
  military: z.boolean().optional(),
});
const zTicket = z.object({ ticketId: zId });
export const ZTransferInput = z
  .object({ ticketId: zId, toWindowId: zId.optional(), toZoneId: zId.optional() })
  .refine((i) => (i.toWindowId === undefined) !== (i.toZoneId === undefined), {
    message: "queue.transfer_target",
    path: ["toWindowId"],
  });
export const ZCompleteInput = z.object({
  ticketId: zId,
  // "refused" only after the window chief approved the refusal request (checked by the service).
  outcome: z.enum([...COMPLETABLE_OUTCOMES, "refused"]),
  missingMaterials: z.array(z.string().trim().max(200)).max(50).optional(),
  noticeText: z.string().trim().max(4000).optional(),
});

export const queueRouter = router({
  ...refusalProcedures,
  /** Public: the calling display of a hall, pushed over SSE whenever a call changes (any gateway instance). */
  board: publicProcedure.input(z.object({ hallId: zId.optional() }).optional()).subscription(async function* ({
    ctx,
    input,
    signal,
  }) {
    const hallId = await resolveHallId(ctx.db, input?.hallId);
    yield await boardOf(ctx.db, hallId, ctx.clock.now());
    for await (const _ of changes((wake) => ctx.events.onBoard(hallId, wake), signal)) {
      yield await boardOf(ctx.db, hallId, ctx.clock.now());
    }
  }),
  checkIn: ownOrServe.input(ZCheckInInput).mutation(({ ctx, input }) => checkIn(ctx, ctx.actor, input)),
  takeTicket: ownOrServe.input(ZTakeTicketInput).mutation(({ ctx, input }) => {
    if (ctx.actor.roles.includes("citizen") && (input.idNumber || input.military)) {
      // A citizen's priority comes from their verified account, not from what they type.
      throw new DomainError("FORBIDDEN", "auth.forbidden");
    }
    return takeTicket(ctx, ctx.actor, input);
  }),
  /** The ticket open at a window (called or being served), or null. */
  current: permittedProcedure("queue.serve")
    .input(z.object({ windowId: zId }))
    .query(({ ctx, input }) => currentTicket(ctx, ctx.actor, input.windowId)),
  /** The latest refusal request of a ticket and the chief's decision, or null. */
  refusalStatus: permittedProcedure("queue.serve")
    .input(zTicket)
    .query(({ ctx, input }) => refusalOfTicket(ctx, ctx.actor, input.ticketId)),
  callNext: permittedProcedure("queue.serve")
    .input(z.object({ windowId: zId }))
    .mutation(({ ctx, input }) => callNext(ctx, ctx.actor, input.windowId)),
  recall: permittedProcedure("queue.serve")
    .input(zTicket)
    .mutation(({ ctx, input }) => actOnTicket(ctx, ctx.actor, input.ticketId, "recall")),
  pass: permittedProcedure("queue.serve")
    .input(zTicket)
    .mutation(({ ctx, input }) => actOnTicket(ctx, ctx.actor, input.ticketId, "pass")),
  requeue: permittedProcedure("queue.serve")
    .input(zTicket)
    .mutation(({ ctx, input }) => actOnTicket(ctx, ctx.actor, input.ticketId, "requeue")),
  start: permittedProcedure("queue.serve")
    .input(zTicket)
    .mutation(({ ctx, input }) => actOnTicket(ctx, ctx.actor, input.ticketId, "start")),
  transfer: permittedProcedure("queue.serve")
    .input(ZTransferInput)
    .mutation(({ ctx, input }) => transferTicket(ctx, ctx.actor, input)),
  complete: permittedProcedure("queue.serve")
    .input(ZCompleteInput)
    .mutation(({ ctx, input }) => completeTicket(ctx, ctx.actor, input)),
});
