import { DomainError } from "../errors/domain-error.ts";

/** 差评整改: a case is opened by a bad rating, followed up by a call to the citizen (回访), then closed. */
export const CASE_STATUSES = ["open", "followed_up", "closed"] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
export type CaseAction = "follow_up" | "close";

const NEXT: Record<CaseAction, { from: CaseStatus; to: CaseStatus }> = {
  follow_up: { from: "open", to: "followed_up" },
  // No case is closed without the follow-up call to the citizen.
  close: { from: "followed_up", to: "closed" },
};

/** The status after `action`, or CONFLICT `case.illegal_transition` naming the current status and the action. */
export function applyCaseAction(status: CaseStatus, action: CaseAction): CaseStatus {
  const step = NEXT[action];
  if (step.from !== status) {
    throw new DomainError("CONFLICT", "case.illegal_transition", {
      field: "status",
      params: { from: `case.status.${status}`, action: `case.action.${action}` },
    });
  }
  return step.to;
}

/** What a supervisor can do with a case now: (re)assign it until it is closed, follow it up, close it. */
export type CaseRowAction = "assign" | CaseAction;

/** A case is assigned (or re-assigned) to someone until it is closed. */
export function canAssignCase(status: CaseStatus): boolean {
  return status !== "closed";
}

/** Throws CONFLICT `case.closed` once the case is closed: a closed case is not handed to anyone any more. */
export function assertCanAssignCase(status: CaseStatus): void {
  if (!canAssignCase(status)) throw new DomainError("CONFLICT", "case.closed", { field: "status" });
}

/** The actions the rules allow on a case in `status` (the approvals screen shows exactly these). */
export function caseActions(status: CaseStatus): CaseRowAction[] {
  const actions: CaseRowAction[] = [];
  if (canAssignCase(status)) actions.push("assign");
  for (const action of ["follow_up", "close"] as const) if (NEXT[action].from === status) actions.push(action);
  return actions;
}
