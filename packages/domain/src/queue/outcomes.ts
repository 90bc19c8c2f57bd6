import { assertValidIsoDate } from "../calendar/iso-date.ts";
import { addWorkingDays, type CalendarLookup } from "../calendar/working-days.ts";
import { DomainError } from "../errors/domain-error.ts";
import type { QueueSettings } from "./queue-settings.ts";

/** How a ticket ends (办件, SPEC "App 1" 8). */
export const OUTCOMES = ["done", "accepted", "accepted_pending_materials", "notice_given", "refused"] as const;

export type Outcome = (typeof OUTCOMES)[number];

export const OUTCOME_LABELS: Record<Outcome, { "zh-CN": string; "en-US": string }> = {
  done: { "zh-CN": "办结", "en-US": "Done" },
  accepted: { "zh-CN": "受理", "en-US": "Accepted" },
  accepted_pending_materials: { "zh-CN": "容缺受理", "en-US": "Accepted pending materials" },
  notice_given: { "zh-CN": "一次性告知", "en-US": "Told what to bring" },
  refused: { "zh-CN": "办不成事", "en-US": "Refused" },
};

/** Outcomes a window records itself; `refused` comes only through an approved refusal request (see refusal.ts). */
export const COMPLETABLE_OUTCOMES = ["done", "accepted", "accepted_pending_materials", "notice_given"] as const;

export type CompletableOutcome = (typeof COMPLETABLE_OUTCOMES)[number];

/** Outcomes that start a case with a due date: accepted, and 容缺受理. */
export function hasDueDate(outcome: Outcome): boolean {
  return outcome === "accepted" || outcome === "accepted_pending_materials";
}

/** A detail an outcome cannot be recorded without (the input field that carries it). */
export type OutcomeDetail = "missingMaterials" | "noticeText";

/**
 * The detail each outcome needs: 容缺受理 names the missing materials (ZC 第十七条: told on the spot), 一次性告知 a
 * written notice (the list of what to bring); the others need none.
 */
export const OUTCOME_DETAIL: Record<Outcome, OutcomeDetail | null> = {
  done: null,
  accepted: null,
  accepted_pending_materials: "missingMaterials",
  notice_given: "noticeText",
  refused: null,
};

/**
 * The detail still missing for an outcome, or null when it can be recorded: 容缺受理 needs at least one named missing
 * material, 一次性告知 a notice that is not blank. Blank entries do not count.
 */
export function missingOutcomeDetail(details: {
  outcome: Outcome;
  missingMaterials?: readonly string[] | null;
  noticeText?: string | null;
}): OutcomeDetail | null {
  switch (OUTCOME_DETAIL[details.outcome]) {
    case "missingMaterials":
      return (details.missingMaterials ?? []).some((material) => material.trim() !== "") ? null : "missingMaterials";
    case "noticeText":
      return (details.noticeText ?? "").trim() === "" ? "noticeText" : null;
    default:
      return null;
  }
}

/**
 * Throws BAD_REQUEST `queue.missing_materials_required` (field "missingMaterials") or `queue.notice_text_required`
 * (field "noticeText") when the outcome's detail is missing (see missingOutcomeDetail).
 */
export function assertOutcomeDetails(details: {
  outcome: Outcome;
  missingMaterials?: readonly string[] | null;
  noticeText?: string | null;
}): void {
  const missing = missingOutcomeDetail(details);
  if (missing === "missingMaterials") {
    throw new DomainError("BAD_REQUEST", "queue.missing_materials_required", { field: "missingMaterials" });
  }
  if (missing === "noticeText") {
    throw new DomainError("BAD_REQUEST", "queue.notice_text_required", { field: "noticeText" });
  }
}

/**
 * The due date of a case accepted on `acceptedOn` with `promisedDays` working days (the item's promised time
 * limit): the `promisedDays`-th working day after acceptance; with 0 (即办件) the day itself if it is a working day.
 */
export function dueDateOf(acceptedOn: string, promisedDays: number, calendar: CalendarLookup): string {
  return addWorkingDays(acceptedOn, promisedDays, calendar);
}

/**
 * The deadline for the missing materials of a 容缺受理 case: `pendingMaterialsDays` working days after acceptance.
 * Missing materials not in by then mean the application is withdrawn (ZC 第十七条 "逾期未补齐补正材料的,视为撤回申请").
 */
export function pendingMaterialsDeadline(acceptedOn: string, s: QueueSettings, calendar: CalendarLookup): string {
  return addWorkingDays(acceptedOn, s.pendingMaterialsDays, calendar);
}

/** Overdue from the day after the deadline: materials handed in on the deadline day itself are in time. */
export function isPendingOverdue(deadline: string, today: string): boolean {
  assertValidIsoDate(deadline, "deadline");
  assertValidIsoDate(today, "today");
  return today > deadline;
}
