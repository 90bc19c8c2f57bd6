import { hasPermission } from "../access/permissions.ts";
import type { Role } from "../access/roles.ts";
import { DomainError } from "../errors/domain-error.ts";

/** What a ticket request may assert about its holder's priority. */
export interface PriorityAssertion {
  /** An ID number typed in with the request (the holder's age gives the elderly priority). */
  idNumber?: string | null | undefined;
  /** 军人依法优先. */
  military?: boolean | undefined;
}

/**
 * Who may assert a priority when a ticket is taken: hall staff at the counter (queue.serve), who enter the ID number
 * from the card and see the military papers. Anyone else — a citizen taking their own ticket — may assert neither:
 * their priority comes from their verified account, not from what they type. Otherwise FORBIDDEN
 * `queue.priority_not_claimable`, naming the field that asserted it.
 */
export function assertMayAssertPriority(roles: readonly Role[], request: PriorityAssertion): void {
  if (hasPermission(roles, "queue.serve")) return;
  if (request.military) {
    throw new DomainError("FORBIDDEN", "queue.priority_not_claimable", { field: "military" });
  }
  if (request.idNumber != null && request.idNumber !== "") {
    throw new DomainError("FORBIDDEN", "queue.priority_not_claimable", { field: "idNumber" });
  }
}
