import { describe, expect, it } from "vitest";
import { DomainError } from "../errors/domain-error.ts";
import { assertMayAssertPriority } from "./priority-request.ts";

const refusalOf = (fn: () => void) => {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  return null;
};

describe("assertMayAssertPriority", () => {
  it("lets a citizen take a plain ticket", () => {
    expect(refusalOf(() => assertMayAssertPriority(["citizen"], {}))).toBeNull();
    expect(refusalOf(() => assertMayAssertPriority(["citizen"], { military: false, idNumber: null }))).toBeNull();
    expect(refusalOf(() => assertMayAssertPriority(["citizen"], { idNumber: "" }))).toBeNull();
  });

  it("refuses a citizen who claims military priority or types an ID number, naming the field", () => {
    const military = refusalOf(() => assertMayAssertPriority(["citizen"], { military: true }));
    expect(military).toMatchObject({ code: "FORBIDDEN", key: "queue.priority_not_claimable", field: "military" });
    const id = refusalOf(() => assertMayAssertPriority(["citizen"], { idNumber: "460100195001011234" }));
    expect(id).toMatchObject({ code: "FORBIDDEN", field: "idNumber" });
  });

  it("lets counter staff assert both (they see the card and the papers)", () => {
    for (const roles of [["window_staff"], ["hall_admin"], ["citizen", "window_staff"]] as const) {
      expect(
        refusalOf(() => assertMayAssertPriority(roles, { military: true, idNumber: "460100195001011234" })),
      ).toBeNull();
    }
  });

  it("refuses roles that do not serve at the counter", () => {
    expect(refusalOf(() => assertMayAssertPriority(["trainer"], { military: true }))?.code).toBe("FORBIDDEN");
  });
});
