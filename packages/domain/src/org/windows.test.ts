import { describe, expect, it } from "vitest";
import { DomainError } from "../errors/domain-error.ts";
import { labelOf } from "../labels/label-of.ts";
import { assertItemSpecificWindowAllowed, WINDOW_TYPE_LABELS, WINDOW_TYPES } from "./windows.ts";

describe("assertItemSpecificWindowAllowed", () => {
  it("allows a window that is not item-specific", () => {
    expect(() => assertItemSpecificWindowAllowed(null)).not.toThrow();
  });

  it("allows an item-specific window for an instant item", () => {
    expect(() => assertItemSpecificWindowAllowed({ instant: true })).not.toThrow();
  });

  it("refuses an item-specific window for an item that is not instant", () => {
    try {
      assertItemSpecificWindowAllowed({ instant: false });
      expect.unreachable();
    } catch (error) {
      const e = error as DomainError;
      expect(e).toBeInstanceOf(DomainError);
      expect([e.code, e.key, e.field]).toEqual(["BAD_REQUEST", "window.item_specific_requires_instant", "itemId"]);
      expect(e.message).toContain("即办件");
    }
  });
});

describe("window types", () => {
  it("have labels in both languages", () => {
    expect(WINDOW_TYPES.map((type) => labelOf(WINDOW_TYPE_LABELS, type, "zh-CN"))).toEqual([
      "无差别综合受理",
      "专业综合受理",
      "一件事综合受理",
      "有诉即办(办不成事反映)",
      "统一发证",
      "老年人服务专窗",
      "军人依法优先",
      "帮办代办",
    ]);
    for (const type of WINDOW_TYPES) expect(WINDOW_TYPE_LABELS[type]["en-US"]).not.toBe("");
  });
});
