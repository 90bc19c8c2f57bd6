import { describe, expect, it } from "vitest";
import { safeNextPath } from "./next-path.ts";

const origin = "https://hall.example.gov.cn";

describe("safeNextPath", () => {
  it("keeps same-origin paths with query and hash", () => {
    expect(safeNextPath("/training/exams?id=3#q2", origin)).toBe("/training/exams?id=3#q2");
    expect(safeNextPath("/admin", origin)).toBe("/admin");
  });

  it("refuses anything that could leave the site", () => {
    for (const next of [
      "//evil.example",
      "/\\evil.example",
      "https://evil.example/",
      "javascript:alert(1)",
      "admin",
      "",
    ]) {
      expect(safeNextPath(next, origin), next).toBeNull();
    }
    expect(safeNextPath(null, origin)).toBeNull();
    expect(safeNextPath(undefined, origin)).toBeNull();
  });
});
