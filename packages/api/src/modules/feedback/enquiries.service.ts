/** 首问负责: the ledger of first-contact enquiries — who took one and where the citizen was directed. */
import { shanghaiInstant, toShanghaiIso } from "@hall/domain";
import type { Context, SessionActor } from "../../context.ts";
import { hallInScope, requestedHallId } from "../../shared/scope.ts";
import { enquiriesOfHall, insertEnquiry } from "./repository.ts";

/** 首问负责 ledger entry: who took a first-contact enquiry and where the citizen was directed. */
export async function logEnquiry(
  ctx: Context,
  actor: SessionActor,
  input: { hallId: number; topic: string; directedTo?: string | undefined; windowId?: number | undefined },
) {
  await hallInScope(ctx.db, actor, input.hallId, "queue.serve");
  const enquiryId = await insertEnquiry(ctx.db, {
    hallId: input.hallId,
    takenBy: actor.userId,
    topic: input.topic,
    directedTo: input.directedTo ?? null,
    windowId: input.windowId ?? null,
    at: ctx.clock.now(),
  });
  return { enquiryId };
}

export async function listEnquiries(
  ctx: Context,
  actor: SessionActor,
  input: { hallId?: number | undefined; date: string },
) {
  const hallId = requestedHallId(input.hallId, actor);
  await hallInScope(ctx.db, actor, hallId, "queue.serve");
  const from = shanghaiInstant(input.date, "00:00");
  const rows = await enquiriesOfHall(ctx.db, hallId, from, new Date(from.getTime() + 86_400_000));
  return rows.map((e) => ({
    enquiryId: e.id,
    topic: e.topic,
    directedTo: e.directed_to,
    windowNumber: e.windowNumber,
    takenBy: e.takenBy,
    createdAt: toShanghaiIso(e.created_at),
  }));
}
