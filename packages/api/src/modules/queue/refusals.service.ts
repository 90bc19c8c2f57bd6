import type { Database, Kysely } from "@hall/db";
import {
  assertCanDecideRefusal,
  assertCanRequestRefusal,
  assertValidRefusalDecision,
  DomainError,
  type RefusalDecision,
  shanghaiInstant,
  toShanghaiIso,
  weekOf,
} from "@hall/domain";
import type { Context, SessionActor } from "../../context.ts";
import { audit } from "../../shared/audit.ts";
import { hallInScope } from "../../shared/scope.ts";
import { lockTicket } from "./service.ts";

type Db = Kysely<Database>;

/** 办不成事申请: the staff member asks the window chief before saying no. */
export async function requestRefusal(ctx: Context, actor: SessionActor, ticketId: number, reason: string) {
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (tx) => {
    const t = await lockTicket(tx, actor, ticketId);
    const latest = await tx
      .selectFrom("refusal_requests")
      .select("status")
      .where("ticket_id", "=", t.id)
      .orderBy("id", "desc")
      .executeTakeFirst();
    assertCanRequestRefusal(t.status, latest?.status ?? null);
    const r = await tx
      .insertInto("refusal_requests")
      .values({
        ticket_id: t.id,
        hall_id: t.hall_id,
        requested_by: actor.userId,
        reason,
        status: "requested",
        requested_at: now,
        decided_by: null,
        decision_reason: null,
        decided_at: null,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await audit(tx, ctx, {
      action: "refusal.request",
      entity: "refusal_request",
      entityId: r.id,
      hallId: t.hall_id,
      after: { ticketId: t.id, reason },
    });
    return { requestId: r.id, status: "requested" as const };
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
    const r = await tx
      .selectFrom("refusal_requests")
      .selectAll()
      .where("id", "=", requestId)
      .forUpdate()
      .executeTakeFirst();
    if (!r) throw new DomainError("NOT_FOUND", "refusal.not_found", { field: "requestId" });
    await hallInScope(tx, actor, r.hall_id, "queue.supervise");
    assertCanDecideRefusal(r.status);
    assertValidRefusalDecision({ reason, requestedBy: r.requested_by, decidedBy: actor.userId });
    await tx
      .updateTable("refusal_requests")
      .set({ status: decision, decided_by: actor.userId, decision_reason: reason, decided_at: now })
      .where("id", "=", r.id)
      .execute();
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
  const rows = await db
    .selectFrom("refusal_requests as r")
    .innerJoin("tickets as t", "t.id", "r.ticket_id")
    .leftJoin("service_items as i", "i.id", "t.item_id")
    .innerJoin("users as u", "u.id", "r.requested_by")
    .leftJoin("users as d", "d.id", "r.decided_by")
    .select([
      "r.id",
      "r.status",
      "r.reason",
      "r.decision_reason",
      "r.requested_at",
      "r.decided_at",
      "t.number",
      "i.name as itemName",
      "u.name as requestedBy",
      "d.name as decidedBy",
    ])
    .where("r.hall_id", "=", hallId)
    .where("r.requested_at", ">=", from)
    .where("r.requested_at", "<", to)
    .orderBy("r.id")
    .execute();
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
export async function weeklyRefusals(db: Db, hallId: number, date: string) {
  const week = weekOf(date);
  const from = shanghaiInstant(week.start, "00:00");
  const to = new Date(shanghaiInstant(week.end, "00:00").getTime() + 86_400_000);
  const requests = await listRefusals(db, hallId, from, to);
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
  const t = await ctx.db.selectFrom("tickets").select(["hall_id"]).where("id", "=", ticketId).executeTakeFirst();
  if (!t) throw new DomainError("NOT_FOUND", "queue.ticket_not_found", { field: "ticketId" });
  await hallInScope(ctx.db, actor, t.hall_id, "queue.serve");
  const r = await ctx.db
    .selectFrom("refusal_requests")
    .select(["id", "status", "reason", "decision_reason"])
    .where("ticket_id", "=", ticketId)
    .orderBy("id", "desc")
    .executeTakeFirst();
  return r ? { requestId: r.id, status: r.status, reason: r.reason, decisionReason: r.decision_reason } : null;
}
