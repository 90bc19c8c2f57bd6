import { describe, expect, it } from "vitest";
import { DomainError } from "../errors/domain-error.ts";
import {
  assertValidTicketPrefix,
  formatTicketNumber,
  isTicketPrefix,
  parseTicketNumber,
  TICKET_PREFIXES,
  type TicketPrefix,
} from "./ticket-number.ts";

describe("formatTicketNumber", () => {
  it("writes the prefix and 3 digits, growing to 4 beyond 999", () => {
    expect(formatTicketNumber("A", 1)).toBe("A001");
    expect(formatTicketNumber("B", 42)).toBe("B042");
    expect(formatTicketNumber("Z", 999)).toBe("Z999");
    expect(formatTicketNumber("A", 1000)).toBe("A1000");
    expect(formatTicketNumber("A", 12345)).toBe("A12345");
  });

  it("refuses a sequence below 1 or not whole", () => {
    for (const seq of [0, -1, 1.5, Number.NaN])
      expect(() => formatTicketNumber("A", seq), String(seq)).toThrow(RangeError);
  });

  it("refuses a prefix that is not one capital letter (it comes from zone settings)", () => {
    for (const prefix of ["a", "AA", "", "1", "Ä"]) {
      expect(isTicketPrefix(prefix), prefix).toBe(false);
      expect(() => formatTicketNumber(prefix as TicketPrefix, 1)).toThrow(DomainError);
    }
    try {
      assertValidTicketPrefix("ab");
      expect.unreachable();
    } catch (error) {
      expect((error as DomainError).key).toBe("queue.invalid_ticket_prefix");
      expect((error as DomainError).field).toBe("prefix");
    }
    expect(TICKET_PREFIXES).toHaveLength(26);
    for (const prefix of TICKET_PREFIXES) expect(isTicketPrefix(prefix)).toBe(true);
  });
});

describe("parseTicketNumber", () => {
  it("reads back what formatTicketNumber writes", () => {
    for (const seq of [1, 9, 10, 99, 100, 999, 1000, 10000]) {
      expect(parseTicketNumber(formatTicketNumber("C", seq))).toEqual({ prefix: "C", seq });
    }
  });

  it("accepts spaces around and lower case, as typed", () => {
    expect(parseTicketNumber(" a007 ")).toEqual({ prefix: "A", seq: 7 });
  });

  it("rejects anything else", () => {
    for (const s of ["", "A", "A1", "A01", "A0001", "A000", "AA001", "1001", "A00X", "A 001", "001A"]) {
      expect(parseTicketNumber(s), s).toBeNull();
    }
  });
});
