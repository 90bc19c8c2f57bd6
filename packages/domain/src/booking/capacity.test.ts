import { describe, expect, it } from "vitest";
import { DomainError } from "../errors/domain-error.ts";
import { WINDOW_TYPES, type WindowType } from "../org/windows.ts";
import {
  type BookableItem,
  canWindowServeItem,
  DEFAULT_AVG_HANDLING_MINUTES,
  handlingMinutesOf,
  type ServingWindow,
  slotCapacity,
} from "./capacity.ts";

const ZONE = 1;
const OTHER_ZONE = 2;

const item = (over: Partial<BookableItem> = {}): BookableItem => ({
  id: 10,
  zoneId: ZONE,
  theme: null,
  instant: false,
  avgHandlingMinutes: 15,
  ...over,
});

let nextId = 1;
const window = (type: WindowType, over: Partial<ServingWindow> = {}): ServingWindow => ({
  id: nextId++,
  type,
  zoneId: ZONE,
  itemId: null,
  active: true,
  staffed: true,
  ...over,
});

describe("canWindowServeItem", () => {
  it("lets general, elderly and military-priority windows serve every item", () => {
    for (const type of ["general", "elderly", "military_priority"] as const) {
      expect(canWindowServeItem(window(type, { zoneId: OTHER_ZONE }), item({ zoneId: null })), type).toBe(true);
    }
  });

  it("lets a specialty window serve only the items of its own zone", () => {
    expect(canWindowServeItem(window("specialty"), item())).toBe(true);
    expect(canWindowServeItem(window("specialty", { zoneId: OTHER_ZONE }), item())).toBe(false);
    expect(canWindowServeItem(window("specialty"), item({ zoneId: null }))).toBe(false);
  });

  it("lets a one-thing window serve items with a 一件事 theme or of its own zone", () => {
    const elsewhere = window("one_thing", { zoneId: OTHER_ZONE });
    expect(canWindowServeItem(elsewhere, item({ theme: "新生儿出生一件事" }))).toBe(true);
    expect(canWindowServeItem(elsewhere, item({ theme: null }))).toBe(false);
    expect(canWindowServeItem(elsewhere, item({ theme: "  " }))).toBe(false);
    expect(canWindowServeItem(window("one_thing"), item({ theme: null }))).toBe(true);
  });

  it("takes no bookings at complaint, certificate and assisted-service windows", () => {
    for (const type of ["complaint", "certificate", "assisted"] as const) {
      expect(canWindowServeItem(window(type), item({ theme: "一件事" })), type).toBe(false);
    }
  });

  it("lets an item-specific window serve its own item only, whatever its type", () => {
    for (const type of WINDOW_TYPES) {
      expect(canWindowServeItem(window(type, { itemId: 10 }), item({ id: 10 })), type).toBe(true);
      expect(canWindowServeItem(window(type, { itemId: 11 }), item({ id: 10 })), type).toBe(false);
    }
  });
});

describe("slotCapacity", () => {
  it("is the sum over serving windows of floor(slot minutes ÷ handling minutes)", () => {
    const windows = [window("general"), window("specialty"), window("elderly")];
    expect(slotCapacity(item(), windows, 30)).toBe(6); // 3 windows × 2
    expect(slotCapacity(item({ avgHandlingMinutes: 20 }), windows, 30)).toBe(3); // 3 × floor(1.5)
    expect(slotCapacity(item({ avgHandlingMinutes: 31 }), windows, 30)).toBe(0); // longer than a slot
    expect(slotCapacity(item({ avgHandlingMinutes: 30 }), windows, 30)).toBe(3); // exactly one per window
    expect(slotCapacity(item(), [], 30)).toBe(0);
  });

  it("counts neither a closed window nor an unstaffed one (no A or B post)", () => {
    const windows = [window("general"), window("general", { active: false }), window("general", { staffed: false })];
    expect(slotCapacity(item(), windows, 30)).toBe(2);
  });

  it("counts neither an item-specific window for another item nor windows that cannot serve the item", () => {
    const windows = [
      window("general"),
      window("general", { itemId: 99 }),
      window("specialty", { zoneId: OTHER_ZONE }),
      window("complaint"),
      window("certificate"),
      window("assisted"),
    ];
    expect(slotCapacity(item(), windows, 30)).toBe(2);
    expect(slotCapacity(item(), [...windows, window("general", { itemId: 10 })], 30)).toBe(4);
  });

  it("uses the 15-minute default when an item has no usable handling time", () => {
    expect(DEFAULT_AVG_HANDLING_MINUTES).toBe(15);
    expect(handlingMinutesOf({ avgHandlingMinutes: 0 })).toBe(15);
    expect(handlingMinutesOf({ avgHandlingMinutes: -5 })).toBe(15);
    expect(handlingMinutesOf({ avgHandlingMinutes: Number.NaN })).toBe(15);
    expect(handlingMinutesOf({ avgHandlingMinutes: 10 })).toBe(10);
    expect(slotCapacity(item({ avgHandlingMinutes: 0 }), [window("general")], 30)).toBe(2);
  });

  it("takes an administrator's override instead, 0 closing the slot", () => {
    const windows = [window("general"), window("general")];
    expect(slotCapacity(item(), windows, 30, 0)).toBe(0);
    expect(slotCapacity(item(), windows, 30, 7)).toBe(7);
    expect(slotCapacity(item(), [], 30, 5)).toBe(5);
    expect(slotCapacity(item(), windows, 30, null)).toBe(4);
    expect(slotCapacity(item(), windows, 30, undefined)).toBe(4);
  });

  it("refuses a negative or fractional override", () => {
    for (const bad of [-1, 1.5, Number.NaN]) {
      try {
        slotCapacity(item(), [], 30, bad);
        expect.unreachable(String(bad));
      } catch (error) {
        const e = error as DomainError;
        expect(e).toBeInstanceOf(DomainError);
        expect([e.code, e.key, e.field]).toEqual(["BAD_REQUEST", "booking.invalid_capacity", "capacity"]);
      }
    }
  });
});
