/** 投诉: the closed loop 接诉受理 → 协调办理 → 办结回复 → 备案回访, with the 查实 / 重大 flags. */
import {
  assertCanSetComplaintFlags,
  assertComplaintTransition,
  type ComplaintSource,
  type ComplaintStatus,
  complaintActions,
  nextComplaintStatus,
  toShanghaiIso,
} from "@hall/domain";
import type { Context, SessionActor } from "../../context.ts";
import { audit } from "../../shared/audit.ts";
import { sealPhone } from "../../shared/personal-data.ts";
import { complaintInScope, hallInScope, requestedHallId, staffInScope } from "../../shared/scope.ts";
import { type ComplaintNote, complaintsOfHall, insertComplaint, updateComplaintRow } from "./repository.ts";

export async function createComplaint(
  ctx: Context,
  actor: SessionActor,
  input: {
    hallId: number;
    source: ComplaintSource;
    content: string;
    staffId?: number | undefined;
    complainantName?: string | undefined;
    complainantPhone?: string | undefined;
  },
) {
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (tx) => {
    await hallInScope(tx, actor, input.hallId, "queue.supervise");
    // The staff member complained about works in this hall (never another hall's: a verified complaint feeds a score).
    if (input.staffId !== undefined)
      await staffInScope(tx, actor, input.staffId, "queue.supervise", { hallId: input.hallId, field: "staffId" });
    const complaintId = await insertComplaint(tx, {
      hallId: input.hallId,
      source: input.source,
      content: input.content,
      complainantName: input.complainantName ?? null,
      complainantPhone: input.complainantPhone ? sealPhone(ctx.pii, input.complainantPhone) : null,
      staffId: input.staffId ?? null,
      notes: [{ at: toShanghaiIso(now), by: actor.userId, status: "received", note: "" }],
      createdBy: actor.userId,
      at: now,
    });
    await audit(tx, ctx, {
      action: "complaint.create",
      entity: "complaint",
      entityId: complaintId,
      hallId: input.hallId,
      after: { source: input.source, staffId: input.staffId ?? null },
    });
    return { complaintId, status: "received" as const };
  });
}

/** One step of the closed loop, or the 查实/重大 flags (which feed performance). */
export async function updateComplaint(
  ctx: Context,
  actor: SessionActor,
  input: {
    complaintId: number;
    to?: ComplaintStatus | undefined;
    note?: string | undefined;
    verified?: boolean | undefined;
    major?: boolean | undefined;
    staffId?: number | null | undefined;
  },
) {
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (tx) => {
    const c = await complaintInScope(tx, actor, input.complaintId, "queue.supervise", { forUpdate: true });
    if (input.staffId != null)
      await staffInScope(tx, actor, input.staffId, "queue.supervise", { hallId: c.hall_id, field: "staffId" });
    const flags = {
      verified: input.verified ?? c.verified,
      major: input.major ?? c.major,
      staffId: input.staffId === undefined ? c.staff_id : input.staffId,
    };
    if (input.verified !== undefined || input.major !== undefined || input.staffId !== undefined)
      assertCanSetComplaintFlags(c.status, flags);
    if (input.to) assertComplaintTransition(c.status, input.to);
    const notes = [...(c.notes as unknown as ComplaintNote[])];
    if (input.to || input.note)
      notes.push({ at: toShanghaiIso(now), by: actor.userId, status: input.to ?? c.status, note: input.note ?? "" });
    await updateComplaintRow(tx, c.id, {
      status: input.to ?? c.status,
      verified: flags.verified,
      major: flags.major,
      staffId: flags.staffId,
      notes,
      updatedAt: now,
    });
    await audit(tx, ctx, {
      action: "complaint.update",
      entity: "complaint",
      entityId: c.id,
      hallId: c.hall_id,
      before: { status: c.status, verified: c.verified, major: c.major, staffId: c.staff_id },
      after: { status: input.to ?? c.status, ...flags },
    });
    return { complaintId: c.id, status: input.to ?? c.status, ...flags };
  });
}

export async function listComplaints(ctx: Context, actor: SessionActor, input: { hallId?: number | undefined }) {
  const hallId = requestedHallId(input.hallId, actor);
  await hallInScope(ctx.db, actor, hallId, "queue.supervise");
  const rows = await complaintsOfHall(ctx.db, hallId);
  return rows.map((c) => ({
    complaintId: c.id,
    source: c.source,
    content: c.content,
    complainantName: c.complainant_name,
    complainantPhoneMasked: c.complainant_phone_masked,
    staffId: c.staff_id,
    staffName: c.staffName,
    status: c.status,
    verified: c.verified,
    major: c.major,
    notes: c.notes as unknown,
    createdAt: toShanghaiIso(c.created_at),
    /** The loop's next step, or null once filed. */
    nextStatus: nextComplaintStatus(c.status),
    /** What a supervisor may do with the complaint now (domain `complaintActions`). */
    actions: complaintActions(c.status),
  }));
}
