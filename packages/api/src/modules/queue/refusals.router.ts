import { shanghaiDate } from "@hall/domain";
import { z } from "zod";
import { zDate, zId } from "../../shared/schemas.ts";
import { hallInScope } from "../../shared/scope.ts";
import { permittedProcedure, router } from "../../trpc.ts";
import { decideRefusal, requestRefusal, weeklyRefusals } from "./refusals.ts";

const zText = (max: number) => z.string().trim().min(1).max(max);
const zHall = z.object({ hallId: zId.optional() });

/** The hall a staff request means: the given one, else the caller's own. */
const hallOf = (input: { hallId?: number | undefined }, actor: { hallId: number | null }) =>
  input.hallId ?? actor.hallId ?? 0;

export const refusalsRouter = router({
  /** 办不成事 requests of the hall for a week (every Friday's summary; any date picks its ISO week). */
  weekly: permittedProcedure("queue.supervise")
    .input(zHall.extend({ date: zDate.optional() }))
    .query(async ({ ctx, input }) => {
      const hallId = hallOf(input, ctx.actor);
      await hallInScope(ctx.db, ctx.actor, hallId, "queue.supervise");
      return weeklyRefusals(ctx.db, hallId, input.date ?? shanghaiDate(ctx.clock.now()));
    }),
});

export const ZRefusalRequestInput = z.object({ ticketId: zId, reason: zText(2000) });
export const ZRefusalDecisionInput = z.object({
  requestId: zId,
  decision: z.enum(["approved", "denied"]),
  reason: zText(2000),
});
export const refusalProcedures = {
  requestRefusal: permittedProcedure("queue.serve")
    .input(ZRefusalRequestInput)
    .mutation(({ ctx, input }) => requestRefusal(ctx, ctx.actor, input.ticketId, input.reason)),
  decideRefusal: permittedProcedure("queue.supervise")
    .input(ZRefusalDecisionInput)
    .mutation(({ ctx, input }) => decideRefusal(ctx, ctx.actor, input.requestId, input.decision, input.reason)),
};
