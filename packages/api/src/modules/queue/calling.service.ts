/** 叫号 at a window: call the next ticket, recall, pass, re-queue, start, transfer; the window's open ticket. */
import type { Ticket } from "@hall/db";
import { applyTicketAction, DomainError, nextTicket, shanghaiDate, type TicketAction } from "@hall/domain";
import type { Context, SessionActor } from "../../context.ts";
import { audit } from "../../shared/audit.ts";
import { assertWorksAtWindow, ticketInScope, windowInScope, zoneInScope } from "../../shared/scope.ts";
import { servingWindows } from "../booking/index.ts";
import { queueRules } from "./hall-rules.ts";
import {
  type Db,
  lockHall,
  notifyBoard,
  openTicketAtWindow,
  primaryWindowOfUser,
  staffIdOfUser,
  updateTicket,
} from "./repository.ts";
import { type TicketView, ticketView } from "./ticket-view.ts";
import { hallQueue, queuedTicket, queueOfWindow, type WindowQueue, windowCanCall } from "./waits.service.ts";

/**
 * The window and the staff member working it: an active window of a hall in the actor's scope, where the actor holds a
 * post (or supervises the hall).
 */
async function windowOf(db: Db, actor: SessionActor, windowId: number) {
  const w = await windowInScope(db, actor, windowId, "queue.serve", { field: "windowId" });
  if (!w.active) throw new DomainError("NOT_FOUND", "window.not_found", { field: "windowId" });
  await assertWorksAtWindow(db, actor, w.id, "windowId");
  return { window: w, staffId: await staffIdOfUser(db, actor.userId) };
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
    await lockHall(tx, window.hall_id);
    const busy = await openTicketAtWindow(tx, window.id);
    if (busy)
      throw new DomainError("CONFLICT", "queue.window_busy", { field: "windowId", params: { number: busy.number } });
    const { waiting, items } = await hallQueue(tx, window.hall_id, shanghaiDate(now));
    const servable = waiting.filter((t) => windowCanCall(me, t, t.item_id ? items.get(t.item_id) : undefined));
    const next = nextTicket(servable.map(queuedTicket), now);
    if (!next) return null;
    const t = servable.find((x) => x.id === next.id)!;
    const state = applyTicketAction(
      { status: t.status, recalls: t.recalls, requeues: t.requeues },
      "call",
      (await queueRules(tx, window.hall_id, now)).settings,
    );
    await updateTicket(tx, t.id, {
      status: state.status,
      recalls: state.recalls,
      window_id: window.id,
      staff_id: staffId,
      called_at: now,
    });
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

/**
 * Loads a ticket, locked, for counter work on it: its hall is in the actor's scope and the window that called it is
 * the actor's (or the actor supervises the hall) — no one acts on a ticket another window holds.
 */
export async function lockTicket(tx: Db, actor: SessionActor, ticketId: number): Promise<Ticket> {
  const t = await ticketInScope(tx, actor, ticketId, "queue.serve", { forUpdate: true });
  await assertWorksAtWindow(tx, actor, t.window_id, "ticketId");
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
    await updateTicket(tx, ticketId, {
      status: state.status,
      recalls: state.recalls,
      requeues: state.requeues,
      ...(action === "requeue" ? { requeued_at: now, window_id: null } : {}),
      ...(action === "recall" ? { called_at: now } : {}),
    });
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
    // The target: an active window or zone of the ticket's hall (never another hall's, never one out of scope).
    if (input.toWindowId !== undefined) {
      const to = await windowInScope(tx, actor, input.toWindowId, "queue.serve", {
        hallId: t.hall_id,
        field: "toWindowId",
      });
      if (!to.active) throw new DomainError("BAD_REQUEST", "window.not_found", { field: "toWindowId" });
    } else {
      const to = await zoneInScope(tx, actor, input.toZoneId!, "queue.serve", { hallId: t.hall_id, field: "toZoneId" });
      if (!to.active) throw new DomainError("BAD_REQUEST", "zone.not_found", { field: "toZoneId" });
    }
    await updateTicket(tx, t.id, {
      status: state.status,
      recalls: state.recalls,
      window_id: null,
      target_window_id: input.toWindowId ?? null,
      transfer_zone_id: input.toZoneId ?? null,
    });
    await notifyBoard(tx, t.hall_id); // it leaves the display and joins the target's queue
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

/** The ticket open at a window (called or being served), so a console can pick up where it left off. */
export async function currentTicket(ctx: Context, actor: SessionActor, windowId: number): Promise<TicketView | null> {
  const { window } = await windowOf(ctx.db, actor, windowId);
  const open = await openTicketAtWindow(ctx.db, window.id);
  return open ? ticketView(ctx.db, open.id) : null;
}

/** The queue panel of a console: how many wait for this window, the next few in calling order, the longest wait. */
export async function windowQueue(ctx: Context, actor: SessionActor, windowId: number): Promise<WindowQueue> {
  const { window } = await windowOf(ctx.db, actor, windowId);
  return queueOfWindow(ctx.db, window, ctx.clock.now());
}

/** The window a staff member sits at today: the window where they hold the A post, else the B post. */
export async function windowOfStaffUser(db: Db, userId: number): Promise<number | null> {
  return primaryWindowOfUser(db, userId);
}
