import { describe, expect, it } from "vitest";
import * as domain from "../index.ts";

describe("@hall/domain queue surface", () => {
  it("exports the queue policy from the package root", () => {
    const names = [
      "DEFAULT_QUEUE_SETTINGS",
      "resolveQueueSettings",
      "assertValidQueueSettings",
      "PRIORITY_CLASSES",
      "PRIORITY_CLASS_LABELS",
      "priorityClassOf",
      "isBookedOnTime",
      "queuedSince",
      "compareTickets",
      "orderTickets",
      "nextTicket",
      "TICKET_PREFIXES",
      "isTicketPrefix",
      "assertValidTicketPrefix",
      "formatTicketNumber",
      "parseTicketNumber",
      "TICKET_STATUSES",
      "TICKET_STATUS_LABELS",
      "TICKET_ACTIONS",
      "canCall",
      "canRecall",
      "canRequeue",
      "assertCanCall",
      "assertCanRecall",
      "assertCanPass",
      "assertCanStart",
      "assertCanRequeue",
      "assertCanTransfer",
      "assertCanComplete",
      "applyTicketAction",
      "checkInWindowOf",
      "canCheckIn",
      "assertCanCheckIn",
      "WAITING_AREA_EARLY_MINUTES",
      "closingTimeOf",
      "ticketHoursOf",
      "canIssueTicket",
      "assertCanIssueTicket",
      "mustServe",
      "OUTCOMES",
      "OUTCOME_LABELS",
      "COMPLETABLE_OUTCOMES",
      "assertOutcomeDetails",
      "dueDateOf",
      "pendingMaterialsDeadline",
      "isPendingOverdue",
      "REFUSAL_STATUSES",
      "canRequestRefusal",
      "assertCanRequestRefusal",
      "assertCanDecideRefusal",
      "assertValidRefusalDecision",
      "canCompleteAsRefused",
      "assertCanCompleteAsRefused",
      "weekOf",
      "isWeeklySummaryDay",
      "RATING_SCORES",
      "RATING_LABELS",
      "assertValidScore",
      "ratingDeadline",
      "canRate",
      "assertCanRate",
      "opensRectificationCase",
      "caseDueDate",
      "COMPLAINT_SOURCES",
      "COMPLAINT_STATUSES",
      "nextComplaintStatus",
      "assertComplaintTransition",
      "canSetComplaintFlags",
      "assertCanSetComplaintFlags",
    ];
    for (const name of names) expect(domain, name).toHaveProperty(name);
  });

  it("has every queue message in both languages", () => {
    const prefixes = ["queue.", "refusal.", "rating.", "complaint."];
    const keys = Object.keys(domain.MESSAGES).filter((key) => prefixes.some((prefix) => key.startsWith(prefix)));
    expect(keys.length).toBeGreaterThanOrEqual(40);
    for (const key of keys) {
      expect(domain.MESSAGES[key]?.["zh-CN"], key).toBeTruthy();
      expect(domain.MESSAGES[key]?.["en-US"], key).toBeTruthy();
    }
  });
});
