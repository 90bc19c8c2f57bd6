import { describe, expect, it } from "vitest";
import { appsForRoles } from "./apps.ts";

describe("appsForRoles", () => {
  it("gives a citizen the portal and booking only", () => {
    expect(appsForRoles(["citizen"])).toEqual(["portal", "appointments"]);
  });
  it("gives a hall admin every app", () => {
    expect(appsForRoles(["hall_admin"])).toEqual(["portal", "appointments", "training", "mentoring", "performance"]);
  });
  it("unions several roles", () => {
    expect(appsForRoles(["trainer", "inspector"])).toEqual(["portal", "training", "mentoring", "performance"]);
  });
  it("gives nobody without roles just the portal", () => {
    expect(appsForRoles([])).toEqual(["portal"]);
  });
});
