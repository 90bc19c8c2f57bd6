import { describe, expect, it } from "vitest";
import { DomainError } from "../errors/domain-error.ts";
import { applyCapacityOverride, capacityOverrideBounds, MAX_CAPACITY_OVERRIDE } from "./capacity-override.ts";

const refusal = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error("expected a refusal");
};

describe("capacityOverrideBounds", () => {
  it("runs from the seats taken to 999", () => {
    expect(capacityOverrideBounds(0)).toEqual({ min: 0, max: MAX_CAPACITY_OVERRIDE });
    expect(capacityOverrideBounds(3)).toEqual({ min: 3, max: 999 });
  });
});

describe("applyCapacityOverride", () => {
  it("takes any whole number from the seats taken up to 999", () => {
    expect(applyCapacityOverride(3, { computed: 12, booked: 3 })).toEqual({ capacity: 3, override: 3 });
    expect(applyCapacityOverride(999, { computed: 12, booked: 3 })).toEqual({ capacity: 999, override: 999 });
    expect(applyCapacityOverride(0, { computed: 12, booked: 0 })).toEqual({ capacity: 0, override: 0 });
  });

  it("refuses one below the seats taken, naming the field and the count", () => {
    const e = refusal(() => applyCapacityOverride(2, { computed: 12, booked: 3 }));
    expect(e.code).toBe("BAD_REQUEST");
    expect(e.key).toBe("booking.capacity_below_booked");
    expect(e.field).toBe("capacity");
    expect(e.params).toEqual({ booked: 3 });
    expect(refusal(() => applyCapacityOverride(0, { computed: 12, booked: 1 })).key).toBe(
      "booking.capacity_below_booked",
    );
  });

  it("refuses a negative, fractional or too large number", () => {
    for (const n of [-1, 1.5, 1000, Number.NaN]) {
      const e = refusal(() => applyCapacityOverride(n, { computed: 12, booked: 0 }));
      expect(e.key, String(n)).toBe("booking.invalid_capacity");
      expect(e.field).toBe("capacity");
    }
  });

  it("clears back to the windows' capacity, never below the seats taken", () => {
    expect(applyCapacityOverride(null, { computed: 12, booked: 3 })).toEqual({ capacity: 12, override: null });
    expect(applyCapacityOverride(null, { computed: 2, booked: 3 })).toEqual({ capacity: 3, override: null });
    expect(applyCapacityOverride(null, { computed: 0, booked: 0 })).toEqual({ capacity: 0, override: null });
  });
});
