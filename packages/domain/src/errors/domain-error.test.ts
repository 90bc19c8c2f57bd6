import { describe, expect, it } from "vitest";
import { DomainError, isDomainError } from "./domain-error.ts";
import { translate } from "./messages.ts";

describe("DomainError", () => {
  it("carries code, key, field and params, with the Chinese text as message", () => {
    const error = new DomainError("BAD_REQUEST", "zone.specialty_limit", { field: "kind", params: { limit: 6 } });
    expect(error).toBeInstanceOf(Error);
    expect(isDomainError(error)).toBe(true);
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.key).toBe("zone.specialty_limit");
    expect(error.field).toBe("kind");
    expect(error.params).toEqual({ limit: 6 });
    expect(error.message).toBe("专业综合受理区最多设置6个（豫审信〔2024〕44号）");
    expect(translate(error.key, "en-US", error.params)).toContain("at most 6");
  });

  it("needs no options", () => {
    const error = new DomainError("UNAUTHORIZED", "auth.unauthenticated");
    expect(error.message).toBe("请先登录");
    expect(error.field).toBeUndefined();
    expect(error.params).toBeUndefined();
    expect(isDomainError(new Error("x"))).toBe(false);
  });
});
