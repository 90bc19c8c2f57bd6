/** 首问负责: the ledger of first-contact enquiries — who took one and where the citizen was directed. */
import { shanghaiInstant, toShanghaiIso } from "@hall/domain";
import type { Context, SessionActor } from "../../context.ts";
import { audit } from "../../shared/audit.ts";
import { hallInScope, requestedHallId, windowInScope } from "../../shared/scope.ts";
import { enquiriesOfHall, insertEnquiry } from "./repository.ts";

/** 首问负责 ledger entry: who took a first-contact enquiry and where the citizen was directed. */
export async function logEnquiry(
  ctx: Context,
  actor: SessionActor,
  input: { hallId: number; topic: string; directedTo?: string | undefined; windowId?: number | undefined },
) {
  return ctx.db.transaction().execute(async (tx) => {
    await hallInScope(tx, actor, input.hallId, "queue.serve");
    // The window it was taken at is one of this hall's.
    if (input.windowId !== undefined)
      await windowInScope(tx, actor, input.windowId, "queue.serve", { hallId: input.hallId, field: "windowId" });
    const enquiryId = await insertEnquiry(tx, {
      hallId: input.hallId,
      takenBy: actor.userId,
      topic: input.topic,
      directedTo: input.directedTo ?? null,
      windowId: input.windowId ?? null,
      at: ctx.clock.now(),
    });
    await audit(tx, ctx, {
      action: "enquiry.log",
      entity: "enquiry",
      entityId: enquiryId,
      hallId: input.hallId,
      after: { topic: input.topic, directedTo: input.directedTo ?? null, windowId: input.windowId ?? null },
    });
    return { enquiryId };
  });
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
