/** 窗口核验身份证: the clerk checks the ID card of a ticket's holder; a match verifies the account's ID number. */
import { DomainError, normalizeIdNumber, type PriorityClass, ticketPriorityOf } from "@hall/domain";
import type { Context, SessionActor } from "../../context.ts";
import { audit } from "../../shared/audit.ts";
import { accountPriorityClaim, markIdNumberVerified } from "../../shared/personal-data.ts";
import { ticketInScope } from "../../shared/scope.ts";
import { queueRules } from "./hall-rules.ts";
import { idNumberOfUser, updateTicket } from "./repository.ts";

export interface IdentityVerified {
  ticketId: number;
  number: string;
  /** The class the ticket is now called with. */
  priority: PriorityClass;
  /** The account's ID number had been verified before (by the counter or a real-name check). */
  alreadyVerified: boolean;
}

/** Tickets whose calling order can still change. */
const NOT_YET_CALLED = new Set(["waiting", "transferred", "passed"]);

/**
 * A clerk (queue.serve, in the ticket's hall) reads the ID card of the person holding a ticket and enters its number
 * (typed, or from the card reader). If it is the number the ticket's account registered with, that number is
 * verified at the counter from now on — the elderly priority it gives counts for this ticket (if it is not called
 * yet) and for every later one. A different number verifies nothing: someone registered with a number not theirs.
 */
export async function verifyTicketHolderIdentity(
  ctx: Context,
  actor: SessionActor,
  input: { ticketId: number; idNumber: string },
): Promise<IdentityVerified> {
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (tx) => {
    const t = await ticketInScope(tx, actor, input.ticketId, "queue.serve", { forUpdate: true });
    if (t.citizen_id === null) throw new DomainError("BAD_REQUEST", "identity.no_account", { field: "ticketId" });
    const account = await idNumberOfUser(tx, t.citizen_id);
    if (!account?.id_number_enc) throw new DomainError("BAD_REQUEST", "identity.no_id_number", { field: "ticketId" });
    if (ctx.pii.decrypt("id_number", account.id_number_enc) !== normalizeIdNumber(input.idNumber)) {
      throw new DomainError("BAD_REQUEST", "identity.card_mismatch", { field: "idNumber" });
    }
    const alreadyVerified = account.id_verification !== null;
    if (!alreadyVerified) {
      await markIdNumberVerified(tx, t.citizen_id, { method: "counter", by: actor.userId, at: now });
    }
    const rules = await queueRules(tx, t.hall_id, now);
    const { priority: effective } = ticketPriorityOf(
      accountPriorityClaim(ctx.pii, { ...account, id_verification: account.id_verification ?? "counter" }),
      t.service_date,
      rules.settings,
    );
    const priority = NOT_YET_CALLED.has(t.status) && t.priority === "normal" ? effective : t.priority;
    if (priority !== t.priority) await updateTicket(tx, t.id, { priority });
    if (!alreadyVerified || priority !== t.priority) {
      await audit(tx, ctx, {
        action: "identity.verify",
        entity: "user",
        entityId: t.citizen_id,
        hallId: t.hall_id,
        before: { idVerification: account.id_verification, ticket: t.number, priority: t.priority },
        after: { idVerification: account.id_verification ?? "counter", ticket: t.number, priority },
      });
    }
    return { ticketId: t.id, number: t.number, priority, alreadyVerified };
  });
}
