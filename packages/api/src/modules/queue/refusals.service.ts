import {
  assertCanDecideRefusal,
  assertCanRequestRefusal,
  assertValidRefusalDecision,
  type RefusalDecision,
  refusalDecisionActions,
  shanghaiDate,
  shanghaiInstant,
  toShanghaiIso,
  weekOf,
} from "@hall/domain";
import type { Context, SessionActor } from "../../context.ts";
import { audit } from "../../shared/audit.ts";
import {
  assertWorksAtWindow,
  hallInScope,
  refusalRequestInScope,
  requestedHallId,
  ticketInScope,
} from "../../shared/scope.ts";
import { lockTicket } from "./calling.service.ts";
import {
  type Db,
  decideRefusalRequest,
  insertRefusalRequest,
  latestRefusalOfTicket,
  refusalRequestsOfHall,
} from "./repository.ts";
import { ticketView } from "./ticket-view.ts";

/**
 * 办不成事申请: the staff member asks the window chief before saying no. Returns the request and the ticket as the
 * window now sees it (no second request while this one waits).
 */
export async function requestRefusal(ctx: Context, actor: SessionActor, ticketId: number, reason: string) {
  const now = ctx.clock.now();
  const request = await ctx.db.transaction().execute(async (tx) => {
    const t = await lockTicket(tx, actor, ticketId);
    const latest = await latestRefusalOfTicket(tx, t.id);
    assertCanRequestRefusal(t.status, latest?.status ?? null);
    const requestId = await insertRefusalRequest(tx, {
      ticketId: t.id,
      hallId: t.hall_id,
      requestedBy: actor.userId,
      reason,
      requestedAt: now,
    });
    await audit(tx, ctx, {
      action: "refusal.request",
      entity: "refusal_request",
      entityId: requestId,
      hallId: t.hall_id,
      after: { ticketId: t.id, reason },
    });
    return { requestId, status: "requested" as const };
  });
  return { ...request, ticket: await ticketView(ctx.db, ticketId) };
}

/** The chief approves or denies, with a reason; a decision is final and never the requester's own. */
export async function decideRefusal(
  ctx: Context,
  actor: SessionActor,
  requestId: number,
  decision: RefusalDecision,
  reason: string,
) {
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (tx) => {
    const r = await refusalRequestInScope(tx, actor, requestId, "queue.supervise", { forUpdate: true });
    assertCanDecideRefusal(r.status);
    assertValidRefusalDecision({ reason, requestedBy: r.requested_by, decidedBy: actor.userId });
    await decideRefusalRequest(tx, r.id, { status: decision, decidedBy: actor.userId, reason, decidedAt: now });
    await audit(tx, ctx, {
      action: `refusal.${decision}`,
      entity: "refusal_request",
      entityId: r.id,
      hallId: r.hall_id,
      before: { status: r.status },
      after: { status: decision, reason },
    });
    return { requestId: r.id, status: decision };
  });
}

/** A hall's refusal requests made in [from, to), each with the decisions open to `deciderId` (the screen's buttons). */
export async function listRefusals(db: Db, hallId: number, from: Date, to: Date, deciderId: number) {
  const rows = await refusalRequestsOfHall(db, hallId, from, to);
  return rows.map((r) => ({
    requestId: r.id,
    status: r.status,
    reason: r.reason,
    decisionReason: r.decision_reason,
    ticketNumber: r.number,
    itemName: r.itemName,
    requestedBy: r.requestedBy,
    decidedBy: r.decidedBy,
    requestedAt: toShanghaiIso(r.requested_at),
    decidedAt: r.decided_at ? toShanghaiIso(r.decided_at) : null,
    actions: refusalDecisionActions({ status: r.status, requestedBy: r.requested_by }, deciderId),
  }));
}

/** The weekly refusal summary of a hall (produced every Friday; any week can be asked for). */
export async function weeklyRefusals(
  ctx: Context,
  actor: SessionActor,
  input: { hallId?: number | undefined; date?: string | undefined },
) {
  const hallId = requestedHallId(input.hallId, actor);
  await hallInScope(ctx.db, actor, hallId, "queue.supervise");
  const date = input.date ?? shanghaiDate(ctx.clock.now());
  const week = weekOf(date);
  const from = shanghaiInstant(week.start, "00:00");
  const to = new Date(shanghaiInstant(week.end, "00:00").getTime() + 86_400_000);
  const requests = await listRefusals(ctx.db, hallId, from, to, actor.userId);
  const count = (s: string) => requests.filter((r) => r.status === s).length;
  return {
    week: week.id,
    from: week.start,
    to: week.end,
    requested: requests.length,
    approved: count("approved"),
    denied: count("denied"),
    pending: count("requested"),
    requests,
  };
}

/** The latest refusal request of a ticket (for the window that asked), or null. */
export async function refusalOfTicket(ctx: Context, actor: SessionActor, ticketId: number) {
  const t = await ticketInScope(ctx.db, actor, ticketId, "queue.serve");
  await assertWorksAtWindow(ctx.db, actor, t.window_id, "ticketId");
  const r = await latestRefusalOfTicket(ctx.db, ticketId);
  return r ? { requestId: r.id, status: r.status, reason: r.reason, decisionReason: r.decision_reason } : null;
}
