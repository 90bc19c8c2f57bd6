/** 差评整改: rectification cases opened by bad ratings — assigned, followed up (回访), closed. */
import { applyCaseAction, assertCanAssignCase, type CaseAction, caseActions, toShanghaiIso } from "@hall/domain";
import type { Context, SessionActor } from "../../context.ts";
import { audit } from "../../shared/audit.ts";
import { caseInScope, hallInScope, hallUserInScope, requestedHallId } from "../../shared/scope.ts";
import { casesOfHall, updateCase } from "./repository.ts";

export async function listCases(ctx: Context, actor: SessionActor, input: { hallId?: number | undefined }) {
  const hallId = requestedHallId(input.hallId, actor);
  await hallInScope(ctx.db, actor, hallId, "queue.supervise");
  const rows = await casesOfHall(ctx.db, hallId);
  return rows.map((c) => ({
    caseId: c.id,
    status: c.status,
    dueDate: c.due_date,
    score: c.score,
    comment: c.comment,
    ticketNumber: c.number,
    windowNumber: c.windowNumber,
    staffName: c.staffName,
    assigneeName: c.assigneeName,
    followUpNote: c.follow_up_note,
    closingNote: c.closing_note,
    createdAt: toShanghaiIso(c.created_at),
    /** What a supervisor may do with the case now (domain `caseActions`). */
    actions: caseActions(c.status),
  }));
}

export async function actOnCase(
  ctx: Context,
  actor: SessionActor,
  input: {
    caseId: number;
    action: CaseAction | "assign";
    note?: string | undefined;
    assigneeUserId?: number | undefined;
  },
) {
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (tx) => {
    const c = await caseInScope(tx, actor, input.caseId, "queue.supervise", { forUpdate: true });
    if (input.action === "assign") {
      assertCanAssignCase(c.status);
      // Someone who works in the case's hall (never another hall's staff, never a citizen).
      const u = await hallUserInScope(tx, actor, input.assigneeUserId ?? 0, "queue.supervise", {
        hallId: c.hall_id,
        field: "assigneeUserId",
      });
      await updateCase(tx, c.id, { assignee_user_id: u.id });
    } else {
      const to = applyCaseAction(c.status, input.action);
      await updateCase(
        tx,
        c.id,
        input.action === "follow_up"
          ? { status: to, follow_up_note: input.note ?? null, followed_up_at: now }
          : { status: to, closing_note: input.note ?? null, closed_at: now },
      );
    }
    await audit(tx, ctx, {
      action: `case.${input.action}`,
      entity: "rectification_case",
      entityId: c.id,
      hallId: c.hall_id,
      before: { status: c.status },
      after: input,
    });
    return { caseId: c.id };
  });
}
