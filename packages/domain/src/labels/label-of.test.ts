import { describe, expect, it } from "vitest";
import { labelOf } from "./label-of.ts";

const COLOURS = { red: { "zh-CN": "红", "en-US": "Red" } } as const;
const LEVELS = { 5: { "zh-CN": "五级", "en-US": "Level 5" } } as const;

describe("labelOf", () => {
  it("reads the label in the requested locale", () => {
    expect(labelOf(COLOURS, "red", "zh-CN")).toBe("红");
    expect(labelOf(COLOURS, "red", "en-US")).toBe("Red");
  });

  it("works for numeric values", () => {
    expect(labelOf(LEVELS, 5, "zh-CN")).toBe("五级");
  });
});
