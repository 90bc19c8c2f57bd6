/**
 * The feedback module's data access: the only code of the module that knows kysely and the tables. Use cases
 * (ratings, cases, complaints, enquiries) call these functions inside their transactions.
 */
import type { ComplaintTable, Database, Kysely, RectificationCaseTable } from "@hall/db";

export type Db = Kysely<Database>;

/** One step of a complaint's history, kept in `complaints.notes` (jsonb). */
export interface ComplaintNote {
  at: string;
  by: number;
  status: string;
  note: string;
}

// ——— ratings (好差评) ———

/** A ticket, locked until commit, or undefined. */
export async function lockTicketForRating(tx: Db, ticketId: number) {
  return tx.selectFrom("tickets").selectAll().where("id", "=", ticketId).forUpdate().executeTakeFirst();
}

export async function ratingOfTicket(db: Db, ticketId: number) {
  return db.selectFrom("ratings").select("id").where("ticket_id", "=", ticketId).executeTakeFirst();
}

/** A ticket with its item's name and its rating (score, comment, when), for the citizen's rating page. */
export async function ticketWithRating(db: Db, ticketId: number) {
  return db
    .selectFrom("tickets as t")
    .leftJoin("service_items as i", "i.id", "t.item_id")
    .leftJoin("ratings as r", "r.ticket_id", "t.id")
    .select([
      "t.id",
      "t.hall_id",
      "t.citizen_id",
      "t.number",
      "t.completed_at",
      "i.name as itemName",
      "r.score",
      "r.comment",
      "r.rated_at",
    ])
    .where("t.id", "=", ticketId)
    .executeTakeFirst();
}

export async function insertRating(
  tx: Db,
  r: {
    ticketId: number;
    hallId: number;
    citizenId: number;
    windowId: number | null;
    staffId: number | null;
    score: number;
    comment: string | null;
    ratedAt: Date;
  },
): Promise<number> {
  const row = await tx
    .insertInto("ratings")
    .values({
      ticket_id: r.ticketId,
      hall_id: r.hallId,
      citizen_id: r.citizenId,
      window_id: r.windowId,
      staff_id: r.staffId,
      score: r.score,
      comment: r.comment,
      rated_at: r.ratedAt,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

// ——— rectification cases (差评整改) ———

export async function insertCase(
  tx: Db,
  c: { hallId: number; ratingId: number; dueDate: string; createdAt: Date },
): Promise<number> {
  const row = await tx
    .insertInto("rectification_cases")
    .values({
      hall_id: c.hallId,
      rating_id: c.ratingId,
      status: "open",
      due_date: c.dueDate,
      assignee_user_id: null,
      follow_up_note: null,
      followed_up_at: null,
      closing_note: null,
      closed_at: null,
      created_at: c.createdAt,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateCase(
  tx: Db,
  caseId: number,
  patch: Partial<{
    status: RectificationCaseTable["status"];
    assignee_user_id: number | null;
    follow_up_note: string | null;
    followed_up_at: Date | null;
    closing_note: string | null;
    closed_at: Date | null;
  }>,
): Promise<void> {
  await tx.updateTable("rectification_cases").set(patch).where("id", "=", caseId).execute();
}

/** A hall's cases, newest first, with the rating, ticket, window, staff member and assignee. */
export async function casesOfHall(db: Db, hallId: number) {
  return db
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
}

// ——— complaints (投诉) ———

export async function insertComplaint(
  tx: Db,
  c: {
    hallId: number;
    source: ComplaintTable["source"];
    content: string;
    complainantName: string | null;
    /** Sealed and masked (shared/personal-data.ts sealPhone); never the plaintext number. */
    complainantPhone: { enc: string; masked: string } | null;
    staffId: number | null;
    notes: ComplaintNote[];
    createdBy: number;
    at: Date;
  },
): Promise<number> {
  const row = await tx
    .insertInto("complaints")
    .values({
      hall_id: c.hallId,
      source: c.source,
      content: c.content,
      complainant_name: c.complainantName,
      complainant_phone_enc: c.complainantPhone?.enc ?? null,
      complainant_phone_masked: c.complainantPhone?.masked ?? null,
      staff_id: c.staffId,
      status: "received",
      notes: JSON.stringify(c.notes),
      created_by: c.createdBy,
      created_at: c.at,
      updated_at: c.at,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateComplaintRow(
  tx: Db,
  complaintId: number,
  c: {
    status: ComplaintTable["status"];
    verified: boolean;
    major: boolean;
    staffId: number | null;
    notes: ComplaintNote[];
    updatedAt: Date;
  },
): Promise<void> {
  await tx
    .updateTable("complaints")
    .set({
      status: c.status,
      verified: c.verified,
      major: c.major,
      staff_id: c.staffId,
      notes: JSON.stringify(c.notes),
      updated_at: c.updatedAt,
    })
    .where("id", "=", complaintId)
    .execute();
}

/** A hall's complaints, newest first, with the name of the staff member concerned. */
export async function complaintsOfHall(db: Db, hallId: number) {
  return db
    .selectFrom("complaints as c")
    .leftJoin("staff as s", "s.id", "c.staff_id")
    .selectAll("c")
    .select("s.name as staffName")
    .where("c.hall_id", "=", hallId)
    .orderBy("c.id", "desc")
    .execute();
}

// ——— the 首问负责 enquiry ledger ———

export async function insertEnquiry(
  db: Db,
  e: { hallId: number; takenBy: number; topic: string; directedTo: string | null; windowId: number | null; at: Date },
): Promise<number> {
  const row = await db
    .insertInto("enquiries")
    .values({
      hall_id: e.hallId,
      taken_by: e.takenBy,
      topic: e.topic,
      directed_to: e.directedTo,
      window_id: e.windowId,
      created_at: e.at,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A hall's enquiries in [from, to), in order, with who took them and the window. */
export async function enquiriesOfHall(db: Db, hallId: number, from: Date, to: Date) {
  return db
    .selectFrom("enquiries as e")
    .innerJoin("users as u", "u.id", "e.taken_by")
    .leftJoin("windows as w", "w.id", "e.window_id")
    .select(["e.id", "e.topic", "e.directed_to", "e.created_at", "u.name as takenBy", "w.number as windowNumber"])
    .where("e.hall_id", "=", hallId)
    .where("e.created_at", ">=", from)
    .where("e.created_at", "<", to)
    .orderBy("e.id")
    .execute();
}
