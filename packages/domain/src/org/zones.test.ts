import { describe, expect, it } from "vitest";
import { DomainError } from "../errors/domain-error.ts";
import { labelOf } from "../labels/label-of.ts";
import { assertCanAddSpecialtyZone, MAX_SPECIALTY_ZONES, ZONE_KIND_LABELS, ZONE_KINDS } from "./zones.ts";

describe("assertCanAddSpecialtyZone", () => {
  it("allows up to six specialty zones", () => {
    expect(MAX_SPECIALTY_ZONES).toBe(6);
    expect(() => assertCanAddSpecialtyZone(0)).not.toThrow();
    expect(() => assertCanAddSpecialtyZone(5)).not.toThrow();
  });

  it("refuses a seventh with a clear error on the kind field", () => {
    try {
      assertCanAddSpecialtyZone(6);
      expect.unreachable();
    } catch (error) {
      const e = error as DomainError;
      expect(e).toBeInstanceOf(DomainError);
      expect([e.code, e.key, e.field]).toEqual(["BAD_REQUEST", "zone.specialty_limit", "kind"]);
      expect(e.params).toEqual({ limit: 6 });
      expect(e.message).toBe("专业综合受理区最多设置6个（豫审信〔2024〕44号）");
    }
    expect(() => assertCanAddSpecialtyZone(7)).toThrow(DomainError);
  });

  it("follows a custom limit from the hall settings", () => {
    expect(() => assertCanAddSpecialtyZone(2, 3)).not.toThrow();
    expect(() => assertCanAddSpecialtyZone(3, 3)).toThrow("最多设置3个");
    expect(() => assertCanAddSpecialtyZone(0, 0)).toThrow(DomainError);
  });
});

describe("zone kinds", () => {
  it("have labels in both languages", () => {
    expect(labelOf(ZONE_KIND_LABELS, "self_service", "zh-CN")).toBe("网办专区/7×24自助区");
    for (const kind of ZONE_KINDS) expect(ZONE_KIND_LABELS[kind]["en-US"]).not.toBe("");
  });
});
