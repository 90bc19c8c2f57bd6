/** 差评整改: rectification cases opened by bad ratings — assigned, followed up (回访), closed. */
import { applyCaseAction, type CaseAction, DomainError, toShanghaiIso } from "@hall/domain";
import type { Context, SessionActor } from "../../context.ts";
import { audit } from "../../shared/audit.ts";
import { hallInScope, requestedHallId } from "../../shared/scope.ts";
import { casesOfHall, findUserHall, lockCase, updateCase } from "./repository.ts";

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
    const c = await lockCase(tx, input.caseId);
    if (!c) throw new DomainError("NOT_FOUND", "case.not_found", { field: "caseId" });
    await hallInScope(tx, actor, c.hall_id, "queue.supervise");
    if (input.action === "assign") {
      const u = await findUserHall(tx, input.assigneeUserId ?? -1);
      if (!u || u.hall_id !== c.hall_id)
        throw new DomainError("BAD_REQUEST", "user.not_found", { field: "assigneeUserId" });
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
