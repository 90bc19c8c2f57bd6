import { describe, expect, it } from "vitest";
import { DomainError } from "../errors/domain-error.ts";
import { applyCaseAction, assertCanAssignCase, caseActions } from "./rectification-case.ts";

describe("applyCaseAction", () => {
  it("follows up an open case, then closes it", () => {
    expect(applyCaseAction("open", "follow_up")).toBe("followed_up");
    expect(applyCaseAction("followed_up", "close")).toBe("closed");
  });
  it("refuses to close without the follow-up call, and any step after closing", () => {
    for (const [status, action] of [
      ["open", "close"],
      ["followed_up", "follow_up"],
      ["closed", "close"],
      ["closed", "follow_up"],
    ] as const) {
      expect(() => applyCaseAction(status, action)).toThrow(DomainError);
    }
    try {
      applyCaseAction("open", "close");
    } catch (e) {
      expect((e as DomainError).message).toBe("整改工单当前为“待整改”，不能办结");
    }
  });
});

describe("caseActions", () => {
  it("offers assign and follow-up on an open case, assign and close after the follow-up, nothing once closed", () => {
    expect(caseActions("open")).toEqual(["assign", "follow_up"]);
    expect(caseActions("followed_up")).toEqual(["assign", "close"]);
    expect(caseActions("closed")).toEqual([]);
  });
  it("lists exactly the steps applyCaseAction and assertCanAssignCase let through", () => {
    for (const status of ["open", "followed_up", "closed"] as const) {
      for (const action of ["follow_up", "close"] as const) {
        let ok = true;
        try {
          applyCaseAction(status, action);
        } catch {
          ok = false;
        }
        expect(caseActions(status).includes(action), `${status} ${action}`).toBe(ok);
      }
      let assignable = true;
      try {
        assertCanAssignCase(status);
      } catch (e) {
        assignable = false;
        expect(e).toMatchObject({ code: "CONFLICT", key: "case.closed" });
      }
      expect(caseActions(status).includes("assign")).toBe(assignable);
    }
  });
});
