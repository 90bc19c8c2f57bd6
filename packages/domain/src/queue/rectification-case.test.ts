import { describe, expect, it } from "vitest";
import { DomainError } from "../errors/domain-error.ts";
import { applyCaseAction } from "./rectification-case.ts";

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
