import { describe, expect, it } from "vitest";
import { hasPermission, PERMISSIONS, type Permission, ROLE_PERMISSIONS } from "./permissions.ts";
import { ROLES, type Role } from "./roles.ts";

const STAFF_ROLES: Role[] = [
  "window_staff",
  "group_leader",
  "window_chief",
  "duty_leader",
  "trainer",
  "mentor",
  "inspector",
];

describe("hasPermission", () => {
  it("gives the hall administrator every permission but a citizen's own bookings", () => {
    for (const permission of PERMISSIONS) {
      expect(hasPermission(["hall_admin"], permission), permission).toBe(
        permission !== "booking.own" && permission !== "queue.own",
      );
    }
  });

  it("lets staff roles read reference data; counter roles also see the day's bookings", () => {
    const counter = ["window_staff", "group_leader", "window_chief", "duty_leader"];
    for (const role of STAFF_ROLES) {
      for (const permission of PERMISSIONS) {
        const expected =
          permission === "reference.read" ||
          ((permission === "booking.view" || permission === "queue.serve") && counter.includes(role)) ||
          (permission === "queue.supervise" && (role === "window_chief" || role === "duty_leader"));
        expect(hasPermission([role], permission), `${role} ${permission}`).toBe(expected);
      }
    }
  });

  it("gives citizens only their own bookings", () => {
    for (const permission of PERMISSIONS) {
      expect(hasPermission(["citizen"], permission), permission).toBe(
        permission === "booking.own" || permission === "queue.own",
      );
    }
  });

  it("spot-checks the table", () => {
    const cases: [Role, Permission, boolean][] = [
      ["window_staff", "reference.write", false],
      ["window_chief", "users.manage", false],
      ["inspector", "audit.read", false],
      ["trainer", "settings.write", false],
      ["mentor", "reference.read", true],
      ["hall_admin", "audit.read", true],
    ];
    for (const [role, permission, expected] of cases) expect(hasPermission([role], permission)).toBe(expected);
  });

  it("grants the union over several roles, and nothing without roles", () => {
    expect(hasPermission(["citizen", "mentor"], "reference.read")).toBe(true);
    expect(hasPermission(["mentor", "hall_admin"], "users.manage")).toBe(true);
    expect(hasPermission([], "reference.read")).toBe(false);
  });

  it("has a row for every role", () => {
    expect(Object.keys(ROLE_PERMISSIONS).sort()).toEqual([...ROLES].sort());
  });
});
