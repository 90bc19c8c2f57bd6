import { applyCapacityOverride, shanghaiDate, slotCapacity } from "@hall/domain";
import type { Context } from "../../context.ts";
import { audit } from "../../shared/audit.ts";
import { hallBookingRules, type ItemForBooking } from "./hall-rules.ts";
import { servingWindows } from "./repository.ts";
import { lockSlotRow, setSlotCapacity, upsertSlotRow } from "./slots.repository.ts";
import { type SlotView, slotAt, slotsOfDay } from "./slots.service.ts";

/**
 * Sets (or clears, with null) a slot's capacity by the domain's override rule (`applyCapacityOverride`: never below
 * the seats already taken). The caller has checked the admin's scope over the item's hall.
 */
export async function overrideCapacity(
  ctx: Context,
  item: ItemForBooking,
  start: Date,
  requested: number | null,
): Promise<SlotView> {
  const now = ctx.clock.now();
  const rules = await hallBookingRules(ctx.db, item.hallId, now);
  const slot = slotAt(rules, start);
  const computed = slotCapacity(item, await servingWindows(ctx.db, item.hallId), rules.settings.slotMinutes);
  await ctx.db.transaction().execute(async (tx) => {
    const slotId = await upsertSlotRow(
      tx,
      { hallId: item.hallId, itemId: item.id, start: slot.start, end: slot.end },
      computed,
    );
    const row = await lockSlotRow(tx, slotId);
    const after = applyCapacityOverride(requested, { computed, booked: row.booked });
    await setSlotCapacity(tx, slotId, after.capacity, after.override);
    await audit(tx, ctx, {
      action: "booking.capacity",
      entity: "booking_slot",
      entityId: slotId,
      hallId: item.hallId,
      before: { capacity: row.capacity, override: row.capacity_override },
      after,
    });
  });
  const [view] = (await slotsOfDay(ctx.db, item, shanghaiDate(slot.start), now)).filter(
    (v) => new Date(v.start).getTime() === slot.start.getTime(),
  );
  return view!;
}
