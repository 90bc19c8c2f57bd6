import { AT_WINDOW_STATUSES, type CallState, canRecall, canRequeue } from "./calling.ts";
import { OUTCOME_DETAIL, OUTCOMES, type Outcome, type OutcomeDetail } from "./outcomes.ts";
import type { QueueSettings } from "./queue-settings.ts";
import { canRequestRefusal, type RefusalStatus, refusalAllowsOutcome } from "./refusal.ts";

/**
 * What a window can do next with a ticket it called, as the console offers it: the ticket actions of the calling
 * state machine plus asking the chief for a refusal (办不成事申请). Calling the next ticket is an action of the window,
 * not of a ticket.
 */
export const COUNTER_ACTIONS = [
  "recall",
  "pass",
  "start",
  "requeue",
  "transfer",
  "complete",
  "requestRefusal",
] as const;

export type CounterAction = (typeof COUNTER_ACTIONS)[number];

/**
 * The actions the rules allow on a ticket now, in the console's order: recall (while called and recalls are left),
 * pass and start (while called), requeue (passed, re-queues left), transfer and complete (at the window), and a
 * refusal request (at the window, none pending or approved). `refusal` is the status of the ticket's latest refusal
 * request, or null. Every action listed here passes the matching assert; every other one is refused by it.
 */
export function counterActions(ticket: CallState, refusal: RefusalStatus | null, s: QueueSettings): CounterAction[] {
  const atWindow = AT_WINDOW_STATUSES.includes(ticket.status);
  const allowed: Record<CounterAction, boolean> = {
    recall: canRecall(ticket, s),
    pass: ticket.status === "called",
    start: ticket.status === "called",
    requeue: canRequeue(ticket, s),
    transfer: atWindow,
    complete: atWindow,
    requestRefusal: canRequestRefusal(ticket.status, refusal),
  };
  return COUNTER_ACTIONS.filter((a) => allowed[a]);
}

/** An outcome a window may record now, with the detail it cannot be recorded without. */
export interface OutcomeOption {
  outcome: Outcome;
  needs: OutcomeDetail | null;
}

/**
 * The outcomes a ticket at a window may be completed with now: the four the window records itself, and 办不成事 only
 * once the chief approved the refusal request. Empty when the ticket is not at a window.
 */
export function outcomeOptions(ticket: Pick<CallState, "status">, refusal: RefusalStatus | null): OutcomeOption[] {
  if (!AT_WINDOW_STATUSES.includes(ticket.status)) return [];
  return OUTCOMES.filter((o) => refusalAllowsOutcome(o, refusal)).map((outcome) => ({
    outcome,
    needs: OUTCOME_DETAIL[outcome],
  }));
}
