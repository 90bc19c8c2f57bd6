import { assertMayAssertPriority, DomainError, hasPermission } from "@hall/domain";
import { changes } from "../../shared/events.ts";
import { authedProcedure, permittedProcedure, publicProcedure, router } from "../../trpc.ts";
import { resolveHallId } from "../booking/index.ts";
import { boardOf } from "./board.service.ts";
import { actOnTicket, callNext, currentTicket, transferTicket, windowQueue } from "./calling.service.ts";
import { verifyTicketHolderIdentity } from "./identity.service.ts";
import { completeTicket } from "./outcomes.service.ts";
import { decideRefusal, refusalOfTicket, requestRefusal, weeklyRefusals } from "./refusals.service.ts";
import {
  ZActOnTicketInput,
  ZCallNextInput,
  ZCheckInInput,
  ZCompleteInput,
  ZListWeeklyRefusalsInput,
  ZRefusalDecisionInput,
  ZRefusalRequestInput,
  ZShowCurrentTicketInput,
  ZShowWindowQueueInput,
  ZTakeTicketInput,
  ZTransferInput,
  ZVerifyIdentityInput,
  ZWatchBoardInput,
} from "./schemas.ts";
import { checkIn, takeTicket } from "./tickets.service.ts";
import { myTickets } from "./waits.service.ts";

/** Citizens act for themselves, hall staff at the counter: either permission will do; the service tells them apart. */
const ownOrServe = authedProcedure.use(({ ctx, next }) => {
  if (!hasPermission(ctx.actor.roles, "queue.own") && !hasPermission(ctx.actor.roles, "queue.serve")) {
    throw new DomainError("FORBIDDEN", "auth.forbidden");
  }
  return next();
});
const serve = permittedProcedure("queue.serve");
const supervise = permittedProcedure("queue.supervise");

export const queueRouter = router({
  /** Public: the calling display of a hall, pushed over SSE whenever a call changes (any gateway instance). */
  board: publicProcedure.input(ZWatchBoardInput).subscription(async function* ({ ctx, input, signal }) {
    const hallId = await resolveHallId(ctx.db, input?.hallId);
    yield await boardOf(ctx.db, hallId, ctx.clock.now());
    for await (const _ of changes((wake) => ctx.events.onBoard(hallId, wake), signal)) {
      yield await boardOf(ctx.db, hallId, ctx.clock.now());
    }
  }),
  checkIn: ownOrServe.input(ZCheckInInput).mutation(({ ctx, input }) => checkIn(ctx, ctx.actor, input)),
  takeTicket: ownOrServe.input(ZTakeTicketInput).mutation(({ ctx, input }) => {
    // A citizen's priority comes from their verified account, not from what they type (domain rule).
    assertMayAssertPriority(ctx.actor.roles, input);
    return takeTicket(ctx, ctx.actor, input);
  }),
  /** The citizen's tickets of today, latest first: ahead in its calling order, estimated wait, the calling window. */
  mine: permittedProcedure("queue.own").query(({ ctx }) => myTickets(ctx, ctx.actor)),
  /** 窗口核验身份证: the clerk read the holder's ID card; a match verifies the account's ID number (priority counts). */
  verifyIdentity: serve
    .input(ZVerifyIdentityInput)
    .mutation(({ ctx, input }) => verifyTicketHolderIdentity(ctx, ctx.actor, input)),
  /** The ticket open at a window (called or being served), or null. */
  current: serve
    .input(ZShowCurrentTicketInput)
    .query(({ ctx, input }) => currentTicket(ctx, ctx.actor, input.windowId)),
  /** The queue of a window: how many wait for it, the next few tickets in calling order, the longest wait. */
  windowQueue: serve
    .input(ZShowWindowQueueInput)
    .query(({ ctx, input }) => windowQueue(ctx, ctx.actor, input.windowId)),
  /** The latest refusal request of a ticket and the chief's decision, or null. */
  refusalStatus: serve
    .input(ZActOnTicketInput)
    .query(({ ctx, input }) => refusalOfTicket(ctx, ctx.actor, input.ticketId)),
  callNext: serve.input(ZCallNextInput).mutation(({ ctx, input }) => callNext(ctx, ctx.actor, input.windowId)),
  recall: serve
    .input(ZActOnTicketInput)
    .mutation(({ ctx, input }) => actOnTicket(ctx, ctx.actor, input.ticketId, "recall")),
  pass: serve
    .input(ZActOnTicketInput)
    .mutation(({ ctx, input }) => actOnTicket(ctx, ctx.actor, input.ticketId, "pass")),
  requeue: serve
    .input(ZActOnTicketInput)
    .mutation(({ ctx, input }) => actOnTicket(ctx, ctx.actor, input.ticketId, "requeue")),
  start: serve
    .input(ZActOnTicketInput)
    .mutation(({ ctx, input }) => actOnTicket(ctx, ctx.actor, input.ticketId, "start")),
  transfer: serve.input(ZTransferInput).mutation(({ ctx, input }) => transferTicket(ctx, ctx.actor, input)),
  complete: serve.input(ZCompleteInput).mutation(({ ctx, input }) => completeTicket(ctx, ctx.actor, input)),
  requestRefusal: serve
    .input(ZRefusalRequestInput)
    .mutation(({ ctx, input }) => requestRefusal(ctx, ctx.actor, input.ticketId, input.reason)),
  decideRefusal: supervise
    .input(ZRefusalDecisionInput)
    .mutation(({ ctx, input }) => decideRefusal(ctx, ctx.actor, input.requestId, input.decision, input.reason)),
});

export const refusalsRouter = router({
  /** 办不成事 requests of the hall for a week (every Friday's summary; any date picks its ISO week). */
  weekly: supervise.input(ZListWeeklyRefusalsInput).query(({ ctx, input }) => weeklyRefusals(ctx, ctx.actor, input)),
});
