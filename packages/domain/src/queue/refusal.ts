import { addCalendarDays, assertValidIsoDate, calendarDaysBetween, dayOfWeek } from "../calendar/iso-date.ts";
import { DomainError } from "../errors/domain-error.ts";
import { shanghaiDate } from "../time/shanghai-time.ts";
import { AT_WINDOW_STATUSES, type TicketStatus } from "./calling.ts";

/**
 * A refusal (办不成事) request: window staff ask, the window chief decides (XN ch.6). No "no" without the chief:
 * a ticket ends as `refused` only after the request was approved.
 */
export const REFUSAL_STATUSES = ["requested", "approved", "denied"] as const;

export type RefusalStatus = (typeof REFUSAL_STATUSES)[number];

export const REFUSAL_STATUS_LABELS: Record<RefusalStatus, { "zh-CN": string; "en-US": string }> = {
  requested: { "zh-CN": "待审批", "en-US": "Awaiting approval" },
  approved: { "zh-CN": "已批准", "en-US": "Approved" },
  denied: { "zh-CN": "未批准", "en-US": "Denied" },
};

export type RefusalDecision = "approved" | "denied";

/**
 * A refusal can be requested for a ticket at a window (called or being served) unless one is already waiting for
 * the chief or was approved; after a denial the staff member may ask again with new reasons.
 * `latest` is the status of the ticket's latest request, or null when there is none.
 */
export function canRequestRefusal(ticketStatus: TicketStatus, latest: RefusalStatus | null): boolean {
  return AT_WINDOW_STATUSES.includes(ticketStatus) && latest !== "requested" && latest !== "approved";
}

/**
 * Throws CONFLICT `queue.not_at_window` (param `status`) unless the ticket is at a window, and
 * `refusal.already_requested` (param `status`) while a request is pending or approved.
 */
export function assertCanRequestRefusal(ticketStatus: TicketStatus, latest: RefusalStatus | null): void {
  if (!AT_WINDOW_STATUSES.includes(ticketStatus)) {
    throw new DomainError("CONFLICT", "queue.not_at_window", {
      field: "status",
      params: { status: `queue.ticket_status.${ticketStatus}` },
    });
  }
  if (!canRequestRefusal(ticketStatus, latest)) {
    throw new DomainError("CONFLICT", "refusal.already_requested", {
      field: "status",
      params: { status: `refusal.status.${latest}` },
    });
  }
}

/** Only a pending request can be decided; a decision is final. Throws CONFLICT `refusal.already_decided`. */
export function assertCanDecideRefusal(status: RefusalStatus): void {
  if (status !== "requested") {
    throw new DomainError("CONFLICT", "refusal.already_decided", {
      field: "status",
      params: { status: `refusal.status.${status}` },
    });
  }
}

/**
 * A decision needs a reason, and the chief cannot decide a request they made themselves. Throws BAD_REQUEST
 * `refusal.reason_required` (field "reason") or FORBIDDEN `refusal.own_request`.
 */
export function assertValidRefusalDecision(decision: {
  reason: string | null | undefined;
  requestedBy: number;
  decidedBy: number;
}): void {
  if ((decision.reason ?? "").trim() === "") {
    throw new DomainError("BAD_REQUEST", "refusal.reason_required", { field: "reason" });
  }
  if (decision.requestedBy === decision.decidedBy) throw new DomainError("FORBIDDEN", "refusal.own_request");
}

/** What a supervisor can do with a refusal request: approve or deny it. */
export type RefusalDecisionAction = "approve" | "deny";

/**
 * The decisions open to `deciderId` on a request in `status` made by `requestedBy`: both while it waits, none once
 * decided or on one's own request (see assertCanDecideRefusal and assertValidRefusalDecision).
 */
export function refusalDecisionActions(
  request: { status: RefusalStatus; requestedBy: number },
  deciderId: number,
): RefusalDecisionAction[] {
  if (request.status !== "requested" || request.requestedBy === deciderId) return [];
  return ["approve", "deny"];
}

/** A ticket can be completed as refused only once its refusal request was approved. */
export function canCompleteAsRefused(refusalStatus: RefusalStatus | null): boolean {
  return refusalStatus === "approved";
}

/**
 * Whether a ticket may be completed with `outcome` given its latest refusal request (办不成事, XN ch.6):
 * 办不成事 only once the chief approved it; after an approval only 办不成事 (an approved refusal is never closed as
 * 办结 by mistake); while a request awaits the chief, or after a denial or without one, every outcome but 办不成事
 * (the clerk may still serve the citizen after all, e.g. 容缺受理 while the chief is away).
 */
export function refusalAllowsOutcome(outcome: string, refusalStatus: RefusalStatus | null): boolean {
  if (outcome === "refused") return canCompleteAsRefused(refusalStatus);
  return refusalStatus !== "approved";
}

/** Throws FORBIDDEN (naming `outcome`) when the refusal state does not allow this outcome; see refusalAllowsOutcome. */
export function assertRefusalAllowsOutcome(outcome: string, refusalStatus: RefusalStatus | null): void {
  if (refusalAllowsOutcome(outcome, refusalStatus)) return;
  if (outcome === "refused") throw new DomainError("FORBIDDEN", "refusal.not_approved", { field: "outcome" });
  throw new DomainError("CONFLICT", "refusal.approved_only_refused", { field: "outcome" });
}

/** Throws FORBIDDEN `refusal.not_approved` unless the ticket's refusal request was approved. */
export function assertCanCompleteAsRefused(refusalStatus: RefusalStatus | null): void {
  if (!canCompleteAsRefused(refusalStatus)) {
    throw new DomainError("FORBIDDEN", "refusal.not_approved", { field: "outcome" });
  }
}

/** An ISO 8601 week: Monday to Sunday, numbered within the ISO week-year (the year of its Thursday). */
export interface IsoWeek {
  /** "2026-W41". */
  id: string;
  year: number;
  week: number;
  /** Monday, YYYY-MM-DD. */
  start: string;
  /** Sunday, YYYY-MM-DD. */
  end: string;
}

function dayOf(date: string | Date, field: string): string {
  if (typeof date !== "string") return shanghaiDate(date);
  assertValidIsoDate(date, field);
  return date;
}

/** The ISO week (Monday … Sunday) of a Beijing day, or of the Beijing day of an instant. */
export function weekOf(date: string | Date): IsoWeek {
  const day = dayOf(date, "date");
  const start = addCalendarDays(day, -((dayOfWeek(day) + 6) % 7));
  const thursday = addCalendarDays(start, 3);
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor(calendarDaysBetween(`${year}-01-01`, thursday) / 7) + 1;
  return { id: `${year}-W${String(week).padStart(2, "0")}`, year, week, start, end: addCalendarDays(start, 6) };
}

/** The weekly refusal summary (每周五汇总) is produced on Fridays — every Friday, holiday or not. */
export function isWeeklySummaryDay(date: string | Date): boolean {
  return dayOfWeek(dayOf(date, "date")) === 5;
}
