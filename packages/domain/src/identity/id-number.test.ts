import { describe, expect, it } from "vitest";
import { DomainError } from "../errors/domain-error.ts";
import { translate } from "../errors/messages.ts";
import {
  ageFromIdNumber,
  assertValidIdNumber,
  idNumberCheckDigit,
  normalizeIdNumber,
  validateIdNumber,
} from "./id-number.ts";

/** Builds a valid number from region, birth date (YYYYMMDD) and sequence with our own check digit. */
function idFor(region: string, birth: string, sequence: string): string {
  const first17 = `${region}${birth}${sequence}`;
  return `${first17}${idNumberCheckDigit(first17)}`;
}

describe("idNumberCheckDigit", () => {
  it("matches published examples", () => {
    expect(idNumberCheckDigit("11010519491231002")).toBe("X");
    expect(idNumberCheckDigit("44052418800101001")).toBe("4");
    expect(idNumberCheckDigit("11010119900307803")).toBe("X");
  });

  it("refuses anything but 17 digits", () => {
    expect(() => idNumberCheckDigit("1101051949123100")).toThrow(RangeError);
    expect(() => idNumberCheckDigit("1101051949123100A")).toThrow(RangeError);
  });
});

describe("validateIdNumber", () => {
  it("accepts known-valid numbers and reads birth date, gender and region", () => {
    expect(validateIdNumber("11010519491231002X")).toEqual({
      ok: true,
      birthDate: "1949-12-31",
      gender: "female",
      regionCode: "110105",
    });
    expect(validateIdNumber("11010119900307803X")).toEqual({
      ok: true,
      birthDate: "1990-03-07",
      gender: "male",
      regionCode: "110101",
    });
  });

  it("accepts numbers built with our own check digit", () => {
    const id = idFor("410105", "19900101", "123");
    expect(id).toBe("410105199001011233");
    expect(validateIdNumber(id)).toMatchObject({ ok: true, gender: "male" });
    expect(validateIdNumber(idFor("410102", "20000229", "002"))).toMatchObject({ ok: true, birthDate: "2000-02-29" });
  });

  it("accepts a lower-case x and surrounding spaces", () => {
    expect(validateIdNumber("11010519491231002x")).toMatchObject({ ok: true });
    expect(validateIdNumber(" 11010519491231002X ")).toMatchObject({ ok: true });
    expect(normalizeIdNumber(" 11010519491231002x ")).toBe("11010519491231002X");
  });

  it("refuses a wrong check digit", () => {
    expect(validateIdNumber("110105194912310021")).toEqual({ ok: false, reason: "checksum" });
    expect(validateIdNumber("410105199001011234")).toEqual({ ok: false, reason: "checksum" });
  });

  it("refuses a wrong length or shape", () => {
    const valid = "11010519491231002X";
    expect(validateIdNumber(valid.slice(0, 17))).toEqual({ ok: false, reason: "format" });
    expect(validateIdNumber(`${valid}0`)).toEqual({ ok: false, reason: "format" });
    expect(validateIdNumber("")).toEqual({ ok: false, reason: "format" });
    expect(validateIdNumber("1101051949123X0021")).toEqual({ ok: false, reason: "format" });
    expect(validateIdNumber("11010519491231002Y")).toEqual({ ok: false, reason: "format" });
  });

  it("refuses impossible birth dates", () => {
    expect(validateIdNumber(idFor("410105", "19900230", "123"))).toEqual({ ok: false, reason: "birthdate" }); // Feb 30
    expect(validateIdNumber(idFor("410105", "19991301", "123"))).toEqual({ ok: false, reason: "birthdate" });
    expect(validateIdNumber(idFor("410105", "19990229", "123"))).toEqual({ ok: false, reason: "birthdate" }); // not leap
    expect(validateIdNumber(idFor("410105", "20240229", "123"))).toMatchObject({ ok: true }); // leap
  });

  it("refuses birth years before 1900, such as the standard's 1880 example", () => {
    expect(validateIdNumber("440524188001010014")).toEqual({ ok: false, reason: "birthdate" });
    expect(validateIdNumber(idFor("410105", "19000101", "123"))).toMatchObject({ ok: true });
  });

  it("refuses a birth date after today, when today is given", () => {
    const id = idFor("410105", "20260310", "123");
    expect(validateIdNumber(id, "2026-03-09")).toEqual({ ok: false, reason: "birthdate" });
    expect(validateIdNumber(id, "2026-03-10")).toMatchObject({ ok: true });
    expect(validateIdNumber(id)).toMatchObject({ ok: true });
  });
});

describe("assertValidIdNumber", () => {
  it("returns the normalised number", () => {
    expect(assertValidIdNumber("11010519491231002x")).toBe("11010519491231002X");
  });

  it("throws a BAD_REQUEST naming the field and the reason", () => {
    try {
      assertValidIdNumber("110105194912310021", "applicant.idNumber");
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      const e = error as DomainError;
      expect(e.code).toBe("BAD_REQUEST");
      expect(e.key).toBe("identity.invalid_id_number");
      expect(e.field).toBe("applicant.idNumber");
      expect(e.message).toBe("身份证号码无效：校验码不正确");
      expect(translate(e.key, "en-US", e.params)).toBe("Invalid ID number: the check digit is wrong");
    }
  });

  it("uses today for the future check", () => {
    const id = idFor("410105", "20260310", "123");
    expect(() => assertValidIdNumber(id, "idNumber", "2026-03-09")).toThrow("出生日期无效");
    expect(() => assertValidIdNumber("123")).toThrow("应为18位");
  });
});

describe("ageFromIdNumber", () => {
  const id = idFor("410105", "19900310", "123");

  it("counts full years; the birthday eve is still the younger age", () => {
    expect(ageFromIdNumber(id, "2026-03-09")).toBe(35);
    expect(ageFromIdNumber(id, "2026-03-10")).toBe(36);
  });

  it("throws for an invalid number", () => {
    expect(() => ageFromIdNumber("110105194912310021", "2026-03-09")).toThrow(DomainError);
  });
});
