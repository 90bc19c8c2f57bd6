/**
 * Where tickets stand: the citizen's own tickets of today (how many are ahead in the ticket's calling order, the
 * estimated wait, the window that called it) and a window's queue (how many wait for it, the next few, the longest
 * wait). Both follow the rule `callNext` calls by (domain `compareTickets`, `canWindowServeItem`).
 */
import type { Ticket } from "@hall/db";
import {
  canWindowServeItem,
  compareTickets,
  estimatedWaitMinutes,
  type QueuedTicket,
  type ServingWindow,
  shanghaiDate,
  ticketsAhead,
  toShanghaiIso,
} from "@hall/domain";
import type { Context, SessionActor } from "../../context.ts";
import { type ItemForBooking, loadItem, servingWindows } from "../booking/index.ts";
import { type Db, recentServices, ticketsOfCitizen, waitingTickets } from "./repository.ts";

/** The waiting tickets of a hall's day and what decides who may call them. */
export interface HallQueue {
  waiting: Ticket[];
  windows: ServingWindow[];
  items: Map<number, ItemForBooking>;
}

export async function hallQueue(db: Db, hallId: number, serviceDate: string): Promise<HallQueue> {
  const [waiting, windows] = await Promise.all([waitingTickets(db, hallId, serviceDate), servingWindows(db, hallId)]);
  const items = new Map<number, ItemForBooking>();
  for (const t of waiting) if (t.item_id && !items.has(t.item_id)) items.set(t.item_id, await loadItem(db, t.item_id));
  return { waiting, windows, items };
}

/**
 * Whether `window` may call the waiting ticket `t`: a transfer names its target window or zone; otherwise the window
 * serves the ticket's item (domain `canWindowServeItem`), or, for a ticket without an item, the ticket's zone.
 */
export function windowCanCall(window: ServingWindow, t: Ticket, item: ItemForBooking | undefined): boolean {
  if (t.target_window_id !== null) return t.target_window_id === window.id;
  if (t.transfer_zone_id !== null) return t.transfer_zone_id === window.zoneId;
  return item ? canWindowServeItem(window, item) : window.zoneId === t.zone_id;
}

/** A ticket as the calling order sees it. */
export function queuedTicket(t: Ticket): QueuedTicket {
  return {
    id: t.id,
    priority: t.priority,
    booked: t.booking_id !== null,
    bookedStart: t.booked_start,
    issuedAt: t.issued_at,
    requeuedAt: t.requeued_at,
  };
}

/** How many recent services the estimate looks at, and how far back (days). */
const RECENT_SERVICES = 30;
const RECENT_DAYS = 7;

/** The durations (minutes, call to completion) of the hall's latest services. */
async function recentServiceMinutes(db: Db, hallId: number, now: Date): Promise<number[]> {
  const since = new Date(now.getTime() - RECENT_DAYS * 24 * 3600_000);
  const rows = await recentServices(db, hallId, since, RECENT_SERVICES);
  return rows.map((r) => (r.completed_at.getTime() - r.called_at!.getTime()) / 60_000);
}

/** A citizen's ticket as their ticket screen shows it. */
export interface MyTicket {
  ticketId: number;
  /** The hall (its calling display, `queue.board`, tells when to read this again). */
  hallId: number;
  number: string;
  zone: string;
  itemName: string | null;
  status: Ticket["status"];
  booked: boolean;
  issuedAt: string;
  calledAt: string | null;
  completedAt: string | null;
  /** The window that called it, while it is called or being served. */
  window: { number: string; name: string } | null;
  /** While it waits: the tickets before it in its own calling order (for the windows that can call it). */
  ahead: number | null;
  /** While it waits: the estimated wait in minutes (domain `estimatedWaitMinutes`). */
  estimatedWaitMinutes: number | null;
}

/** `queue.mine`: the citizen's tickets of the hall day, latest first, with where each stands now. */
export async function myTickets(ctx: Context, actor: SessionActor): Promise<MyTicket[]> {
  const now = ctx.clock.now();
  const rows = await ticketsOfCitizen(ctx.db, actor.userId, shanghaiDate(now));
  const queues = new Map<number, HallQueue>();
  const recent = new Map<number, number[]>();
  const views: MyTicket[] = [];
  for (const t of rows) {
    let ahead: number | null = null;
    let wait: number | null = null;
    if (t.status === "waiting" || t.status === "transferred") {
      if (!queues.has(t.hall_id)) queues.set(t.hall_id, await hallQueue(ctx.db, t.hall_id, t.service_date));
      if (!recent.has(t.hall_id)) recent.set(t.hall_id, await recentServiceMinutes(ctx.db, t.hall_id, now));
      const q = queues.get(t.hall_id)!;
      const item = t.item_id ? (q.items.get(t.item_id) ?? (await loadItem(ctx.db, t.item_id))) : undefined;
      // The windows that can call this ticket, and the tickets any of them could call instead.
      const callers = q.windows.filter((w) => w.active && windowCanCall(w, t, item));
      const rivals = q.waiting.filter((o) =>
        callers.some((w) => windowCanCall(w, o, o.item_id ? q.items.get(o.item_id) : undefined)),
      );
      ahead = ticketsAhead(queuedTicket(t), rivals.map(queuedTicket), now);
      wait = estimatedWaitMinutes({
        ahead,
        windows: callers.filter((w) => w.staffed).length,
        recentServiceMinutes: recent.get(t.hall_id)!,
        fallbackMinutes: item?.avgHandlingMinutes ?? 10,
      });
    }
    const atWindow = t.status === "called" || t.status === "serving";
    views.push({
      ticketId: t.id,
      hallId: t.hall_id,
      number: t.number,
      zone: t.zoneName,
      itemName: t.itemName,
      status: t.status,
      booked: t.booking_id !== null,
      issuedAt: toShanghaiIso(t.issued_at),
      calledAt: t.called_at ? toShanghaiIso(t.called_at) : null,
      completedAt: t.completed_at ? toShanghaiIso(t.completed_at) : null,
      window: atWindow && t.windowNumber !== null ? { number: t.windowNumber, name: t.windowName! } : null,
      ahead,
      estimatedWaitMinutes: wait,
    });
  }
  return views;
}

/** How many tickets of the queue panel are listed. */
export const NEXT_SHOWN = 5;

export interface WindowQueue {
  windowId: number;
  /** Tickets this window could call now. */
  waiting: number;
  /** The first of them in calling order (at most NEXT_SHOWN). */
  next: {
    ticketId: number;
    number: string;
    priority: Ticket["priority"];
    booked: boolean;
    transferred: boolean;
    itemName: string | null;
    /** Since when it waits (issue, or re-queue). */
    waitingSince: string;
    waitedMinutes: number;
  }[];
  /** The longest any of them has waited, in whole minutes (null when nobody waits). */
  longestWaitMinutes: number | null;
}

/** The queue of one window (the caller has checked that the actor works there). */
export async function queueOfWindow(db: Db, window: { id: number; hall_id: number }, now: Date): Promise<WindowQueue> {
  const q = await hallQueue(db, window.hall_id, shanghaiDate(now));
  const me = q.windows.find((w) => w.id === window.id);
  const mine = me
    ? q.waiting
        .filter((t) => windowCanCall(me, t, t.item_id ? q.items.get(t.item_id) : undefined))
        .sort((a, b) => compareTickets(queuedTicket(a), queuedTicket(b), now))
    : [];
  const waitedMinutes = (t: Ticket) =>
    Math.max(0, Math.floor((now.getTime() - (t.requeued_at ?? t.issued_at).getTime()) / 60_000));
  return {
    windowId: window.id,
    waiting: mine.length,
    next: mine.slice(0, NEXT_SHOWN).map((t) => ({
      ticketId: t.id,
      number: t.number,
      priority: t.priority,
      booked: t.booking_id !== null,
      transferred: t.status === "transferred",
      itemName: t.item_id ? (q.items.get(t.item_id)?.name ?? null) : null,
      waitingSince: toShanghaiIso(t.requeued_at ?? t.issued_at),
      waitedMinutes: waitedMinutes(t),
    })),
    longestWaitMinutes: mine.length ? Math.max(...mine.map(waitedMinutes)) : null,
  };
}
