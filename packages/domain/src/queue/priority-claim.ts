import type { IdVerificationMethod } from "../identity/verification.ts";
import type { QueueSettings } from "./queue-settings.ts";
import { type PriorityClass, priorityClassOf } from "./ticket-priority.ts";

/** What a ticket's priority rests on. */
export interface PriorityClaim {
  /** 军人依法优先, asserted by hall staff who saw the papers (citizens cannot claim it for themselves). */
  military: boolean;
  /** The holder's ID number: the account's, or the one a clerk entered from the card for a walk-in. */
  idNumber: string | null;
  /**
   * How the ID number was confirmed to be the holder's (see `ID_VERIFICATION_METHODS`); null while it is only what
   * the account holder typed when registering.
   */
  idNumberVerifiedBy: IdVerificationMethod | null;
}

/**
 * A walk-in ticket issued by a clerk (queue.serve) at the counter: the ID number is entered from the card there, so it
 * is verified at the counter; the military flag is the clerk's to set.
 */
export function walkInPriorityClaim(input: { idNumber?: string | null | undefined; military?: boolean | undefined }) {
  const idNumber = input.idNumber ?? null;
  return {
    military: Boolean(input.military),
    idNumber,
    idNumberVerifiedBy: idNumber === null ? null : "counter",
  } satisfies PriorityClaim;
}

/**
 * Whether a claimed priority class counts when the queue is called. A normal ticket claims nothing; military is
 * asserted by hall staff; a class that comes from the ID number (elderly) counts only once that number is verified —
 * anyone can type an elder's ID number into a registration form.
 */
export function isPriorityClaimEffective(claimed: PriorityClass, claim: PriorityClaim): boolean {
  if (claimed === "normal") return true;
  if (claimed === "military") return claim.military;
  return claim.idNumber !== null && claim.idNumberVerifiedBy !== null;
}

export interface TicketPriority {
  /** The class the claim would give (what the ID number and the military flag say). */
  claimed: PriorityClass;
  /** The class the ticket is called with. */
  priority: PriorityClass;
  /** The claimed class is better than the effective one until the ID number is verified. */
  awaitingVerification: boolean;
}

/** The class a ticket is called with on `onDate` (the Asia/Shanghai day), and what it would be once verified. */
export function ticketPriorityOf(claim: PriorityClaim, onDate: string, s: QueueSettings): TicketPriority {
  const claimed = priorityClassOf({ military: claim.military, idNumber: claim.idNumber }, onDate, s);
  if (isPriorityClaimEffective(claimed, claim)) return { claimed, priority: claimed, awaitingVerification: false };
  return { claimed, priority: "normal", awaitingVerification: true };
}
