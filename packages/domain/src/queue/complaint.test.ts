import { describe, expect, it } from "vitest";
import { DomainError } from "../errors/domain-error.ts";
import { MESSAGES, translate } from "../errors/messages.ts";
import {
  assertCanSetComplaintFlags,
  assertComplaintTransition,
  COMPLAINT_SOURCE_LABELS,
  COMPLAINT_SOURCES,
  COMPLAINT_STATUS_LABELS,
  COMPLAINT_STATUSES,
  type ComplaintStatus,
  canSetComplaintFlags,
  canTransitionComplaint,
  complaintActions,
  nextComplaintStatus,
} from "./complaint.ts";

function errorOf(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error("expected a DomainError");
}

const LEGAL: [ComplaintStatus, ComplaintStatus][] = [
  ["received", "handling"],
  ["handling", "replied"],
  ["replied", "filed"],
];

describe("complaint closed loop", () => {
  it("comes from the three sources", () => {
    expect(COMPLAINT_SOURCES).toEqual(["onsite", "hotline_12345", "find_fault_window"]);
    expect(COMPLAINT_SOURCE_LABELS.hotline_12345["zh-CN"]).toBe("12345热线");
  });

  it("goes 接诉受理 → 协调办理 → 办结回复 → 备案回访", () => {
    expect(COMPLAINT_STATUSES.map((s) => COMPLAINT_STATUS_LABELS[s]["zh-CN"])).toEqual([
      "接诉受理",
      "协调办理",
      "办结回复",
      "备案回访",
    ]);
    for (const [from, to] of LEGAL) {
      expect(nextComplaintStatus(from)).toBe(to);
      expect(() => assertComplaintTransition(from, to)).not.toThrow();
    }
    expect(nextComplaintStatus("filed")).toBeNull();
  });

  it("refuses every other transition, naming both statuses", () => {
    let refused = 0;
    for (const from of COMPLAINT_STATUSES) {
      for (const to of COMPLAINT_STATUSES) {
        if (LEGAL.some(([f, t]) => f === from && t === to)) continue;
        expect(canTransitionComplaint(from, to), `${from} → ${to}`).toBe(false);
        const e = errorOf(() => assertComplaintTransition(from, to));
        expect(e.code).toBe("CONFLICT");
        expect(e.key).toBe("complaint.illegal_transition");
        expect(e.params).toEqual({ from: `complaint.status.${from}`, to: `complaint.status.${to}` });
        refused += 1;
      }
    }
    expect(refused).toBe(13);
    const e = errorOf(() => assertComplaintTransition("received", "filed"));
    expect(e.message).toBe("投诉不能从“接诉受理”转为“备案回访”");
    expect(translate(e.key, "en-US", e.params)).toBe("A complaint cannot go from “received” to “filed”");
  });

  it("has status labels in step with the messages", () => {
    for (const status of COMPLAINT_STATUSES) {
      expect(MESSAGES[`complaint.status.${status}`]?.["zh-CN"]).toBe(COMPLAINT_STATUS_LABELS[status]["zh-CN"]);
    }
  });
});

describe("verified and major flags", () => {
  it("can be set until the complaint is filed", () => {
    for (const status of ["received", "handling", "replied"] as const) {
      expect(canSetComplaintFlags(status)).toBe(true);
      expect(() => assertCanSetComplaintFlags(status, { verified: true, major: true, staffId: 7 })).not.toThrow();
    }
    expect(canSetComplaintFlags("filed")).toBe(false);
    expect(
      errorOf(() => assertCanSetComplaintFlags("filed", { verified: false, major: false, staffId: null })).key,
    ).toBe("complaint.flags_locked");
  });

  it("verify a complaint only against a staff member", () => {
    expect(() => assertCanSetComplaintFlags("handling", { verified: false, major: true, staffId: null })).not.toThrow();
    expect(
      errorOf(() => assertCanSetComplaintFlags("handling", { verified: true, major: false, staffId: null })),
    ).toMatchObject({ key: "complaint.verified_needs_staff", field: "staffId" });
  });
});

describe("complaintActions", () => {
  it("offers the next step and the flags until the complaint is filed, then nothing", () => {
    expect(complaintActions("received")).toEqual(["advance", "set_flags"]);
    expect(complaintActions("replied")).toEqual(["advance", "set_flags"]);
    expect(complaintActions("filed")).toEqual([]);
  });
  it("offers advance exactly when a next step exists, and the flags exactly when they may be set", () => {
    for (const status of COMPLAINT_STATUSES) {
      const next = nextComplaintStatus(status);
      expect(complaintActions(status).includes("advance")).toBe(next !== null && canTransitionComplaint(status, next));
      expect(complaintActions(status).includes("set_flags")).toBe(canSetComplaintFlags(status));
    }
  });
});
