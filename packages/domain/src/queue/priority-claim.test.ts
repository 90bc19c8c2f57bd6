import { describe, expect, it } from "vitest";
import { idNumberCheckDigit } from "../identity/id-number.ts";
import { isPriorityClaimEffective, type PriorityClaim, ticketPriorityOf } from "./priority-claim.ts";
import { DEFAULT_QUEUE_SETTINGS } from "./queue-settings.ts";

const S = DEFAULT_QUEUE_SETTINGS;
function idBornOn(birth: string): string {
  const first17 = `110105${birth}123`;
  return first17 + idNumberCheckDigit(first17);
}
const elder = idBornOn("19500101");
const young = idBornOn("19900101");
const claim = (c: Partial<PriorityClaim>): PriorityClaim => ({
  military: false,
  idNumber: null,
  idNumberVerifiedBy: null,
  ...c,
});

describe("isPriorityClaimEffective", () => {
  it("lets an elderly claim count only once the ID number is verified, by either method", () => {
    expect(isPriorityClaimEffective("elderly", claim({ idNumber: elder }))).toBe(false);
    expect(isPriorityClaimEffective("elderly", claim({ idNumber: elder, idNumberVerifiedBy: "counter" }))).toBe(true);
    expect(
      isPriorityClaimEffective("elderly", claim({ idNumber: elder, idNumberVerifiedBy: "real_name_service" })),
    ).toBe(true);
  });
  it("never lets an elderly claim count without an ID number, verified flag or not", () => {
    expect(isPriorityClaimEffective("elderly", claim({ idNumberVerifiedBy: "counter" }))).toBe(false);
  });
  it("takes the military flag as asserted by staff, and a normal class claims nothing", () => {
    expect(isPriorityClaimEffective("military", claim({ military: true }))).toBe(true);
    expect(isPriorityClaimEffective("military", claim({ military: false }))).toBe(false);
    expect(isPriorityClaimEffective("normal", claim({}))).toBe(true);
  });
});

describe("ticketPriorityOf", () => {
  it("calls an unverified elder as normal, waiting for verification", () => {
    expect(ticketPriorityOf(claim({ idNumber: elder }), "2026-11-23", S)).toEqual({
      claimed: "elderly",
      priority: "normal",
      awaitingVerification: true,
    });
  });
  it("calls a verified elder as elderly", () => {
    expect(ticketPriorityOf(claim({ idNumber: elder, idNumberVerifiedBy: "counter" }), "2026-11-23", S)).toEqual({
      claimed: "elderly",
      priority: "elderly",
      awaitingVerification: false,
    });
  });
  it("waits for nothing when the number claims no priority, verified or not", () => {
    expect(ticketPriorityOf(claim({ idNumber: young }), "2026-11-23", S)).toEqual({
      claimed: "normal",
      priority: "normal",
      awaitingVerification: false,
    });
  });
  it("uses the age on the day: the eve of the 60th birthday is not yet elderly, verified or not", () => {
    const sixty = idBornOn("19661124");
    const verified = claim({ idNumber: sixty, idNumberVerifiedBy: "counter" });
    expect(ticketPriorityOf(verified, "2026-11-23", S).claimed).toBe("normal");
    expect(ticketPriorityOf(verified, "2026-11-24", S).priority).toBe("elderly");
  });
  it("serves staff-asserted military first even with an unverified number", () => {
    expect(ticketPriorityOf(claim({ military: true, idNumber: elder }), "2026-11-23", S)).toEqual({
      claimed: "military",
      priority: "military",
      awaitingVerification: false,
    });
  });
});
