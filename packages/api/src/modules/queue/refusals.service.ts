import {
  assertCanDecideRefusal,
  assertCanRequestRefusal,
  assertValidRefusalDecision,
  DomainError,
  type RefusalDecision,
  shanghaiDate,
  shanghaiInstant,
  toShanghaiIso,
  weekOf,
} from "@hall/domain";
import type { Context, SessionActor } from "../../context.ts";
import { audit } from "../../shared/audit.ts";
import { hallInScope, requestedHallId } from "../../shared/scope.ts";
import { lockTicket } from "./calling.service.ts";
import {
  type Db,
  decideRefusalRequest,
  findTicket,
  insertRefusalRequest,
  latestRefusalOfTicket,
  lockRefusalRequest,
  refusalRequestsOfHall,
} from "./repository.ts";

/** 办不成事申请: the staff member asks the window chief before saying no. */
export async function requestRefusal(ctx: Context, actor: SessionActor, ticketId: number, reason: string) {
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (tx) => {
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
    const r = await lockRefusalRequest(tx, requestId);
    if (!r) throw new DomainError("NOT_FOUND", "refusal.not_found", { field: "requestId" });
    await hallInScope(tx, actor, r.hall_id, "queue.supervise");
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

export async function listRefusals(db: Db, hallId: number, from: Date, to: Date) {
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
  const requests = await listRefusals(ctx.db, hallId, from, to);
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
  const t = await findTicket(ctx.db, ticketId);
  if (!t) throw new DomainError("NOT_FOUND", "queue.ticket_not_found", { field: "ticketId" });
  await hallInScope(ctx.db, actor, t.hall_id, "queue.serve");
  const r = await latestRefusalOfTicket(ctx.db, ticketId);
  return r ? { requestId: r.id, status: r.status, reason: r.reason, decisionReason: r.decision_reason } : null;
}
