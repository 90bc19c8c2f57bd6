import { describe, expect, it } from "vitest";
import { DomainError } from "../errors/domain-error.ts";
import { type Actor, authorize } from "./authorize.ts";

const admin: Actor = { userId: 1, roles: ["hall_admin"], orgPath: "/1/4/" };
const staff: Actor = { userId: 2, roles: ["window_staff"], orgPath: "/1/4/9/" };
const citizen: Actor = { userId: 3, roles: ["citizen"], orgPath: null };

function errorOf(run: () => void): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error("expected a DomainError");
}

describe("authorize", () => {
  it("asks an anonymous caller to sign in", () => {
    const error = errorOf(() => authorize(null, "reference.read"));
    expect([error.code, error.key]).toEqual(["UNAUTHORIZED", "auth.unauthenticated"]);
  });

  it("forbids an action no role grants", () => {
    const error = errorOf(() => authorize(staff, "reference.write"));
    expect([error.code, error.key]).toEqual(["FORBIDDEN", "auth.forbidden"]);
    expect(errorOf(() => authorize(citizen, "reference.read")).key).toBe("auth.forbidden");
  });

  it("lets a permitted actor act without a target", () => {
    expect(() => authorize(admin, "settings.write")).not.toThrow();
    expect(() => authorize(staff, "reference.read")).not.toThrow();
  });

  it("lets a permitted actor act inside their org subtree", () => {
    expect(() => authorize(admin, "reference.write", "/1/4/")).not.toThrow();
    expect(() => authorize(admin, "reference.write", "/1/4/9/")).not.toThrow();
  });

  it("refuses targets outside the subtree, including a sibling with a longer id", () => {
    for (const target of ["/1/", "/1/5/", "/1/45/"]) {
      const error = errorOf(() => authorize(admin, "reference.write", target));
      expect([error.code, error.key], target).toEqual(["FORBIDDEN", "auth.out_of_scope"]);
    }
  });

  it("treats an actor without an org unit as out of scope for any target", () => {
    const floating: Actor = { userId: 4, roles: ["hall_admin"], orgPath: null };
    expect(() => authorize(floating, "audit.read")).not.toThrow();
    expect(errorOf(() => authorize(floating, "audit.read", "/1/")).key).toBe("auth.out_of_scope");
  });

  it("checks the permission before the scope", () => {
    expect(errorOf(() => authorize(staff, "users.manage", "/2/")).key).toBe("auth.forbidden");
  });
});
