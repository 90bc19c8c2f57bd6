import { describe, expect, it } from "vitest";
import { DomainError } from "../errors/domain-error.ts";
import { assertValidMobile, isValidMobile } from "./phone.ts";

describe("isValidMobile", () => {
  it("accepts mainland mobile numbers 13x–19x", () => {
    for (const phone of ["13800000001", "15937112345", "19912345678"]) expect(isValidMobile(phone), phone).toBe(true);
  });

  it("refuses other numbers", () => {
    for (const phone of [
      "",
      "12800000001",
      "1380000000",
      "138000000012",
      "03712345678",
      "+8613800000001",
      "1380000000a",
    ]) {
      expect(isValidMobile(phone), phone).toBe(false);
    }
  });
});

describe("assertValidMobile", () => {
  it("returns the trimmed number or throws naming the field", () => {
    expect(assertValidMobile(" 13800000001 ")).toBe("13800000001");
    expect(() => assertValidMobile("1380000000", "contactPhone")).toThrow(DomainError);
    expect(() => assertValidMobile("1380000000")).toThrow("手机号码格式不正确");
  });
});
