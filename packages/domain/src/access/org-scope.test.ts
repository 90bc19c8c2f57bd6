import { describe, expect, it } from "vitest";
import { isValidOrgPath, isWithinOrgScope } from "./org-scope.ts";

describe("isWithinOrgScope", () => {
  it("includes the actor's own unit and everything below", () => {
    expect(isWithinOrgScope("/1/4/", "/1/4/")).toBe(true);
    expect(isWithinOrgScope("/1/4/", "/1/4/9/")).toBe(true);
    expect(isWithinOrgScope("/1/", "/1/4/9/12/")).toBe(true);
  });

  it("excludes parents and siblings", () => {
    expect(isWithinOrgScope("/1/4/", "/1/")).toBe(false);
    expect(isWithinOrgScope("/1/4/", "/1/5/")).toBe(false);
  });

  it("does not treat a sibling with a longer id as a child", () => {
    expect(isWithinOrgScope("/1/4/", "/1/45/")).toBe(false);
    expect(isWithinOrgScope("/1/4/", "/1/45/9/")).toBe(false);
  });

  it("refuses malformed paths rather than guessing", () => {
    expect(isWithinOrgScope("", "/1/")).toBe(false);
    expect(isWithinOrgScope("/1/4", "/1/45/")).toBe(false);
    expect(isWithinOrgScope("/", "/1/")).toBe(false);
    expect(isValidOrgPath("/1/4/9/")).toBe(true);
    expect(isValidOrgPath("1/4/")).toBe(false);
  });
});
