import { describe, expect, it } from "vitest";
import { DomainError } from "../errors/domain-error.ts";
import { MESSAGES, translate } from "../errors/messages.ts";
import { labelOf } from "../labels/label-of.ts";
import { assertChildLevel, ORG_LEVEL_LABELS, ORG_LEVELS, orgLevelMessageKey } from "./org-levels.ts";

describe("assertChildLevel", () => {
  it("accepts a child exactly one level down", () => {
    expect(() => assertChildLevel("province", "city")).not.toThrow();
    expect(() => assertChildLevel("city", "county")).not.toThrow();
    expect(() => assertChildLevel("county", "township")).not.toThrow();
    expect(() => assertChildLevel("township", "village")).not.toThrow();
  });

  it("accepts any level as a root", () => {
    for (const level of ORG_LEVELS) expect(() => assertChildLevel(null, level)).not.toThrow();
  });

  it("refuses skipping a level, the same level and going up", () => {
    for (const [parent, child] of [
      ["province", "county"],
      ["city", "city"],
      ["county", "city"],
      ["village", "village"],
    ] as const) {
      expect(() => assertChildLevel(parent, child), `${child} under ${parent}`).toThrow(DomainError);
    }
  });

  it("names both levels in the error, in either language", () => {
    try {
      assertChildLevel("province", "county");
      expect.unreachable();
    } catch (error) {
      const e = error as DomainError;
      expect([e.code, e.key, e.field]).toEqual(["BAD_REQUEST", "org.invalid_child_level", "level"]);
      expect(e.message).toBe("县级不能设在省级之下");
      expect(translate(e.key, "en-US", e.params)).toBe("A county unit cannot be placed under a province unit");
    }
  });

  it("keeps the level names in MESSAGES in step with the labels", () => {
    for (const level of ORG_LEVELS) {
      expect(MESSAGES[orgLevelMessageKey(level)]?.["zh-CN"]).toBe(labelOf(ORG_LEVEL_LABELS, level, "zh-CN"));
    }
  });
});
