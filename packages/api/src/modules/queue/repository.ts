/**
 * The queue module's data access: the only code of the module that knows kysely and the tables. Use cases
 * (tickets, calling, outcomes, board, refusals) call these functions inside their transactions.
 */
import { type Booking, type Database, type Kysely, sql, type Ticket } from "@hall/db";
import { BOARD_CHANNEL } from "../../shared/events.ts";

export type Db = Kysely<Database>;

// ——— halls, zones, people ———

/** The stored settings (jsonb) of a hall, or undefined when there is no such hall. */
export async function hallSettingsRow(db: Db, hallId: number): Promise<{ settings: unknown } | undefined> {
  return db.selectFrom("halls").select("settings").where("id", "=", hallId).executeTakeFirst();
}

/** Locks the hall row until commit: the pick of the next ticket is serialised per hall. */
export async function lockHall(tx: Db, hallId: number): Promise<void> {
  await tx.selectFrom("halls").select("id").where("id", "=", hallId).forUpdate().execute();
}

/** An active zone of the hall: the given one, else the hall's first general acceptance zone. */
export async function activeZoneOrGeneral(
  db: Db,
  hallId: number,
  zoneId: number | null,
): Promise<{ id: number; name: string; prefix: string } | undefined> {
  let q = db
    .selectFrom("zones")
    .select(["id", "name", "prefix"])
    .where("hall_id", "=", hallId)
    .where("active", "=", true);
  q = zoneId ? q.where("id", "=", zoneId) : q.where("kind", "=", "acceptance_general").orderBy("sort");
  return q.executeTakeFirst();
}

/** The sealed ID number a user account holds and how it was verified (for the elderly priority), or undefined. */
export async function idNumberOfUser(db: Db, userId: number) {
  return db
    .selectFrom("users")
    .select(["id_number_enc", "id_verification"])
    .where("id", "=", userId)
    .executeTakeFirst();
}

/** The staff row of a user account, or null (a hall admin need not be staff). */
export async function staffIdOfUser(db: Db, userId: number): Promise<number | null> {
  const s = await db.selectFrom("staff").select("id").where("user_id", "=", userId).executeTakeFirst();
  return s?.id ?? null;
}

/** The window a staff member sits at today: the window where they hold the A post, else the B post. */
export async function primaryWindowOfUser(db: Db, userId: number): Promise<number | null> {
  const row = await db
    .selectFrom("window_posts as p")
    .innerJoin("staff as s", "s.id", "p.staff_id")
    .innerJoin("windows as w", "w.id", "p.window_id")
    .select("p.window_id")
    .where("s.user_id", "=", userId)
    .where("w.active", "=", true)
    .orderBy("p.position")
    .orderBy("w.number")
    .executeTakeFirst();
  return row?.window_id ?? null;
}

/** The promised working days of an item (0 for 即办件). */
export async function promisedDaysOfItem(db: Db, itemId: number): Promise<number> {
  const row = await db
    .selectFrom("service_items")
    .select("promised_days")
    .where("id", "=", itemId)
    .executeTakeFirstOrThrow();
  return row.promised_days;
}

/** The materials an item asks for, in the item's order, with whether each may be missing (容缺受理). */
export async function materialsOfItem(db: Db, itemId: number): Promise<{ name: string; waivable: boolean }[]> {
  return db
    .selectFrom("service_item_materials")
    .select(["name", "waivable"])
    .where("item_id", "=", itemId)
    .orderBy("sort")
    .orderBy("id")
    .execute();
}

// ——— bookings (check-in) ———

/** A booking by id or by its code, locked until commit. */
export async function lockBooking(tx: Db, by: { bookingId: number } | { code: string }): Promise<Booking | undefined> {
  let q = tx.selectFrom("bookings").selectAll();
  q = "bookingId" in by ? q.where("id", "=", by.bookingId) : q.where("code", "=", by.code);
  return q.forUpdate().executeTakeFirst();
}

export async function markBookingCheckedIn(tx: Db, bookingId: number, now: Date): Promise<void> {
  await tx
    .updateTable("bookings")
    .set({ status: "checked_in", checked_in_at: now })
    .where("id", "=", bookingId)
    .execute();
}

export async function markBookingCompleted(tx: Db, bookingId: number, now: Date): Promise<void> {
  await tx
    .updateTable("bookings")
    .set({ status: "completed", completed_at: now })
    .where("id", "=", bookingId)
    .execute();
}

// ——— tickets ———

/**
 * The next sequence number of (hall, day, zone prefix). The counter row is locked by the upsert until commit, so
 * numbers are unique and, since a rolled-back ticket rolls its number back, gap-free.
 */
export async function nextTicketSeq(tx: Db, hallId: number, serviceDate: string, prefix: string): Promise<number> {
  const counter = await tx
    .insertInto("ticket_counters")
    .values({ hall_id: hallId, service_date: serviceDate, prefix, last_seq: 1 })
    .onConflict((oc) =>
      oc
        .columns(["hall_id", "service_date", "prefix"])
        .doUpdateSet({ last_seq: sql<number>`ticket_counters.last_seq + 1` }),
    )
    .returning("last_seq")
    .executeTakeFirstOrThrow();
  return counter.last_seq;
}

export interface NewTicket {
  hallId: number;
  zoneId: number;
  itemId: number;
  bookingId: number | null;
  citizenId: number | null;
  serviceDate: string;
  prefix: string;
  seq: number;
  number: string;
  priority: Ticket["priority"];
  bookedStart: Date | null;
  issuedAt: Date;
  /** The client's key for this 取号 (a repeat gets this ticket back), if it sent one. */
  idempotencyKey?: string | null;
}

/** Inserts a waiting ticket and returns its id. */
export async function insertTicket(tx: Db, t: NewTicket): Promise<number> {
  const row = await tx
    .insertInto("tickets")
    .values({
      hall_id: t.hallId,
      zone_id: t.zoneId,
      item_id: t.itemId,
      booking_id: t.bookingId,
      citizen_id: t.citizenId,
      service_date: t.serviceDate,
      prefix: t.prefix,
      seq: t.seq,
      number: t.number,
      priority: t.priority,
      booked_start: t.bookedStart,
      status: "waiting",
      window_id: null,
      target_window_id: null,
      transfer_zone_id: null,
      staff_id: null,
      issued_at: t.issuedAt,
      requeued_at: null,
      called_at: null,
      completed_at: null,
      idempotency_key: t.idempotencyKey ?? null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Unique index of (hall, idempotency key): a concurrent repeat of a keyed 取号 fails on it. */
export const TICKET_IDEMPOTENCY_INDEX = "tickets_hall_idempotency_uq";

/** The ticket a 取号 with this key got in the hall, with its zone's name, or undefined. */
export async function ticketByIdempotencyKey(db: Db, hallId: number, key: string) {
  return db
    .selectFrom("tickets as t")
    .innerJoin("zones as z", "z.id", "t.zone_id")
    .select(["t.id", "t.number", "t.citizen_id", "z.name as zoneName"])
    .where("t.hall_id", "=", hallId)
    .where("t.idempotency_key", "=", key)
    .executeTakeFirst();
}

/** A citizen's ticket for the item on the service day that is still waiting to be called, or undefined. */
export async function waitingTicketOfCitizen(db: Db, citizenId: number, itemId: number, serviceDate: string) {
  return db
    .selectFrom("tickets as t")
    .innerJoin("zones as z", "z.id", "t.zone_id")
    .select(["t.id", "t.number", "t.citizen_id", "z.name as zoneName"])
    .where("t.citizen_id", "=", citizenId)
    .where("t.item_id", "=", itemId)
    .where("t.service_date", "=", serviceDate)
    .where("t.status", "=", "waiting")
    .orderBy("t.id")
    .executeTakeFirst();
}

/** Locks a user's row until commit: one person's 取号 run one after another. */
export async function lockUserRow(tx: Db, userId: number): Promise<void> {
  await tx.selectFrom("users").select("id").where("id", "=", userId).forUpdate().execute();
}

/** A ticket with its item's name (what a console shows). */
export async function ticketWithItemName(db: Db, ticketId: number) {
  return db
    .selectFrom("tickets as t")
    .leftJoin("service_items as i", "i.id", "t.item_id")
    .selectAll("t")
    .select("i.name as itemName")
    .where("t.id", "=", ticketId)
    .executeTakeFirstOrThrow();
}

/** The ticket open at a window (called or being served), most recently called first, or undefined. */
export async function openTicketAtWindow(db: Db, windowId: number) {
  return db
    .selectFrom("tickets")
    .select(["id", "number"])
    .where("window_id", "=", windowId)
    .where("status", "in", ["called", "serving"])
    .orderBy("called_at", "desc")
    .executeTakeFirst();
}

/** Today's tickets of a hall that wait to be called (waiting, or transferred to a window or zone). */
export async function waitingTickets(tx: Db, hallId: number, serviceDate: string) {
  return tx
    .selectFrom("tickets")
    .selectAll()
    .where("hall_id", "=", hallId)
    .where("service_date", "=", serviceDate)
    .where("status", "in", ["waiting", "transferred"])
    .execute();
}

export type TicketPatch = Partial<
  Pick<
    Ticket,
    | "status"
    | "priority"
    | "recalls"
    | "requeues"
    | "window_id"
    | "staff_id"
    | "called_at"
    | "requeued_at"
    | "completed_at"
    | "target_window_id"
    | "transfer_zone_id"
  >
>;

export async function updateTicket(tx: Db, ticketId: number, patch: TicketPatch): Promise<void> {
  await tx.updateTable("tickets").set(patch).where("id", "=", ticketId).execute();
}

// ——— service records (办件) ———

export interface NewServiceRecord {
  ticketId: number;
  hallId: number;
  itemId: number | null;
  windowId: number;
  staffId: number | null;
  citizenId: number | null;
  outcome: "done" | "accepted" | "accepted_pending_materials" | "notice_given" | "refused";
  missingMaterials: string[] | null;
  noticeText: string | null;
  dueDate: string | null;
  materialsDeadline: string | null;
  issuedAt: Date;
  calledAt: Date | null;
  completedAt: Date;
}

export async function insertServiceRecord(tx: Db, r: NewServiceRecord): Promise<number> {
  const row = await tx
    .insertInto("service_records")
    .values({
      ticket_id: r.ticketId,
      hall_id: r.hallId,
      item_id: r.itemId,
      window_id: r.windowId,
      staff_id: r.staffId,
      citizen_id: r.citizenId,
      outcome: r.outcome,
      missing_materials: r.missingMaterials ? JSON.stringify(r.missingMaterials) : null,
      notice_text: r.noticeText,
      due_date: r.dueDate,
      materials_deadline: r.materialsDeadline,
      issued_at: r.issuedAt,
      called_at: r.calledAt,
      completed_at: r.completedAt,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

// ——— the calling display ———

/** Tells every gateway instance (on commit) that the calls of a hall changed. */
export async function notifyBoard(tx: Db, hallId: number): Promise<void> {
  await sql`select pg_notify(${BOARD_CHANNEL}, ${String(hallId)})`.execute(tx);
}

/** The tickets being called or served in a hall on a day, most recent call first (at most `limit`). */
export async function boardCalls(db: Db, hallId: number, serviceDate: string, limit: number) {
  return db
    .selectFrom("tickets as t")
    .innerJoin("windows as w", "w.id", "t.window_id")
    .select(["t.number", "w.number as windowNumber", "w.name as windowName", "t.called_at", "t.recalls"])
    .where("t.hall_id", "=", hallId)
    .where("t.service_date", "=", serviceDate)
    .where("t.status", "in", ["called", "serving"])
    .orderBy("t.called_at", "desc")
    .limit(limit)
    .execute();
}

/** How many tickets of a hall wait on a day. */
export async function waitingCount(db: Db, hallId: number, serviceDate: string): Promise<number> {
  const r = await db
    .selectFrom("tickets")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("hall_id", "=", hallId)
    .where("service_date", "=", serviceDate)
    .where("status", "in", ["waiting", "transferred"])
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

// ——— where a ticket stands (the citizen's ticket screen, the console's queue panel) ———

/** A citizen's tickets of a service day, latest first, with zone, item and the window that called them. */
export async function ticketsOfCitizen(db: Db, citizenId: number, serviceDate: string) {
  return db
    .selectFrom("tickets as t")
    .innerJoin("zones as z", "z.id", "t.zone_id")
    .leftJoin("service_items as i", "i.id", "t.item_id")
    .leftJoin("windows as w", "w.id", "t.window_id")
    .selectAll("t")
    .select(["z.name as zoneName", "i.name as itemName", "w.number as windowNumber", "w.name as windowName"])
    .where("t.citizen_id", "=", citizenId)
    .where("t.service_date", "=", serviceDate)
    .orderBy("t.issued_at", "desc")
    .orderBy("t.id", "desc")
    .execute();
}

/**
 * The hall's latest services (办件 with a call), completed from `since` on, at most `limit`, latest first: when each
 * was called and completed (the estimated wait is computed from them).
 */
export async function recentServices(db: Db, hallId: number, since: Date, limit: number) {
  return db
    .selectFrom("service_records")
    .select(["called_at", "completed_at"])
    .where("hall_id", "=", hallId)
    .where("called_at", "is not", null)
    .where("completed_at", ">=", since)
    .orderBy("completed_at", "desc")
    .limit(limit)
    .execute();
}

// ——— refusal requests (办不成事) ———

/** The latest refusal request of a ticket, or undefined. */
export async function latestRefusalOfTicket(db: Db, ticketId: number) {
  return db
    .selectFrom("refusal_requests")
    .select(["id", "status", "reason", "decision_reason"])
    .where("ticket_id", "=", ticketId)
    .orderBy("id", "desc")
    .executeTakeFirst();
}

export async function insertRefusalRequest(
  tx: Db,
  r: { ticketId: number; hallId: number; requestedBy: number; reason: string; requestedAt: Date },
): Promise<number> {
  const row = await tx
    .insertInto("refusal_requests")
    .values({
      ticket_id: r.ticketId,
      hall_id: r.hallId,
      requested_by: r.requestedBy,
      reason: r.reason,
      status: "requested",
      requested_at: r.requestedAt,
      decided_by: null,
      decision_reason: null,
      decided_at: null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function decideRefusalRequest(
  tx: Db,
  requestId: number,
  d: { status: "approved" | "denied"; decidedBy: number; reason: string; decidedAt: Date },
): Promise<void> {
  await tx
    .updateTable("refusal_requests")
    .set({ status: d.status, decided_by: d.decidedBy, decision_reason: d.reason, decided_at: d.decidedAt })
    .where("id", "=", requestId)
    .execute();
}

/** The refusal requests of a hall made in [from, to), with ticket, item and people's names. */
export async function refusalRequestsOfHall(db: Db, hallId: number, from: Date, to: Date) {
  return db
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
      "r.requested_by",
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
}
