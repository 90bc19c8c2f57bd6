import { DomainError } from "../errors/domain-error.ts";
import { assertValidCapacityOverride } from "./capacity.ts";

/** The largest capacity an administrator can give one slot. */
export const MAX_CAPACITY_OVERRIDE = 999;

/** Which override values an administrator may set on a slot: never below the seats already taken. */
export interface CapacityOverrideBounds {
  min: number;
  max: number;
}

export function capacityOverrideBounds(booked: number): CapacityOverrideBounds {
  const taken = Math.max(0, Math.trunc(booked));
  return { min: taken, max: Math.max(MAX_CAPACITY_OVERRIDE, taken) };
}

/** What the slot row holds after an override is set or cleared. */
export interface CapacityAfterOverride {
  /** The capacity bookings are checked against. */
  capacity: number;
  /** The administrator's number, or null when the slot follows the windows again. */
  override: number | null;
}

/**
 * The capacity-override rule (booking.overrideCapacity). Setting: a whole number from the seats already taken up to
 * 999 (0 closes an empty slot); below the seats taken is BAD_REQUEST `booking.capacity_below_booked` (field
 * "capacity", params { booked }) — a booked citizen is never bumped. Clearing (null): the slot follows the windows'
 * capacity again, never below the seats taken (the same rule a booking applies when it refreshes the slot).
 */
export function applyCapacityOverride(
  requested: number | null,
  slot: { computed: number; booked: number },
): CapacityAfterOverride {
  if (requested === null) return { capacity: Math.max(slot.computed, slot.booked), override: null };
  assertValidCapacityOverride(requested);
  const bounds = capacityOverrideBounds(slot.booked);
  if (requested > bounds.max) throw new DomainError("BAD_REQUEST", "booking.invalid_capacity", { field: "capacity" });
  if (requested < bounds.min) {
    throw new DomainError("BAD_REQUEST", "booking.capacity_below_booked", {
      field: "capacity",
      params: { booked: slot.booked },
    });
  }
  return { capacity: requested, override: requested };
}
