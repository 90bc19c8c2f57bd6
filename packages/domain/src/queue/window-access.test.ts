import { describe, expect, it } from "vitest";
import { DomainError } from "../errors/domain-error.ts";
import { assertMayWorkAtWindow, mayWorkAtWindow } from "./window-access.ts";

const clerk = { postedWindowIds: [1, 11], supervises: false };
const chief = { postedWindowIds: [], supervises: true };

describe("mayWorkAtWindow", () => {
  it("lets staff work at the windows where they hold the A or the B post, and nowhere else", () => {
    expect(mayWorkAtWindow(1, clerk)).toBe(true);
    expect(mayWorkAtWindow(11, clerk)).toBe(true);
    expect(mayWorkAtWindow(2, clerk)).toBe(false);
    expect(mayWorkAtWindow(1, { postedWindowIds: [], supervises: false })).toBe(false);
  });

  it("lets a supervisor step in at any window of the hall", () => {
    expect(mayWorkAtWindow(2, chief)).toBe(true);
    expect(mayWorkAtWindow(null, chief)).toBe(true);
  });

  it("leaves a ticket no window holds to supervisors", () => {
    expect(mayWorkAtWindow(null, clerk)).toBe(false);
  });

  it("refuses with FORBIDDEN queue.not_your_window naming the field", () => {
    expect(() => assertMayWorkAtWindow(1, clerk)).not.toThrow();
    try {
      assertMayWorkAtWindow(2, clerk, "windowId");
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      expect(e).toMatchObject({ code: "FORBIDDEN", key: "queue.not_your_window", field: "windowId" });
    }
  });
});
