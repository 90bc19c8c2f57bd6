import type { Database, Kysely } from "@hall/db";
import {
  applyCaseAction,
  assertCanRate,
  assertCanSetComplaintFlags,
  assertComplaintTransition,
  type CaseAction,
  type ComplaintSource,
  type ComplaintStatus,
  caseDueDate,
  DomainError,
  maskPhone,
  opensRectificationCase,
  type RatingScore,
  shanghaiDate,
  shanghaiInstant,
  toShanghaiIso,
} from "@hall/domain";
import type { Context, SessionActor } from "../../context.ts";
import { audit } from "../../shared/audit.ts";
import { hallInScope } from "../../shared/scope.ts";
import { queueRules } from "../queue/index.ts";

type Db = Kysely<Database>;

/** 好差评: once per own completed ticket within the window; a bad rating opens a rectification case. */
export async function submitRating(
  ctx: Context,
  actor: SessionActor,
  input: { ticketId: number; score: RatingScore; comment?: string | undefined },
) {
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (tx) => {
    const t = await tx
      .selectFrom("tickets")
      .selectAll()
      .where("id", "=", input.ticketId)
      .forUpdate()
      .executeTakeFirst();
    if (!t || t.citizen_id !== actor.userId)
      throw new DomainError("NOT_FOUND", "rating.not_found", { field: "ticketId" });
    const rated = await tx.selectFrom("ratings").select("id").where("ticket_id", "=", t.id).executeTakeFirst();
    const rules = await queueRules(tx, t.hall_id, now);
    assertCanRate({ completedAt: t.completed_at, rated: Boolean(rated) }, now, rules.settings);
    const rating = await tx
      .insertInto("ratings")
      .values({
        ticket_id: t.id,
        hall_id: t.hall_id,
        citizen_id: actor.userId,
        window_id: t.window_id,
        staff_id: t.staff_id,
        score: input.score,
        comment: input.comment ?? null,
        rated_at: now,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    let caseId: number | null = null;
    let dueDate: string | null = null;
    if (opensRectificationCase(input.score, rules.settings)) {
      dueDate = caseDueDate(shanghaiDate(now), rules.settings, rules.calendar);
      const c = await tx
        .insertInto("rectification_cases")
        .values({
          hall_id: t.hall_id,
          rating_id: rating.id,
          status: "open",
          due_date: dueDate,
          assignee_user_id: null,
          follow_up_note: null,
          followed_up_at: null,
          closing_note: null,
          closed_at: null,
          created_at: now,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      caseId = c.id;
    }
    await audit(tx, ctx, {
      action: "rating.submit",
      entity: "rating",
      entityId: rating.id,
      hallId: t.hall_id,
      after: { ticketId: t.id, score: input.score, caseId },
    });
    return { ratingId: rating.id, caseId, caseDueDate: dueDate };
  });
}

export async function listCases(db: Db, hallId: number) {
  const rows = await db
    .selectFrom("rectification_cases as c")
    .innerJoin("ratings as r", "r.id", "c.rating_id")
    .innerJoin("tickets as t", "t.id", "r.ticket_id")
    .leftJoin("windows as w", "w.id", "r.window_id")
    .leftJoin("staff as s", "s.id", "r.staff_id")
    .leftJoin("users as a", "a.id", "c.assignee_user_id")
    .select([
      "c.id",
      "c.status",
      "c.due_date",
      "c.follow_up_note",
      "c.closing_note",
      "c.created_at",
      "r.score",
      "r.comment",
      "t.number",
      "w.number as windowNumber",
      "s.name as staffName",
      "a.name as assigneeName",
    ])
    .where("c.hall_id", "=", hallId)
    .orderBy("c.id", "desc")
    .execute();
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
    const c = await tx
      .selectFrom("rectification_cases")
      .selectAll()
      .where("id", "=", input.caseId)
      .forUpdate()
      .executeTakeFirst();
    if (!c) throw new DomainError("NOT_FOUND", "case.not_found", { field: "caseId" });
    await hallInScope(tx, actor, c.hall_id, "queue.supervise");
    if (input.action === "assign") {
      const u = await tx
        .selectFrom("users")
        .select(["id", "hall_id"])
        .where("id", "=", input.assigneeUserId ?? -1)
        .executeTakeFirst();
      if (!u || u.hall_id !== c.hall_id)
        throw new DomainError("BAD_REQUEST", "user.not_found", { field: "assigneeUserId" });
      await tx.updateTable("rectification_cases").set({ assignee_user_id: u.id }).where("id", "=", c.id).execute();
    } else {
      const to = applyCaseAction(c.status, input.action);
      await tx
        .updateTable("rectification_cases")
        .set(
          input.action === "follow_up"
            ? { status: to, follow_up_note: input.note ?? null, followed_up_at: now }
            : { status: to, closing_note: input.note ?? null, closed_at: now },
        )
        .where("id", "=", c.id)
        .execute();
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
    const c = await tx
      .insertInto("complaints")
      .values({
        hall_id: input.hallId,
        source: input.source,
        content: input.content,
        complainant_name: input.complainantName ?? null,
        complainant_phone: input.complainantPhone ?? null,
        staff_id: input.staffId ?? null,
        status: "received",
        notes: JSON.stringify([{ at: toShanghaiIso(now), by: actor.userId, status: "received", note: "" }]),
        created_by: actor.userId,
        created_at: now,
        updated_at: now,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await audit(tx, ctx, {
      action: "complaint.create",
      entity: "complaint",
      entityId: c.id,
      hallId: input.hallId,
      after: { source: input.source, staffId: input.staffId ?? null },
    });
    return { complaintId: c.id, status: "received" as const };
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
    const c = await tx
      .selectFrom("complaints")
      .selectAll()
      .where("id", "=", input.complaintId)
      .forUpdate()
      .executeTakeFirst();
    if (!c) throw new DomainError("NOT_FOUND", "complaint.not_found", { field: "complaintId" });
    await hallInScope(tx, actor, c.hall_id, "queue.supervise");
    const flags = {
      verified: input.verified ?? c.verified,
      major: input.major ?? c.major,
      staffId: input.staffId === undefined ? c.staff_id : input.staffId,
    };
    if (input.verified !== undefined || input.major !== undefined || input.staffId !== undefined)
      assertCanSetComplaintFlags(c.status, flags);
    if (input.to) assertComplaintTransition(c.status, input.to);
    const notes = [...(c.notes as unknown as { at: string; by: number; status: string; note: string }[])];
    if (input.to || input.note)
      notes.push({ at: toShanghaiIso(now), by: actor.userId, status: input.to ?? c.status, note: input.note ?? "" });
    await tx
      .updateTable("complaints")
      .set({
        status: input.to ?? c.status,
        verified: flags.verified,
        major: flags.major,
        staff_id: flags.staffId,
        notes: JSON.stringify(notes),
        updated_at: now,
      })
      .where("id", "=", c.id)
      .execute();
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

export async function listComplaints(db: Db, hallId: number) {
  const rows = await db
    .selectFrom("complaints as c")
    .leftJoin("staff as s", "s.id", "c.staff_id")
    .selectAll("c")
    .select("s.name as staffName")
    .where("c.hall_id", "=", hallId)
    .orderBy("c.id", "desc")
    .execute();
  return rows.map((c) => ({
    complaintId: c.id,
    source: c.source,
    content: c.content,
    complainantName: c.complainant_name,
    complainantPhoneMasked: c.complainant_phone ? maskPhone(c.complainant_phone) : null,
    staffId: c.staff_id,
    staffName: c.staffName,
    status: c.status,
    verified: c.verified,
    major: c.major,
    notes: c.notes as unknown,
    createdAt: toShanghaiIso(c.created_at),
  }));
}

/** 首问负责 ledger entry: who took a first-contact enquiry and where the citizen was directed. */
export async function logEnquiry(
  ctx: Context,
  actor: SessionActor,
  input: { hallId: number; topic: string; directedTo?: string | undefined; windowId?: number | undefined },
) {
  await hallInScope(ctx.db, actor, input.hallId, "queue.serve");
  const row = await ctx.db
    .insertInto("enquiries")
    .values({
      hall_id: input.hallId,
      taken_by: actor.userId,
      topic: input.topic,
      directed_to: input.directedTo ?? null,
      window_id: input.windowId ?? null,
      created_at: ctx.clock.now(),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return { enquiryId: row.id };
}

export async function listEnquiries(db: Db, hallId: number, date: string) {
  const from = shanghaiInstant(date, "00:00");
  const rows = await db
    .selectFrom("enquiries as e")
    .innerJoin("users as u", "u.id", "e.taken_by")
    .leftJoin("windows as w", "w.id", "e.window_id")
    .select(["e.id", "e.topic", "e.directed_to", "e.created_at", "u.name as takenBy", "w.number as windowNumber"])
    .where("e.hall_id", "=", hallId)
    .where("e.created_at", ">=", from)
    .where("e.created_at", "<", new Date(from.getTime() + 86_400_000))
    .orderBy("e.id")
    .execute();
  return rows.map((e) => ({
    enquiryId: e.id,
    topic: e.topic,
    directedTo: e.directed_to,
    windowNumber: e.windowNumber,
    takenBy: e.takenBy,
    createdAt: toShanghaiIso(e.created_at),
  }));
}
