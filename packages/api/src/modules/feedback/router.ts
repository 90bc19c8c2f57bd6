import { COMPLAINT_SOURCES, COMPLAINT_STATUSES, isRatingScore, type RatingScore } from "@hall/domain";
import { z } from "zod";
import { zDate, zId, zPhone } from "../../shared/schemas.ts";
import { hallInScope } from "../../shared/scope.ts";
import { permittedProcedure, router } from "../../trpc.ts";
import {
  actOnCase,
  createComplaint,
  listCases,
  listComplaints,
  listEnquiries,
  logEnquiry,
  submitRating,
  updateComplaint,
} from "./service.ts";

const zText = (max: number) => z.string().trim().min(1).max(max);
const zHall = z.object({ hallId: zId.optional() });

/** The hall a staff request means: the given one, else the caller's own. */
const hallOf = (input: { hallId?: number | undefined }, actor: { hallId: number | null }) =>
  input.hallId ?? actor.hallId ?? 0;

export const ratingRouter = router({
  submit: permittedProcedure("queue.own")
    .input(
      z.object({
        ticketId: zId,
        // 1 非常不满意 … 5 非常满意
        score: z.number().int().min(1).max(5).refine(isRatingScore, "rating.invalid_score"),
        comment: z.string().trim().max(500).optional(),
      }),
    )
    .mutation(({ ctx, input }) => submitRating(ctx, ctx.actor, { ...input, score: input.score as RatingScore })),
});

export const casesRouter = router({
  list: permittedProcedure("queue.supervise")
    .input(zHall)
    .query(async ({ ctx, input }) => {
      const hallId = hallOf(input, ctx.actor);
      await hallInScope(ctx.db, ctx.actor, hallId, "queue.supervise");
      return listCases(ctx.db, hallId);
    }),
  assign: permittedProcedure("queue.supervise")
    .input(z.object({ caseId: zId, assigneeUserId: zId }))
    .mutation(({ ctx, input }) => actOnCase(ctx, ctx.actor, { ...input, action: "assign" })),
  /** 回访: the follow-up call to the citizen, recorded. */
  followUp: permittedProcedure("queue.supervise")
    .input(z.object({ caseId: zId, note: zText(2000) }))
    .mutation(({ ctx, input }) => actOnCase(ctx, ctx.actor, { ...input, action: "follow_up" })),
  close: permittedProcedure("queue.supervise")
    .input(z.object({ caseId: zId, note: zText(2000) }))
    .mutation(({ ctx, input }) => actOnCase(ctx, ctx.actor, { ...input, action: "close" })),
});

export const complaintsRouter = router({
  list: permittedProcedure("queue.supervise")
    .input(zHall)
    .query(async ({ ctx, input }) => {
      const hallId = hallOf(input, ctx.actor);
      await hallInScope(ctx.db, ctx.actor, hallId, "queue.supervise");
      return listComplaints(ctx.db, hallId);
    }),
  /** 接诉受理 */
  create: permittedProcedure("queue.supervise")
    .input(
      z.object({
        hallId: zId,
        source: z.enum(COMPLAINT_SOURCES),
        content: zText(4000),
        staffId: zId.optional(),
        complainantName: z.string().trim().max(50).optional(),
        complainantPhone: zPhone.optional(),
      }),
    )
    .mutation(({ ctx, input }) => createComplaint(ctx, ctx.actor, input)),
  /** The next step of the loop (协调办理 → 办结回复 → 备案回访) and/or the 查实 / 重大 flags. */
  update: permittedProcedure("queue.supervise")
    .input(
      z.object({
        complaintId: zId,
        to: z.enum(COMPLAINT_STATUSES).optional(),
        note: z.string().trim().max(4000).optional(),
        verified: z.boolean().optional(),
        major: z.boolean().optional(),
        staffId: zId.nullable().optional(),
      }),
    )
    .mutation(({ ctx, input }) => updateComplaint(ctx, ctx.actor, input)),
});

export const enquiriesRouter = router({
  /** 首问负责: log a first-contact enquiry. */
  log: permittedProcedure("queue.serve")
    .input(
      z.object({
        hallId: zId,
        topic: zText(500),
        directedTo: z.string().trim().max(200).optional(),
        windowId: zId.optional(),
      }),
    )
    .mutation(({ ctx, input }) => logEnquiry(ctx, ctx.actor, input)),
  list: permittedProcedure("queue.serve")
    .input(zHall.extend({ date: zDate }))
    .query(async ({ ctx, input }) => {
      const hallId = hallOf(input, ctx.actor);
      await hallInScope(ctx.db, ctx.actor, hallId, "queue.serve");
      return listEnquiries(ctx.db, hallId, input.date);
    }),
});
