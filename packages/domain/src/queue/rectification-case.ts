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
