import { DomainError } from "../errors/domain-error.ts";
import type { QueueSettings } from "./queue-settings.ts";

/**
 * Where a ticket stands (SPEC "App 1" 6):
 * - `waiting`: in the queue, not called yet (also after a re-queue);
 * - `called`: called to a window (叫号), the citizen is not at the counter yet; recalls (重呼) happen here;
 * - `serving`: the citizen is at the counter (开始办理); no more recalls or passes;
 * - `passed`: 过号, the citizen did not come after the call and its recalls; out of the queue unless re-queued;
 * - `transferred`: 转窗, sent on to another window or zone and waiting there; it keeps its number and issue time
 *   and is called like a waiting ticket, but only by its target;
 * - `done`: finished with an outcome (办件) — the only final status.
 */
export const TICKET_STATUSES = ["waiting", "called", "serving", "passed", "transferred", "done"] as const;

export type TicketStatus = (typeof TICKET_STATUSES)[number];

export const TICKET_STATUS_LABELS: Record<TicketStatus, { "zh-CN": string; "en-US": string }> = {
  waiting: { "zh-CN": "等候中", "en-US": "Waiting" },
  called: { "zh-CN": "已呼叫", "en-US": "Called" },
  serving: { "zh-CN": "办理中", "en-US": "Being served" },
  passed: { "zh-CN": "已过号", "en-US": "Passed" },
  transferred: { "zh-CN": "已转窗", "en-US": "Transferred" },
  done: { "zh-CN": "已办结", "en-US": "Done" },
};

/** What a window can do with a ticket. */
export const TICKET_ACTIONS = ["call", "recall", "pass", "requeue", "start", "transfer", "complete"] as const;

export type TicketAction = (typeof TICKET_ACTIONS)[number];

/** Statuses from which a window may call a ticket: waiting in the queue, or waiting at the target of a transfer. */
export const CALLABLE_STATUSES: readonly TicketStatus[] = ["waiting", "transferred"];

/** Statuses of a ticket at a window: called or being served. It can be completed, transferred or refused then. */
export const AT_WINDOW_STATUSES: readonly TicketStatus[] = ["called", "serving"];

/** A ticket as the calling rules see it: its status and how often it was recalled (this call) and re-queued. */
export interface CallState {
  status: TicketStatus;
  /** Recalls since the last call (the first call is not a recall). */
  recalls: number;
  /** Times the ticket was re-queued after a pass. */
  requeues: number;
}

function statusError(key: string, status: TicketStatus, field = "status"): DomainError {
  return new DomainError("CONFLICT", key, { field, params: { status: `queue.ticket_status.${status}` } });
}

/** A waiting or transferred ticket can be called. */
export function canCall(ticket: { status: TicketStatus }): boolean {
  return CALLABLE_STATUSES.includes(ticket.status);
}

/** Throws CONFLICT `queue.not_callable` (param `status`) unless the ticket is waiting or transferred. */
export function assertCanCall(ticket: { status: TicketStatus }): void {
  if (!canCall(ticket)) throw statusError("queue.not_callable", ticket.status);
}

/**
 * A called ticket can be recalled `maxRecalls` times after its first call (with 3: the 1st, 2nd and 3rd recall are
 * fine, a 4th is not); after that the next action must be a pass.
 */
export function canRecall(ticket: { status: TicketStatus; recalls: number }, s: QueueSettings): boolean {
  return ticket.status === "called" && ticket.recalls < s.maxRecalls;
}

/**
 * Throws CONFLICT `queue.not_called` (param `status`) unless the ticket is called, and `queue.recall_limit`
 * (param `limit`) once its recalls are used up.
 */
export function assertCanRecall(ticket: { status: TicketStatus; recalls: number }, s: QueueSettings): void {
  if (ticket.status !== "called") throw statusError("queue.not_called", ticket.status);
  if (!canRecall(ticket, s)) {
    throw new DomainError("CONFLICT", "queue.recall_limit", { field: "recalls", params: { limit: s.maxRecalls } });
  }
}

/** Only a called ticket can be passed (过号) — at any recall, the window need not use them all. */
export function assertCanPass(ticket: { status: TicketStatus }): void {
  if (ticket.status !== "called") throw statusError("queue.not_called", ticket.status);
}

/** Only a called ticket can be started: the citizen has come to the counter. */
export function assertCanStart(ticket: { status: TicketStatus }): void {
  if (ticket.status !== "called") throw statusError("queue.not_called", ticket.status);
}

/** A passed ticket can be put back into the queue `maxRequeues` times in all (once by default). */
export function canRequeue(ticket: { status: TicketStatus; requeues: number }, s: QueueSettings): boolean {
  return ticket.status === "passed" && ticket.requeues < s.maxRequeues;
}

/**
 * Throws CONFLICT `queue.not_passed` (param `status`) unless the ticket is passed, and `queue.requeue_limit`
 * (param `limit`) once it has been re-queued `maxRequeues` times.
 */
export function assertCanRequeue(ticket: { status: TicketStatus; requeues: number }, s: QueueSettings): void {
  if (ticket.status !== "passed") throw statusError("queue.not_passed", ticket.status);
  if (!canRequeue(ticket, s)) {
    throw new DomainError("CONFLICT", "queue.requeue_limit", { field: "requeues", params: { limit: s.maxRequeues } });
  }
}

/** Throws CONFLICT `queue.not_at_window` (param `status`) unless the ticket is called or being served. */
export function assertAtWindow(ticket: { status: TicketStatus }): void {
  if (!AT_WINDOW_STATUSES.includes(ticket.status)) throw statusError("queue.not_at_window", ticket.status);
}

/** A ticket at a window (called or being served) can be transferred to another window or zone. */
export function assertCanTransfer(ticket: { status: TicketStatus }): void {
  assertAtWindow(ticket);
}

/** A ticket at a window (called or being served) can be completed with an outcome. */
export function assertCanComplete(ticket: { status: TicketStatus }): void {
  assertAtWindow(ticket);
}

/**
 * The state after `action`, or the DomainError of the rule it breaks. Calling (again, after a transfer or a
 * re-queue) starts the recall count afresh; a re-queue counts towards `maxRequeues`.
 */
export function applyTicketAction(ticket: CallState, action: TicketAction, s: QueueSettings): CallState {
  switch (action) {
    case "call":
      assertCanCall(ticket);
      return { ...ticket, status: "called", recalls: 0 };
    case "recall":
      assertCanRecall(ticket, s);
      return { ...ticket, status: "called", recalls: ticket.recalls + 1 };
    case "pass":
      assertCanPass(ticket);
      return { ...ticket, status: "passed" };
    case "requeue":
      assertCanRequeue(ticket, s);
      return { ...ticket, status: "waiting", recalls: 0, requeues: ticket.requeues + 1 };
    case "start":
      assertCanStart(ticket);
      return { ...ticket, status: "serving" };
    case "transfer":
      assertCanTransfer(ticket);
      return { ...ticket, status: "transferred", recalls: 0 };
    case "complete":
      assertCanComplete(ticket);
      return { ...ticket, status: "done" };
  }
}
