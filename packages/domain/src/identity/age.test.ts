import { describe, expect, it } from "vitest";
import { DomainError } from "../errors/domain-error.ts";
import { ageOn } from "./age.ts";

describe("ageOn", () => {
  it("turns a year older on the birthday, not the day before", () => {
    expect(ageOn("1966-03-10", "2026-03-09")).toBe(59);
    expect(ageOn("1966-03-10", "2026-03-10")).toBe(60);
    expect(ageOn("1966-03-10", "2026-12-31")).toBe(60);
  });

  it("is 0 on the day of birth", () => {
    expect(ageOn("2026-03-10", "2026-03-10")).toBe(0);
  });

  it("lets a 29 February birthday count on 1 March in non-leap years", () => {
    expect(ageOn("2000-02-29", "2026-02-28")).toBe(25);
    expect(ageOn("2000-02-29", "2026-03-01")).toBe(26);
    expect(ageOn("2000-02-29", "2028-02-28")).toBe(27);
    expect(ageOn("2000-02-29", "2028-02-29")).toBe(28);
  });

  it("refuses invalid dates", () => {
    expect(() => ageOn("2001-02-29", "2026-01-01")).toThrow(DomainError);
    expect(() => ageOn("2000-01-01", "2026-02-30")).toThrow(DomainError);
  });
});
