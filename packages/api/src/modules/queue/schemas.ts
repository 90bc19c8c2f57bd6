/** The queue module's input schemas (zod). Refinement messages are domain i18n keys. */
import { COMPLETABLE_OUTCOMES } from "@hall/domain";
import { z } from "zod";
import { zDate, zId, zIdNumber } from "../../shared/schemas.ts";

const zText = (max: number) => z.string().trim().min(1).max(max);

/** The calling display of a hall (default: the first hall). */
export const ZWatchBoardInput = z.object({ hallId: zId.optional() }).optional();
export const ZCheckInInput = z.union([
  z.object({ bookingId: zId }),
  z.object({ code: z.string().trim().min(4).max(20) }),
]);
export const ZTakeTicketInput = z.object({
  itemId: zId,
  idNumber: zIdNumber.optional(),
  military: z.boolean().optional(),
  /** One per ticket asked for: a repeat with the same key (its answer lost) gets the same ticket. */
  idempotencyKey: z.string().trim().min(8).max(100).optional(),
});
/** 窗口核验身份证: the number read from the ID card of the ticket's holder. */
export const ZVerifyIdentityInput = z.object({ ticketId: zId, idNumber: zIdNumber });
/** A window: call the next ticket, or read its open ticket. */
export const ZCallNextInput = z.object({ windowId: zId });
export const ZShowCurrentTicketInput = ZCallNextInput;
/** The queue panel of a window's console. */
export const ZShowWindowQueueInput = ZCallNextInput;
/** recall / pass / requeue / start, and the refusal status of a ticket. */
export const ZActOnTicketInput = z.object({ ticketId: zId });
export const ZTransferInput = z
  .object({ ticketId: zId, toWindowId: zId.optional(), toZoneId: zId.optional() })
  .refine((i) => (i.toWindowId === undefined) !== (i.toZoneId === undefined), {
    message: "queue.transfer_target",
    path: ["toWindowId"],
  });
export const ZCompleteInput = z.object({
  ticketId: zId,
  // "refused" only after the window chief approved the refusal request (checked by the service).
  outcome: z.enum([...COMPLETABLE_OUTCOMES, "refused"]),
  missingMaterials: z.array(z.string().trim().max(200)).max(50).optional(),
  noticeText: z.string().trim().max(4000).optional(),
});
export const ZRefusalRequestInput = z.object({ ticketId: zId, reason: zText(2000) });
export const ZRefusalDecisionInput = z.object({
  requestId: zId,
  decision: z.enum(["approved", "denied"]),
  reason: zText(2000),
});
/** A hall's refusal requests of the ISO week of `date` (default: today). */
export const ZListWeeklyRefusalsInput = z.object({ hallId: zId.optional(), date: zDate.optional() });
