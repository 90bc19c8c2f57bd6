import { describe, expect, it } from "vitest";
import { findUnsafeText, isSafeText } from "./safe-text.ts";

describe("safe text", () => {
  it("accepts ordinary Chinese, emoji and astral characters (paired surrogates)", () => {
    expect(isSafeText("张三 𠮷野家 👍 abc")).toBe(true);
    expect(isSafeText("")).toBe(true);
  });

  it("refuses NUL and unpaired surrogates, at either end", () => {
    expect(isSafeText("a\u0000b")).toBe(false);
    expect(isSafeText("\ud800")).toBe(false);
    expect(isSafeText("x\ud800")).toBe(false);
    expect(isSafeText("\udc00x")).toBe(false);
    expect(isSafeText("\ud83d\ude00\udc00")).toBe(false);
  });

  it("finds the path of the first unsafe string, in values and keys, however deep", () => {
    expect(findUnsafeText({ a: 1, b: ["ok", { c: "x\u0000" }] })).toEqual(["b", 1, "c"]);
    expect(findUnsafeText({ ["k\u0000"]: 1 })).toEqual(["(key)"]);
    expect(findUnsafeText({ a: "fine", b: [1, 2, null] })).toBeNull();
    expect(findUnsafeText(undefined)).toBeNull();
  });
});
