import { isValidIsoDate, MAX_CAPACITY_OVERRIDE } from "@hall/domain";
import { z } from "zod";
import { zDate, zId } from "../../shared/schemas.ts";

/** An ISO instant with an offset ("2026-11-24T09:00:00+08:00" or "…Z"). */
export const zInstant = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/)
  .refine((s) => !Number.isNaN(Date.parse(s)) && isValidIsoDate(s.slice(0, 10)), "booking.invalid_slot")
  .transform((s) => new Date(s));

export const ZListBookingSlotsInput = z.object({ itemId: zId, date: zDate });
/** The earlier name of ZListBookingSlotsInput. */
export const ZBookingSlotsInput = ZListBookingSlotsInput;
export const ZCreateBookingInput = z.object({
  itemId: zId,
  start: zInstant,
  idempotencyKey: z.string().trim().min(8).max(100).optional(),
  materialsConfirmed: z.literal(true, { error: "booking.materials_not_confirmed" }),
});
export const ZCancelBookingInput = z.object({ id: zId });
export const ZRescheduleBookingInput = z.object({ id: zId, start: zInstant });
export const ZOverrideCapacityInput = z.object({
  itemId: zId,
  start: zInstant,
  capacity: z.number().int().min(0).max(MAX_CAPACITY_OVERRIDE).nullable(),
});
export const ZViewBookingDayInput = z.object({ hallId: zId.optional(), date: zDate });
/** The earlier name of ZViewBookingDayInput. */
export const ZBookingDayInput = ZViewBookingDayInput;
/** The public catalogue's hall: the given one, or the first hall. */
export const ZReadCatalogInput = z.object({ hallId: zId.optional() }).optional();
