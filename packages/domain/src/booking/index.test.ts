import { describe, expect, it } from "vitest";
import * as domain from "../index.ts";

describe("@hall/domain booking surface", () => {
  it("exports the booking policy from the package root", () => {
    const names = [
      "DEFAULT_BOOKING_SETTINGS",
      "resolveBookingSettings",
      "assertValidBookingSettings",
      "generateSlots",
      "isSlotStart",
      "slotOf",
      "DEFAULT_AVG_HANDLING_MINUTES",
      "handlingMinutesOf",
      "canWindowServeItem",
      "slotCapacity",
      "assertValidCapacityOverride",
      "BOOKING_STATUSES",
      "BOOKING_STATUS_LABELS",
      "isActiveBooking",
      "assertWithinBookingWindow",
      "assertCitizenCaps",
      "canCancelBooking",
      "assertCanCancel",
      "isNoShow",
      "noShowCutoff",
      "isWithinCheckInWindow",
      "suspensionUntil",
      "assertNotSuspended",
      "BOOKING_CODE_ALPHABET",
      "BOOKING_CODE_LENGTH",
      "generateBookingCode",
      "normalizeBookingCode",
      "isBookingCodeFormat",
    ];
    for (const name of names) expect(domain, name).toHaveProperty(name);
  });

  it("has every booking message in both languages", () => {
    const keys = Object.keys(domain.MESSAGES).filter((key) => key.startsWith("booking."));
    expect(keys.length).toBeGreaterThanOrEqual(13);
    for (const key of keys) {
      expect(domain.MESSAGES[key]?.["zh-CN"], key).toBeTruthy();
      expect(domain.MESSAGES[key]?.["en-US"], key).toBeTruthy();
    }
  });
});
