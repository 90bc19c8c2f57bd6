import type { RatingScore } from "@hall/domain";
import { permittedProcedure, router } from "../../trpc.ts";
import { actOnCase, listCases } from "./cases.service.ts";
import { createComplaint, listComplaints, updateComplaint } from "./complaints.service.ts";
import { listEnquiries, logEnquiry } from "./enquiries.service.ts";
import { ratingOfOwnTicket, submitRating } from "./ratings.service.ts";
import {
  ZAssignCaseInput,
  ZCloseCaseInput,
  ZCreateComplaintInput,
  ZFollowUpCaseInput,
  ZListCasesInput,
  ZListComplaintsInput,
  ZListEnquiriesInput,
  ZLogEnquiryInput,
  ZShowTicketRatingInput,
  ZSubmitRatingInput,
  ZUpdateComplaintInput,
} from "./schemas.ts";

const supervise = permittedProcedure("queue.supervise");
const serve = permittedProcedure("queue.serve");

export const ratingRouter = router({
  /** The citizen's own ticket with the rating given (or whether it can still be rated). */
  ofTicket: permittedProcedure("queue.own")
    .input(ZShowTicketRatingInput)
    .query(({ ctx, input }) => ratingOfOwnTicket(ctx, ctx.actor, input.ticketId)),
  submit: permittedProcedure("queue.own")
    .input(ZSubmitRatingInput)
    .mutation(({ ctx, input }) => submitRating(ctx, ctx.actor, { ...input, score: input.score as RatingScore })),
});

export const casesRouter = router({
  list: supervise.input(ZListCasesInput).query(({ ctx, input }) => listCases(ctx, ctx.actor, input)),
  assign: supervise
    .input(ZAssignCaseInput)
    .mutation(({ ctx, input }) => actOnCase(ctx, ctx.actor, { ...input, action: "assign" })),
  /** 回访: the follow-up call to the citizen, recorded. */
  followUp: supervise
    .input(ZFollowUpCaseInput)
    .mutation(({ ctx, input }) => actOnCase(ctx, ctx.actor, { ...input, action: "follow_up" })),
  close: supervise
    .input(ZCloseCaseInput)
    .mutation(({ ctx, input }) => actOnCase(ctx, ctx.actor, { ...input, action: "close" })),
});

export const complaintsRouter = router({
  list: supervise.input(ZListComplaintsInput).query(({ ctx, input }) => listComplaints(ctx, ctx.actor, input)),
  /** 接诉受理 */
  create: supervise.input(ZCreateComplaintInput).mutation(({ ctx, input }) => createComplaint(ctx, ctx.actor, input)),
  /** The next step of the loop (协调办理 → 办结回复 → 备案回访) and/or the 查实 / 重大 flags. */
  update: supervise.input(ZUpdateComplaintInput).mutation(({ ctx, input }) => updateComplaint(ctx, ctx.actor, input)),
});

export const enquiriesRouter = router({
  /** 首问负责: log a first-contact enquiry. */
  log: serve.input(ZLogEnquiryInput).mutation(({ ctx, input }) => logEnquiry(ctx, ctx.actor, input)),
  list: serve.input(ZListEnquiriesInput).query(({ ctx, input }) => listEnquiries(ctx, ctx.actor, input)),
});
