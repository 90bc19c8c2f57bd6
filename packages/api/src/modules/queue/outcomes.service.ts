/** 办结: a ticket ends with an outcome and becomes a service record (办件). */
import {
  applyTicketAction,
  assertOutcomeDetails,
  assertRefusalAllowsOutcome,
  assertWaivableMaterials,
  type CompletableOutcome,
  dueDateOf,
  hasDueDate,
  pendingMaterialsDeadline,
  shanghaiDate,
} from "@hall/domain";
import type { Context, SessionActor } from "../../context.ts";
import { audit } from "../../shared/audit.ts";
import { loadItem } from "../booking/index.ts";
import { lockTicket } from "./calling.service.ts";
import { queueRules } from "./hall-rules.ts";
import {
  insertServiceRecord,
  latestRefusalOfTicket,
  markBookingCompleted,
  materialsOfItem,
  notifyBoard,
  promisedDaysOfItem,
  updateTicket,
} from "./repository.ts";

export interface CompleteInput {
  ticketId: number;
  outcome: CompletableOutcome | "refused";
  missingMaterials?: string[] | undefined;
  noticeText?: string | undefined;
}

/** 办结: the ticket is done and becomes a service record (办件) with its due dates on the hall calendar. */
export async function completeTicket(ctx: Context, actor: SessionActor, input: CompleteInput) {
  const now = ctx.clock.now();
  assertOutcomeDetails(input);
  return ctx.db.transaction().execute(async (tx) => {
    const t = await lockTicket(tx, actor, input.ticketId);
    const rules = await queueRules(tx, t.hall_id, now);
    applyTicketAction({ status: t.status, recalls: t.recalls, requeues: t.requeues }, "complete", rules.settings);
    // 办不成事 only after the chief approved it (XN ch.6); after an approval nothing else, so an approved refusal is
    // never closed as 办结 on another device.
    const latest = await latestRefusalOfTicket(tx, t.id);
    assertRefusalAllowsOutcome(input.outcome, latest?.status ?? null);
    // 容缺受理: only materials the item marks as waivable may be missing (never e.g. 申请人身份证明).
    const missingMaterials =
      input.outcome === "accepted_pending_materials"
        ? assertWaivableMaterials(input.missingMaterials ?? [], t.item_id ? await materialsOfItem(tx, t.item_id) : [])
        : null;
    const item = t.item_id ? await loadItem(tx, t.item_id) : null;
    const promised = t.item_id ? await promisedDaysOfItem(tx, t.item_id) : 0;
    const today = shanghaiDate(now);
    const dueDate = hasDueDate(input.outcome) ? dueDateOf(today, promised, rules.calendar) : null;
    const materialsDeadline =
      input.outcome === "accepted_pending_materials"
        ? pendingMaterialsDeadline(today, rules.settings, rules.calendar)
        : null;
    await updateTicket(tx, t.id, { status: "done", completed_at: now });
    if (t.booking_id) await markBookingCompleted(tx, t.booking_id, now);
    const serviceRecordId = await insertServiceRecord(tx, {
      ticketId: t.id,
      hallId: t.hall_id,
      itemId: item?.id ?? null,
      windowId: t.window_id!,
      staffId: t.staff_id,
      citizenId: t.citizen_id,
      outcome: input.outcome,
      missingMaterials,
      noticeText: input.noticeText?.trim() || null,
      dueDate,
      materialsDeadline,
      issuedAt: t.issued_at,
      calledAt: t.called_at,
      completedAt: now,
    });
    await notifyBoard(tx, t.hall_id);
    await audit(tx, ctx, {
      action: "queue.complete",
      entity: "ticket",
      entityId: t.id,
      hallId: t.hall_id,
      after: { outcome: input.outcome, dueDate, materialsDeadline, serviceRecordId },
    });
    return { ticketId: t.id, serviceRecordId, outcome: input.outcome, dueDate, materialsDeadline };
  });
}
