/** 好差评: a citizen rates their own completed ticket; a bad rating opens a rectification case. */
import {
  assertCanRate,
  canRate,
  caseDueDate,
  DomainError,
  opensRectificationCase,
  type RatingScore,
  shanghaiDate,
  toShanghaiIso,
} from "@hall/domain";
import type { Context, SessionActor } from "../../context.ts";
import { audit } from "../../shared/audit.ts";
import { queueRules } from "../queue/index.ts";
import { insertCase, insertRating, lockTicketForRating, ratingOfTicket, ticketWithRating } from "./repository.ts";

/** 好差评: once per own completed ticket within the window; a bad rating opens a rectification case. */
export async function submitRating(
  ctx: Context,
  actor: SessionActor,
  input: { ticketId: number; score: RatingScore; comment?: string | undefined },
) {
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (tx) => {
    const t = await lockTicketForRating(tx, input.ticketId);
    if (!t || t.citizen_id !== actor.userId)
      throw new DomainError("NOT_FOUND", "rating.not_found", { field: "ticketId" });
    const rated = await ratingOfTicket(tx, t.id);
    const rules = await queueRules(tx, t.hall_id, now);
    assertCanRate({ completedAt: t.completed_at, rated: Boolean(rated) }, now, rules.settings);
    const ratingId = await insertRating(tx, {
      ticketId: t.id,
      hallId: t.hall_id,
      citizenId: actor.userId,
      windowId: t.window_id,
      staffId: t.staff_id,
      score: input.score,
      comment: input.comment ?? null,
      ratedAt: now,
    });
    let caseId: number | null = null;
    let dueDate: string | null = null;
    if (opensRectificationCase(input.score, rules.settings)) {
      dueDate = caseDueDate(shanghaiDate(now), rules.settings, rules.calendar);
      caseId = await insertCase(tx, { hallId: t.hall_id, ratingId, dueDate, createdAt: now });
    }
    await audit(tx, ctx, {
      action: "rating.submit",
      entity: "rating",
      entityId: ratingId,
      hallId: t.hall_id,
      after: { ticketId: t.id, score: input.score, caseId },
    });
    return { ratingId, caseId, caseDueDate: dueDate };
  });
}

/**
 * `rating.ofTicket`: the citizen's own ticket as the rating page shows it — the rating given (a reopened page shows
 * it, not a blank form), or whether it can still be rated. Someone else's ticket is "not found".
 */
export async function ratingOfOwnTicket(ctx: Context, actor: SessionActor, ticketId: number) {
  const t = await ticketWithRating(ctx.db, ticketId);
  if (!t || t.citizen_id !== actor.userId)
    throw new DomainError("NOT_FOUND", "rating.not_found", { field: "ticketId" });
  const rules = await queueRules(ctx.db, t.hall_id, ctx.clock.now());
  const rated = t.score !== null;
  return {
    ticketId: t.id,
    number: t.number,
    itemName: t.itemName,
    completedAt: t.completed_at ? toShanghaiIso(t.completed_at) : null,
    rating: rated ? { score: t.score as RatingScore, comment: t.comment, ratedAt: toShanghaiIso(t.rated_at!) } : null,
    canRate: canRate({ completedAt: t.completed_at, rated }, ctx.clock.now(), rules.settings),
  };
}
