import { type Database, type Kysely, sql, type Ticket } from "@hall/db";
import {
  applyTicketAction,
  assertCanCheckIn,
  assertCanCompleteAsRefused,
  assertCanIssueTicket,
  assertOutcomeDetails,
  type BookingStatus,
  type CalendarLookup,
  type CompletableOutcome,
  canWindowServeItem,
  DomainError,
  dueDateOf,
  formatTicketNumber,
  hasDueDate,
  nextTicket,
  normalizeBookingCode,
  type OpeningHoursRange,
  pendingMaterialsDeadline,
  priorityClassOf,
  type QueueSettings,
  resolveHallSettings,
  shanghaiDate,
  type TicketAction,
  type TicketPrefix,
  toShanghaiIso,
} from "@hall/domain";
import type { Context, SessionActor } from "../../context.ts";
import { audit } from "../../shared/audit.ts";
import { hallCalendarLookup } from "../../shared/calendar.ts";
import { BOARD_CHANNEL } from "../../shared/events.ts";
import { hallInScope } from "../../shared/scope.ts";
import { queueSettingsOf } from "../../shared/settings.ts";
import { loadItem, servingWindows } from "../booking/index.ts";

type Db = Kysely<Database>;

interface QueueRules {
  settings: QueueSettings;
  openingHours: OpeningHoursRange[];
  calendar: CalendarLookup;
}

export async function queueRules(db: Db, hallId: number, now: Date): Promise<QueueRules> {
  const hall = await db.selectFrom("halls").select("settings").where("id", "=", hallId).executeTakeFirst();
  if (!hall) throw new DomainError("NOT_FOUND", "hall.not_found", { field: "hallId" });
  const year = Number(shanghaiDate(now).slice(0, 4));
  return {
    settings: queueSettingsOf(hall.settings),
    openingHours: resolveHallSettings(hall.settings as never).openingHours,
    calendar: await hallCalendarLookup(db, hallId, [year]),
  };
}

/** The zone whose prefix an item's tickets carry: the item's zone, else the hall's general acceptance zone. */
async function zoneOfItem(
  db: Db,
  hallId: number,
  zoneId: number | null,
): Promise<{ id: number; name: string; prefix: string }> {
  let q = db
    .selectFrom("zones")
    .select(["id", "name", "prefix"])
    .where("hall_id", "=", hallId)
    .where("active", "=", true);
  q = zoneId ? q.where("id", "=", zoneId) : q.where("kind", "=", "acceptance_general").orderBy("sort");
  const zone = await q.executeTakeFirst();
  if (!zone) throw new DomainError("NOT_FOUND", "zone.not_found", { field: "itemId" });
  return zone;
}

export interface IssuedTicket {
  ticketId: number;
  number: string;
  zone: string;
}

/**
 * Issues the next number of (hall, day, zone prefix) and the ticket in the caller's transaction. The counter row is
 * locked by the upsert until commit, so numbers are unique and, since a rolled-back ticket rolls its number back,
 * gap-free.
 */
async function issueTicket(
  tx: Db,
  values: {
    hallId: number;
    zone: { id: number; name: string; prefix: string };
    itemId: number;
    bookingId: number | null;
    citizenId: number | null;
    priority: Ticket["priority"];
    bookedStart: Date | null;
    now: Date;
  },
): Promise<IssuedTicket> {
  const serviceDate = shanghaiDate(values.now);
  const counter = await tx
    .insertInto("ticket_counters")
    .values({ hall_id: values.hallId, service_date: serviceDate, prefix: values.zone.prefix, last_seq: 1 })
    .onConflict((oc) =>
      oc
        .columns(["hall_id", "service_date", "prefix"])
        .doUpdateSet({ last_seq: sql<number>`ticket_counters.last_seq + 1` }),
    )
    .returning("last_seq")
    .executeTakeFirstOrThrow();
  const number = formatTicketNumber(values.zone.prefix as TicketPrefix, counter.last_seq);
  const ticket = await tx
    .insertInto("tickets")
    .values({
      hall_id: values.hallId,
      zone_id: values.zone.id,
      item_id: values.itemId,
      booking_id: values.bookingId,
      citizen_id: values.citizenId,
      service_date: serviceDate,
      prefix: values.zone.prefix,
      seq: counter.last_seq,
      number,
      priority: values.priority,
      booked_start: values.bookedStart,
      status: "waiting",
      window_id: null,
      target_window_id: null,
      transfer_zone_id: null,
      staff_id: null,
      issued_at: values.now,
      requeued_at: null,
      called_at: null,
      completed_at: null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await notifyBoard(tx, values.hallId); // the display's waiting count
  return { ticketId: ticket.id, number, zone: values.zone.name };
}

export interface TakeTicketInput {
  itemId: number;
  /** Walk-in at the counter: the citizen's ID number (for the elderly priority) and the military flag. */
  idNumber?: string | undefined;
  military?: boolean | undefined;
}

/** 现场取号: a citizen for themselves, or hall staff for a walk-in. No tickets outside ticket hours. */
export async function takeTicket(ctx: Context, actor: SessionActor, input: TakeTicketInput): Promise<IssuedTicket> {
  const now = ctx.clock.now();
  const item = await loadItem(ctx.db, input.itemId);
  if (!item.active) throw new DomainError("NOT_FOUND", "item.not_found", { field: "itemId" });
  const isCitizen = actor.roles.includes("citizen");
  if (!isCitizen) await hallInScope(ctx.db, actor, item.hallId, "queue.serve");
  const rules = await queueRules(ctx.db, item.hallId, now);
  assertCanIssueTicket(now, rules.openingHours, rules.calendar);
  let idNumber = input.idNumber ?? null;
  if (isCitizen) {
    const me = await ctx.db.selectFrom("users").select("id_number").where("id", "=", actor.userId).executeTakeFirst();
    idNumber = me?.id_number ?? null;
  }
  const priority = priorityClassOf({ military: Boolean(input.military), idNumber }, shanghaiDate(now), rules.settings);
  const zone = await zoneOfItem(ctx.db, item.hallId, item.zoneId);
  return ctx.db.transaction().execute(async (tx) => {
    const issued = await issueTicket(tx, {
      hallId: item.hallId,
      zone,
      itemId: item.id,
      bookingId: null,
      citizenId: isCitizen ? actor.userId : null,
      priority,
      bookedStart: null,
      now,
    });
    await audit(tx, ctx, {
      action: "queue.take",
      entity: "ticket",
      entityId: issued.ticketId,
      hallId: item.hallId,
      after: { number: issued.number, priority },
    });
    return issued;
  });
}

/** 签到: a confirmed booking becomes a ticket, once, within its check-in window. */
export async function checkIn(
  ctx: Context,
  actor: SessionActor,
  input: { bookingId?: number; code?: string },
): Promise<IssuedTicket> {
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (tx) => {
    let q = tx.selectFrom("bookings").selectAll();
    q =
      input.bookingId !== undefined
        ? q.where("id", "=", input.bookingId)
        : q.where("code", "=", normalizeBookingCode(input.code ?? ""));
    const booking = await q.forUpdate().executeTakeFirst();
    const field = input.bookingId !== undefined ? "bookingId" : "code";
    const isCitizen = actor.roles.includes("citizen");
    if (!booking || (isCitizen && booking.citizen_id !== actor.userId)) {
      throw new DomainError("NOT_FOUND", "booking.not_found", { field });
    }
    if (!isCitizen) await hallInScope(tx, actor, booking.hall_id, "queue.serve");
    const rules = await queueRules(tx, booking.hall_id, now);
    assertCanCheckIn(
      { status: booking.status as BookingStatus, start: booking.start_at, end: booking.end_at },
      now,
      rules.settings,
      rules,
    );
    const [item, citizen] = await Promise.all([
      loadItem(tx, booking.item_id),
      tx.selectFrom("users").select("id_number").where("id", "=", booking.citizen_id).executeTakeFirst(),
    ]);
    const zone = await zoneOfItem(tx, booking.hall_id, item.zoneId);
    const priority = priorityClassOf(
      { military: false, idNumber: citizen?.id_number ?? null },
      shanghaiDate(now),
      rules.settings,
    );
    await tx
      .updateTable("bookings")
      .set({ status: "checked_in", checked_in_at: now })
      .where("id", "=", booking.id)
      .execute();
    const issued = await issueTicket(tx, {
      hallId: booking.hall_id,
      zone,
      itemId: item.id,
      bookingId: booking.id,
      citizenId: booking.citizen_id,
      priority,
      bookedStart: booking.start_at,
      now,
    });
    await audit(tx, ctx, {
      action: "queue.check_in",
      entity: "booking",
      entityId: booking.id,
      hallId: booking.hall_id,
      before: { status: booking.status },
      after: { status: "checked_in", ticket: issued.number },
    });
    return issued;
  });
}

export interface TicketView {
  ticketId: number;
  number: string;
  status: Ticket["status"];
  priority: Ticket["priority"];
  itemId: number | null;
  itemName: string | null;
  windowId: number | null;
  booked: boolean;
  issuedAt: string;
  calledAt: string | null;
  recalls: number;
  requeues: number;
}

async function ticketView(db: Db, id: number): Promise<TicketView> {
  const t = await db
    .selectFrom("tickets as t")
    .leftJoin("service_items as i", "i.id", "t.item_id")
    .selectAll("t")
    .select("i.name as itemName")
    .where("t.id", "=", id)
    .executeTakeFirstOrThrow();
  return {
    ticketId: t.id,
    number: t.number,
    status: t.status,
    priority: t.priority,
    itemId: t.item_id,
    itemName: t.itemName,
    windowId: t.window_id,
    booked: t.booking_id !== null,
    issuedAt: toShanghaiIso(t.issued_at),
    calledAt: t.called_at ? toShanghaiIso(t.called_at) : null,
    recalls: t.recalls,
    requeues: t.requeues,
  };
}

/** The window and the staff member working it; the actor must be hall staff of that window's hall. */
async function windowOf(db: Db, actor: SessionActor, windowId: number) {
  const w = await db.selectFrom("windows").selectAll().where("id", "=", windowId).executeTakeFirst();
  if (!w?.active) throw new DomainError("NOT_FOUND", "window.not_found", { field: "windowId" });
  await hallInScope(db, actor, w.hall_id, "queue.serve");
  const staff = await db.selectFrom("staff").select("id").where("user_id", "=", actor.userId).executeTakeFirst();
  return { window: w, staffId: staff?.id ?? null };
}

/**
 * 叫号: the next ticket this window can serve, in the calling order of the domain (priority class, booked on time,
 * waiting time). The hall row is locked for the pick, so two windows calling at once never get the same ticket.
 */
export async function callNext(ctx: Context, actor: SessionActor, windowId: number): Promise<TicketView | null> {
  const now = ctx.clock.now();
  const { window, staffId } = await windowOf(ctx.db, actor, windowId);
  const windows = await servingWindows(ctx.db, window.hall_id);
  const me = windows.find((w) => w.id === window.id)!;
  const picked = await ctx.db.transaction().execute(async (tx) => {
    await tx.selectFrom("halls").select("id").where("id", "=", window.hall_id).forUpdate().execute();
    const busy = await tx
      .selectFrom("tickets")
      .select("number")
      .where("window_id", "=", window.id)
      .where("status", "in", ["called", "serving"])
      .executeTakeFirst();
    if (busy)
      throw new DomainError("CONFLICT", "queue.window_busy", { field: "windowId", params: { number: busy.number } });
    const waiting = await tx
      .selectFrom("tickets")
      .selectAll()
      .where("hall_id", "=", window.hall_id)
      .where("service_date", "=", shanghaiDate(now))
      .where("status", "in", ["waiting", "transferred"])
      .execute();
    const items = new Map<number, Awaited<ReturnType<typeof loadItem>>>();
    for (const t of waiting)
      if (t.item_id && !items.has(t.item_id)) items.set(t.item_id, await loadItem(tx, t.item_id));
    const servable = waiting.filter((t) => {
      if (t.target_window_id !== null) return t.target_window_id === window.id;
      if (t.transfer_zone_id !== null) return t.transfer_zone_id === window.zone_id;
      const item = t.item_id ? items.get(t.item_id) : undefined;
      return item ? canWindowServeItem(me, item) : window.zone_id === t.zone_id;
    });
    const next = nextTicket(
      servable.map((t) => ({
        id: t.id,
        priority: t.priority,
        booked: t.booking_id !== null,
        bookedStart: t.booked_start,
        issuedAt: t.issued_at,
        requeuedAt: t.requeued_at,
      })),
      now,
    );
    if (!next) return null;
    const t = servable.find((x) => x.id === next.id)!;
    const state = applyTicketAction(
      { status: t.status, recalls: t.recalls, requeues: t.requeues },
      "call",
      (await queueRules(tx, window.hall_id, now)).settings,
    );
    await tx
      .updateTable("tickets")
      .set({ status: state.status, recalls: state.recalls, window_id: window.id, staff_id: staffId, called_at: now })
      .where("id", "=", t.id)
      .execute();
    await notifyBoard(tx, window.hall_id);
    await audit(tx, ctx, {
      action: "queue.call",
      entity: "ticket",
      entityId: t.id,
      hallId: window.hall_id,
      after: { number: t.number, windowId: window.id },
    });
    return t.id;
  });
  return picked === null ? null : ticketView(ctx.db, picked);
}

/** Loads a ticket at the actor's window, locked, and checks the actor serves that hall. */
export async function lockTicket(tx: Db, actor: SessionActor, ticketId: number): Promise<Ticket> {
  const t = await tx.selectFrom("tickets").selectAll().where("id", "=", ticketId).forUpdate().executeTakeFirst();
  if (!t) throw new DomainError("NOT_FOUND", "queue.ticket_not_found", { field: "ticketId" });
  await hallInScope(tx, actor, t.hall_id, "queue.serve");
  return t;
}

/** recall / pass / requeue / start: the state machine of the domain decides, the row follows. */
export async function actOnTicket(
  ctx: Context,
  actor: SessionActor,
  ticketId: number,
  action: Extract<TicketAction, "recall" | "pass" | "requeue" | "start">,
): Promise<TicketView> {
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (tx) => {
    const t = await lockTicket(tx, actor, ticketId);
    const rules = await queueRules(tx, t.hall_id, now);
    const state = applyTicketAction(
      { status: t.status, recalls: t.recalls, requeues: t.requeues },
      action,
      rules.settings,
    );
    await tx
      .updateTable("tickets")
      .set({
        status: state.status,
        recalls: state.recalls,
        requeues: state.requeues,
        ...(action === "requeue" ? { requeued_at: now, window_id: null } : {}),
        ...(action === "recall" ? { called_at: now } : {}),
      })
      .where("id", "=", ticketId)
      .execute();
    await notifyBoard(tx, t.hall_id);
    await audit(tx, ctx, {
      action: `queue.${action}`,
      entity: "ticket",
      entityId: ticketId,
      hallId: t.hall_id,
      before: { status: t.status },
      after: { status: state.status },
    });
  });
  return ticketView(ctx.db, ticketId);
}

/** 转窗: to another window, or to another zone's windows; the ticket keeps its place in time. */
export async function transferTicket(
  ctx: Context,
  actor: SessionActor,
  input: { ticketId: number; toWindowId?: number | undefined; toZoneId?: number | undefined },
): Promise<TicketView> {
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (tx) => {
    const t = await lockTicket(tx, actor, input.ticketId);
    const rules = await queueRules(tx, t.hall_id, now);
    const state = applyTicketAction(
      { status: t.status, recalls: t.recalls, requeues: t.requeues },
      "transfer",
      rules.settings,
    );
    const table = input.toWindowId !== undefined ? "windows" : "zones";
    const targetId = (input.toWindowId ?? input.toZoneId)!;
    const target = await tx.selectFrom(table).select(["hall_id"]).where("id", "=", targetId).executeTakeFirst();
    if (!target || target.hall_id !== t.hall_id) {
      throw new DomainError("BAD_REQUEST", input.toWindowId !== undefined ? "window.not_found" : "zone.not_found", {
        field: input.toWindowId !== undefined ? "toWindowId" : "toZoneId",
      });
    }
    await tx
      .updateTable("tickets")
      .set({
        status: state.status,
        recalls: state.recalls,
        window_id: null,
        target_window_id: input.toWindowId ?? null,
        transfer_zone_id: input.toZoneId ?? null,
      })
      .where("id", "=", t.id)
      .execute();
    await audit(tx, ctx, {
      action: "queue.transfer",
      entity: "ticket",
      entityId: t.id,
      hallId: t.hall_id,
      before: { windowId: t.window_id },
      after: input,
    });
  });
  return ticketView(ctx.db, input.ticketId);
}

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
    if (input.outcome === "refused") {
      // 办不成事: only after the window chief approved the refusal request (XN ch.6).
      const latest = await tx
        .selectFrom("refusal_requests")
        .select("status")
        .where("ticket_id", "=", t.id)
        .orderBy("id", "desc")
        .executeTakeFirst();
      assertCanCompleteAsRefused(latest?.status ?? null);
    }
    const item = t.item_id ? await loadItem(tx, t.item_id) : null;
    const promised = t.item_id
      ? (
          await tx
            .selectFrom("service_items")
            .select("promised_days")
            .where("id", "=", t.item_id)
            .executeTakeFirstOrThrow()
        ).promised_days
      : 0;
    const today = shanghaiDate(now);
    const dueDate = hasDueDate(input.outcome) ? dueDateOf(today, promised, rules.calendar) : null;
    const materialsDeadline =
      input.outcome === "accepted_pending_materials"
        ? pendingMaterialsDeadline(today, rules.settings, rules.calendar)
        : null;
    await tx.updateTable("tickets").set({ status: "done", completed_at: now }).where("id", "=", t.id).execute();
    if (t.booking_id)
      await tx
        .updateTable("bookings")
        .set({ status: "completed", completed_at: now })
        .where("id", "=", t.booking_id)
        .execute();
    const record = await tx
      .insertInto("service_records")
      .values({
        ticket_id: t.id,
        hall_id: t.hall_id,
        item_id: item?.id ?? null,
        window_id: t.window_id!,
        staff_id: t.staff_id,
        citizen_id: t.citizen_id,
        outcome: input.outcome,
        missing_materials: input.missingMaterials
          ? JSON.stringify(input.missingMaterials.filter((m) => m.trim()))
          : null,
        notice_text: input.noticeText?.trim() || null,
        due_date: dueDate,
        materials_deadline: materialsDeadline,
        issued_at: t.issued_at,
        called_at: t.called_at,
        completed_at: now,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await notifyBoard(tx, t.hall_id);
    await audit(tx, ctx, {
      action: "queue.complete",
      entity: "ticket",
      entityId: t.id,
      hallId: t.hall_id,
      after: { outcome: input.outcome, dueDate, materialsDeadline, serviceRecordId: record.id },
    });
    return { ticketId: t.id, serviceRecordId: record.id, outcome: input.outcome, dueDate, materialsDeadline };
  });
}

/** The window a staff member sits at today: the window where they hold the A post, else the B post. */
export async function windowOfStaffUser(db: Db, userId: number): Promise<number | null> {
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

/** Tells every gateway instance (on commit) that the calls of a hall changed. */
async function notifyBoard(tx: Db, hallId: number): Promise<void> {
  await sql`select pg_notify(${BOARD_CHANNEL}, ${String(hallId)})`.execute(tx);
}

export interface BoardCall {
  number: string;
  windowNumber: string;
  windowName: string;
  calledAt: string;
  recalls: number;
}

/** The calling display: the tickets being called or served today, most recent call first. */
export async function boardOf(
  db: Db,
  hallId: number,
  now: Date,
): Promise<{ hallId: number; now: string; calls: BoardCall[]; waiting: number }> {
  const today = shanghaiDate(now);
  const [calls, waiting] = await Promise.all([
    db
      .selectFrom("tickets as t")
      .innerJoin("windows as w", "w.id", "t.window_id")
      .select(["t.number", "w.number as windowNumber", "w.name as windowName", "t.called_at", "t.recalls"])
      .where("t.hall_id", "=", hallId)
      .where("t.service_date", "=", today)
      .where("t.status", "in", ["called", "serving"])
      .orderBy("t.called_at", "desc")
      .limit(12)
      .execute(),
    db
      .selectFrom("tickets")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("hall_id", "=", hallId)
      .where("service_date", "=", today)
      .where("status", "in", ["waiting", "transferred"])
      .executeTakeFirstOrThrow(),
  ]);
  return {
    hallId,
    // The hall's clock (HALL_NOW in demos), so the display shows the same time as the counters.
    now: toShanghaiIso(now),
    calls: calls.map((c) => ({
      number: c.number,
      windowNumber: c.windowNumber,
      windowName: c.windowName,
      calledAt: toShanghaiIso(c.called_at!),
      recalls: c.recalls,
    })),
    waiting: Number(waiting.n),
  };
}

/** The ticket open at a window (called or being served), so a console can pick up where it left off. */
export async function currentTicket(ctx: Context, actor: SessionActor, windowId: number): Promise<TicketView | null> {
  const { window } = await windowOf(ctx.db, actor, windowId);
  const open = await ctx.db
    .selectFrom("tickets")
    .select("id")
    .where("window_id", "=", window.id)
    .where("status", "in", ["called", "serving"])
    .orderBy("called_at", "desc")
    .executeTakeFirst();
  return open ? ticketView(ctx.db, open.id) : null;
}
