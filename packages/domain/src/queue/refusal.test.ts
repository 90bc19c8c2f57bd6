import { describe, expect, it } from "vitest";
import { DomainError } from "../errors/domain-error.ts";
import { MESSAGES, translate } from "../errors/messages.ts";
import { shanghaiInstant } from "../time/shanghai-time.ts";
import { TICKET_STATUSES } from "./calling.ts";
import {
  assertCanCompleteAsRefused,
  assertCanDecideRefusal,
  assertCanRequestRefusal,
  assertRefusalAllowsOutcome,
  assertValidRefusalDecision,
  canCompleteAsRefused,
  canRequestRefusal,
  isWeeklySummaryDay,
  REFUSAL_STATUS_LABELS,
  REFUSAL_STATUSES,
  refusalAllowsOutcome,
  refusalDecisionActions,
  weekOf,
} from "./refusal.ts";

function errorOf(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error("expected a DomainError");
}

describe("refusal request (办不成事)", () => {
  it("can be requested for a ticket at a window, again after a denial, not while pending or approved", () => {
    expect(canRequestRefusal("serving", null)).toBe(true);
    expect(canRequestRefusal("called", null)).toBe(true);
    expect(canRequestRefusal("serving", "denied")).toBe(true);
    expect(canRequestRefusal("serving", "requested")).toBe(false);
    expect(canRequestRefusal("serving", "approved")).toBe(false);
    for (const status of TICKET_STATUSES.filter((s) => s !== "called" && s !== "serving")) {
      expect(errorOf(() => assertCanRequestRefusal(status, null)).key, status).toBe("queue.not_at_window");
    }
    const e = errorOf(() => assertCanRequestRefusal("serving", "requested"));
    expect(e.key).toBe("refusal.already_requested");
    expect(e.message).toBe("该号已有“办不成事”申请（待审批），不能重复申请");
  });

  it("is decided once: requested → approved | denied", () => {
    expect(() => assertCanDecideRefusal("requested")).not.toThrow();
    for (const status of ["approved", "denied"] as const) {
      const e = errorOf(() => assertCanDecideRefusal(status));
      expect(e.code).toBe("CONFLICT");
      expect(e.key).toBe("refusal.already_decided");
      expect(e.params).toEqual({ status: `refusal.status.${status}` });
    }
    expect(translate("refusal.already_decided", "zh-CN", { status: "refusal.status.approved" })).toBe(
      "该“办不成事”申请已审批（已批准），不能再次审批",
    );
  });

  it("needs a reason and a chief other than the requester", () => {
    expect(() =>
      assertValidRefusalDecision({ reason: "材料不符合法定形式", requestedBy: 1, decidedBy: 2 }),
    ).not.toThrow();
    for (const reason of [null, undefined, "", "   "]) {
      expect(errorOf(() => assertValidRefusalDecision({ reason, requestedBy: 1, decidedBy: 2 })).key).toBe(
        "refusal.reason_required",
      );
    }
    expect(errorOf(() => assertValidRefusalDecision({ reason: "x", requestedBy: 3, decidedBy: 3 })).key).toBe(
      "refusal.own_request",
    );
  });

  it("lets a ticket end as refused only after approval: no “no” without the chief", () => {
    expect(canCompleteAsRefused("approved")).toBe(true);
    for (const status of [null, "requested", "denied"] as const) {
      expect(canCompleteAsRefused(status), String(status)).toBe(false);
      const e = errorOf(() => assertCanCompleteAsRefused(status));
      expect(e.code).toBe("FORBIDDEN");
      expect(e.key).toBe("refusal.not_approved");
    }
  });

  it("has status labels in step with the messages", () => {
    for (const status of REFUSAL_STATUSES) {
      expect(MESSAGES[`refusal.status.${status}`]?.["zh-CN"]).toBe(REFUSAL_STATUS_LABELS[status]["zh-CN"]);
    }
  });
});

describe("refusalDecisionActions", () => {
  it("offers approve and deny on a pending request to anyone but its requester", () => {
    expect(refusalDecisionActions({ status: "requested", requestedBy: 7 }, 9)).toEqual(["approve", "deny"]);
    expect(refusalDecisionActions({ status: "requested", requestedBy: 9 }, 9)).toEqual([]);
  });
  it("offers nothing once decided", () => {
    for (const status of ["approved", "denied"] as const)
      expect(refusalDecisionActions({ status, requestedBy: 7 }, 9)).toEqual([]);
  });
});

describe("weekly summary", () => {
  it("covers the ISO week, Monday to Sunday", () => {
    const week = { id: "2026-W41", year: 2026, week: 41, start: "2026-10-05", end: "2026-10-11" };
    for (const day of ["2026-10-05", "2026-10-09", "2026-10-10", "2026-10-11"]) expect(weekOf(day), day).toEqual(week);
    expect(weekOf("2026-10-12").id).toBe("2026-W42");
    expect(weekOf("2026-10-04").id).toBe("2026-W40");
  });

  it("numbers weeks around the new year by their Thursday", () => {
    expect(weekOf("2026-01-01")).toMatchObject({ id: "2026-W01", start: "2025-12-29", end: "2026-01-04" });
    expect(weekOf("2027-01-01")).toMatchObject({ id: "2026-W53", start: "2026-12-28", end: "2027-01-03" });
    expect(weekOf("2024-12-30")).toMatchObject({ id: "2025-W01", year: 2025, week: 1 });
  });

  it("takes an instant on the hall's clock", () => {
    // 2026-10-11 16:30 UTC is Monday 2026-10-12 00:30 in Beijing
    expect(weekOf(new Date("2026-10-11T16:30:00Z")).id).toBe("2026-W42");
    expect(weekOf(shanghaiInstant("2026-10-11", "23:59")).id).toBe("2026-W41");
    expect(() => weekOf("2026-13-01")).toThrow(DomainError);
  });

  it("is produced on Fridays, a holiday Friday included", () => {
    expect(isWeeklySummaryDay("2026-10-09")).toBe(true);
    expect(isWeeklySummaryDay("2026-10-02")).toBe(true); // National Day holiday
    expect(isWeeklySummaryDay("2026-10-10")).toBe(false);
    expect(isWeeklySummaryDay("2026-10-08")).toBe(false);
    expect(isWeeklySummaryDay(shanghaiInstant("2026-10-09", "18:00"))).toBe(true);
  });
});

describe("refusalAllowsOutcome", () => {
  it("allows 办不成事 only after approval, and only 办不成事 then", () => {
    expect(refusalAllowsOutcome("refused", "approved")).toBe(true);
    expect(refusalAllowsOutcome("done", "approved")).toBe(false);
    expect(refusalAllowsOutcome("accepted", "approved")).toBe(false);
  });

  it("while the chief has not decided, allows serving after all but not 办不成事", () => {
    for (const o of ["done", "accepted", "accepted_pending_materials"]) {
      expect(refusalAllowsOutcome(o, "requested"), o).toBe(true);
    }
    expect(refusalAllowsOutcome("refused", "requested")).toBe(false);
  });

  it("allows every other outcome without a request or after a denial, never 办不成事", () => {
    for (const status of [null, "denied"] as const) {
      expect(refusalAllowsOutcome("done", status)).toBe(true);
      expect(refusalAllowsOutcome("refused", status)).toBe(false);
    }
  });

  it("throws naming the outcome field with the reason", () => {
    expect(() => assertRefusalAllowsOutcome("done", "approved")).toThrow(
      expect.objectContaining({ key: "refusal.approved_only_refused", field: "outcome" }),
    );
    expect(() => assertRefusalAllowsOutcome("refused", null)).toThrow(
      expect.objectContaining({ key: "refusal.not_approved" }),
    );
  });
});
