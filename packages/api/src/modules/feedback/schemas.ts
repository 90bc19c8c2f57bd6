/** The feedback module's input schemas (zod). Refinement messages are domain i18n keys. */
import { COMPLAINT_SOURCES, COMPLAINT_STATUSES, isRatingScore } from "@hall/domain";
import { z } from "zod";
import { zDate, zId, zPhone } from "../../shared/schemas.ts";

const zText = (max: number) => z.string().trim().min(1).max(max);
/** A hall (default: the caller's own). */
const zHall = z.object({ hallId: zId.optional() });

/** The rating page of a ticket. */
export const ZShowTicketRatingInput = z.object({ ticketId: zId });
export const ZSubmitRatingInput = z.object({
  ticketId: zId,
  // 1 非常不满意 … 5 非常满意
  score: z.number().int().min(1).max(5).refine(isRatingScore, "rating.invalid_score"),
  comment: z.string().trim().max(500).optional(),
});

export const ZListCasesInput = zHall;
export const ZAssignCaseInput = z.object({ caseId: zId, assigneeUserId: zId });
/** 回访: the follow-up call to the citizen, recorded. */
export const ZFollowUpCaseInput = z.object({ caseId: zId, note: zText(2000) });
export const ZCloseCaseInput = z.object({ caseId: zId, note: zText(2000) });

export const ZListComplaintsInput = zHall;
/** 接诉受理 */
export const ZCreateComplaintInput = z.object({
  hallId: zId,
  source: z.enum(COMPLAINT_SOURCES),
  content: zText(4000),
  staffId: zId.optional(),
  complainantName: z.string().trim().max(50).optional(),
  complainantPhone: zPhone.optional(),
});
/** The next step of the loop (协调办理 → 办结回复 → 备案回访) and/or the 查实 / 重大 flags. */
export const ZUpdateComplaintInput = z.object({
  complaintId: zId,
  to: z.enum(COMPLAINT_STATUSES).optional(),
  note: z.string().trim().max(4000).optional(),
  verified: z.boolean().optional(),
  major: z.boolean().optional(),
  staffId: zId.nullable().optional(),
});

/** 首问负责: a first-contact enquiry. */
export const ZLogEnquiryInput = z.object({
  hallId: zId,
  topic: zText(500),
  directedTo: z.string().trim().max(200).optional(),
  windowId: zId.optional(),
});
export const ZListEnquiriesInput = zHall.extend({ date: zDate });
