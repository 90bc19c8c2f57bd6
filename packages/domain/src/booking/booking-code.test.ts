import { describe, expect, it } from "vitest";
import {
  BOOKING_CODE_ALPHABET,
  BOOKING_CODE_LENGTH,
  generateBookingCode,
  isBookingCodeFormat,
  normalizeBookingCode,
} from "./booking-code.ts";

describe("booking codes", () => {
  it("use 8 characters without look-alikes", () => {
    expect(BOOKING_CODE_LENGTH).toBe(8);
    for (const lookAlike of ["0", "O", "1", "I", "L"]) expect(BOOKING_CODE_ALPHABET).not.toContain(lookAlike);
    expect(new Set(BOOKING_CODE_ALPHABET).size).toBe(BOOKING_CODE_ALPHABET.length);
    for (let i = 0; i < 200; i += 1) {
      const code = generateBookingCode();
      expect(code).toHaveLength(8);
      expect(isBookingCodeFormat(code), code).toBe(true);
    }
  });

  it("take the characters from the random source, from the first to the last of the alphabet", () => {
    expect(generateBookingCode(() => 0)).toBe("22222222");
    expect(generateBookingCode(() => 0.999_999_999)).toBe("ZZZZZZZZ");
    expect(generateBookingCode(() => 1)).toBe("ZZZZZZZZ"); // a source that reaches 1 stays in range
    const values = [0, 1.5 / 31, 2.5 / 31, 30.5 / 31, 0.5, 0, 0, 0]; // indexes 0, 1, 2, 30, 15
    let i = 0;
    expect(generateBookingCode(() => values[i++] ?? 0)).toBe("234ZH222");
  });

  it("recognise the format strictly and normalise typed input", () => {
    expect(isBookingCodeFormat("AB3K7MNP")).toBe(true);
    expect(isBookingCodeFormat("ab3k7mnp")).toBe(false);
    expect(isBookingCodeFormat("AB3K7MN")).toBe(false);
    expect(isBookingCodeFormat("AB3K7MNPQ")).toBe(false);
    expect(isBookingCodeFormat("AB3K7MN0")).toBe(false);
    expect(isBookingCodeFormat("AB3K7MNO")).toBe(false);
    expect(isBookingCodeFormat("AB3K7MNI")).toBe(false);
    expect(isBookingCodeFormat("AB3K7MNL")).toBe(false);
    expect(isBookingCodeFormat("AB3K7MN1")).toBe(false);
    expect(normalizeBookingCode(" ab3k-7mnp ")).toBe("AB3K7MNP");
    expect(isBookingCodeFormat(normalizeBookingCode("ab3k 7mnp"))).toBe(true);
  });
});
