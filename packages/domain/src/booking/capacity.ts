import { DomainError } from "../errors/domain-error.ts";
import type { WindowType } from "../org/windows.ts";

/** A window (窗口) as the capacity rule sees it. */
export interface ServingWindow {
  id: number;
  type: WindowType;
  zoneId: number;
  /** Set for an item-specific window (单事项专窗), which serves that item only. */
  itemId: number | null;
  /** False for a closed (disabled) window. */
  active: boolean;
  /** An A or B post is assigned (AB岗: B covers when A is away); an unstaffed window serves no one. */
  staffed: boolean;
}

/** A service item (事项) as the capacity rule sees it. */
export interface BookableItem {
  id: number;
  /** The zone the item belongs to, if any. */
  zoneId: number | null;
  /** The “一件事” theme the item belongs to, if any. */
  theme: string | null;
  /** 即办件. */
  instant: boolean;
  avgHandlingMinutes: number;
}

/** SPEC "App 1" 2: an item's average handling time when none is set. */
export const DEFAULT_AVG_HANDLING_MINUTES = 15;

/** The item's average handling minutes; the default 15 when it is missing, zero, negative or not a number. */
export function handlingMinutesOf(item: Pick<BookableItem, "avgHandlingMinutes">): number {
  const minutes = item.avgHandlingMinutes;
  return Number.isFinite(minutes) && minutes > 0 ? minutes : DEFAULT_AVG_HANDLING_MINUTES;
}

/**
 * Whether a window can take bookings for an item, by what the window is for (open/staffed is checked by
 * slotCapacity, not here):
 * - an item-specific window (itemId set) serves only that item, whatever its type;
 * - "general" (无差别综合受理), "elderly" (老年人服务专窗) and "military_priority" (军人依法优先) serve every item;
 * - "specialty" (专业综合受理) serves the items of its own zone;
 * - "one_thing" (一件事综合受理) serves items that belong to a 一件事 theme, and the items of its own zone;
 * - "complaint" (有诉即办), "certificate" (统一发证) and "assisted" (帮办代办) take no bookings: they complement a
 *   service rather than handle an item, so counting them would promise capacity nobody provides.
 */
export function canWindowServeItem(window: ServingWindow, item: BookableItem): boolean {
  if (window.itemId !== null) return window.itemId === item.id;
  switch (window.type) {
    case "general":
    case "elderly":
    case "military_priority":
      return true;
    case "specialty":
      return item.zoneId === window.zoneId;
    case "one_thing":
      return (item.theme !== null && item.theme.trim() !== "") || item.zoneId === window.zoneId;
    case "complaint":
    case "certificate":
    case "assisted":
      return false;
    default: {
      const unknown: never = window.type;
      throw new RangeError(`unknown window type ${String(unknown)}`);
    }
  }
}

/** A capacity override is a whole number ≥ 0; otherwise BAD_REQUEST `booking.invalid_capacity` (field "capacity"). */
export function assertValidCapacityOverride(capacity: number): void {
  if (!Number.isInteger(capacity) || capacity < 0) {
    throw new DomainError("BAD_REQUEST", "booking.invalid_capacity", { field: "capacity" });
  }
}

/**
 * How many bookings a slot takes for an item: the administrator's override when there is one (0 closes the
 * slot), else the sum over open, staffed windows that can serve the item of
 * floor(slot minutes ÷ the item's average handling minutes).
 */
export function slotCapacity(
  item: BookableItem,
  windows: readonly ServingWindow[],
  slotMinutes: number,
  override?: number | null,
): number {
  if (override !== undefined && override !== null) {
    assertValidCapacityOverride(override);
    return override;
  }
  const perWindow = Math.floor(slotMinutes / handlingMinutesOf(item));
  let capacity = 0;
  for (const window of windows) {
    if (window.active && window.staffed && canWindowServeItem(window, item)) capacity += perWindow;
  }
  return capacity;
}
