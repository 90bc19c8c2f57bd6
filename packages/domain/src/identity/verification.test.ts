import { describe, expect, it } from "vitest";
import { ID_VERIFICATION_LABELS, ID_VERIFICATION_METHODS, isIdVerificationMethod } from "./verification.ts";

describe("isIdVerificationMethod", () => {
  it("accepts the two methods and nothing else", () => {
    expect(ID_VERIFICATION_METHODS.every(isIdVerificationMethod)).toBe(true);
    expect(isIdVerificationMethod("self")).toBe(false);
    expect(isIdVerificationMethod(null)).toBe(false);
    expect(isIdVerificationMethod("")).toBe(false);
  });
  it("labels every method in both languages", () => {
    for (const m of ID_VERIFICATION_METHODS) {
      expect(ID_VERIFICATION_LABELS[m]["zh-CN"]).toBeTruthy();
      expect(ID_VERIFICATION_LABELS[m]["en-US"]).toBeTruthy();
    }
  });
});
