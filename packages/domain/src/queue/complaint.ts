import { DomainError } from "../errors/domain-error.ts";

/** Where a complaint (投诉) came in (XN ch.3 §5; ZC's 监督"找茬"窗口). */
export const COMPLAINT_SOURCES = ["onsite", "hotline_12345", "find_fault_window"] as const;

export type ComplaintSource = (typeof COMPLAINT_SOURCES)[number];

export const COMPLAINT_SOURCE_LABELS: Record<ComplaintSource, { "zh-CN": string; "en-US": string }> = {
  onsite: { "zh-CN": "现场投诉", "en-US": "On site" },
  hotline_12345: { "zh-CN": "12345热线", "en-US": "12345 hotline" },
  find_fault_window: { "zh-CN": "“找茬”窗口", "en-US": "“Find fault” window" },
};

/**
 * The closed loop of a complaint (XN ch.3 §5), one step at a time, never back:
 * 接诉受理 (received) → 协调办理 (handling) → 办结回复 (replied) → 备案回访 (filed, final).
 */
export const COMPLAINT_STATUSES = ["received", "handling", "replied", "filed"] as const;

export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];

export const COMPLAINT_STATUS_LABELS: Record<ComplaintStatus, { "zh-CN": string; "en-US": string }> = {
  received: { "zh-CN": "接诉受理", "en-US": "Received" },
  handling: { "zh-CN": "协调办理", "en-US": "Being handled" },
  replied: { "zh-CN": "办结回复", "en-US": "Replied" },
  filed: { "zh-CN": "备案回访", "en-US": "Filed and followed up" },
};

/** The status after `from` in the loop, or null for a filed complaint. */
export function nextComplaintStatus(from: ComplaintStatus): ComplaintStatus | null {
  return COMPLAINT_STATUSES[COMPLAINT_STATUSES.indexOf(from) + 1] ?? null;
}

export function canTransitionComplaint(from: ComplaintStatus, to: ComplaintStatus): boolean {
  return nextComplaintStatus(from) === to;
}

/**
 * Only the next step of the loop is allowed: no skipping, no going back, no staying. Throws CONFLICT
 * `complaint.illegal_transition` (field "status") naming both statuses in the user's language.
 */
export function assertComplaintTransition(from: ComplaintStatus, to: ComplaintStatus): void {
  if (canTransitionComplaint(from, to)) return;
  throw new DomainError("CONFLICT", "complaint.illegal_transition", {
    field: "status",
    params: { from: `complaint.status.${from}`, to: `complaint.status.${to}` },
  });
}

/** The verified (查实) and major (重大) flags can be set or cleared until the complaint is filed. */
export function canSetComplaintFlags(status: ComplaintStatus): boolean {
  return status !== "filed";
}

/**
 * Throws CONFLICT `complaint.flags_locked` once the complaint is filed, and BAD_REQUEST
 * `complaint.verified_needs_staff` (field "staffId") when it is marked verified against nobody: a complaint is
 * verified (查实) against a staff member.
 */
export function assertCanSetComplaintFlags(
  status: ComplaintStatus,
  flags: { verified: boolean; major: boolean; staffId: number | null },
): void {
  if (!canSetComplaintFlags(status)) throw new DomainError("CONFLICT", "complaint.flags_locked", { field: "status" });
  if (flags.verified && flags.staffId === null) {
    throw new DomainError("BAD_REQUEST", "complaint.verified_needs_staff", { field: "staffId" });
  }
}

/** What a supervisor can do with a complaint now: move it one step on, or set the 查实/重大 flags and the staff member. */
export type ComplaintAction = "advance" | "set_flags";

/** The actions the rules allow on a complaint in `status` (the approvals screen shows exactly these). */
export function complaintActions(status: ComplaintStatus): ComplaintAction[] {
  const actions: ComplaintAction[] = [];
  if (nextComplaintStatus(status) !== null) actions.push("advance");
  if (canSetComplaintFlags(status)) actions.push("set_flags");
  return actions;
}
