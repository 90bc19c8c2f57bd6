import { describe, expect, it } from "vitest";
import { isWithinOrgScope } from "../access/org-scope.ts";
import { orgPathOf } from "./org-path.ts";

describe("orgPathOf", () => {
  it("starts a root path", () => {
    expect(orgPathOf(null, 1)).toBe("/1/");
  });

  it("extends the parent's path", () => {
    expect(orgPathOf("/1/4/", 9)).toBe("/1/4/9/");
    expect(isWithinOrgScope("/1/4/", orgPathOf("/1/4/", 9))).toBe(true);
  });

  it("refuses ids that are not positive integers", () => {
    expect(() => orgPathOf(null, 0)).toThrow(RangeError);
    expect(() => orgPathOf("/1/", 1.5)).toThrow(RangeError);
  });
});
