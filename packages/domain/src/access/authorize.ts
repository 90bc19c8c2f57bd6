import { DomainError } from "../errors/domain-error.ts";
import { isWithinOrgScope } from "./org-scope.ts";
import { hasPermission, type Permission } from "./permissions.ts";
import type { Role } from "./roles.ts";

/** Who is acting: the signed-in user, their roles and the path of their org unit (null for citizens). */
export interface Actor {
  userId: number;
  roles: readonly Role[];
  orgPath: string | null;
}

/**
 * Lets the action through or throws: UNAUTHORIZED when nobody is signed in, FORBIDDEN when no role grants
 * the permission, FORBIDDEN `auth.out_of_scope` when the target org unit is outside the actor's subtree.
 */
export function authorize(actor: Actor | null, permission: Permission, targetOrgPath?: string): void {
  if (!actor) throw new DomainError("UNAUTHORIZED", "auth.unauthenticated");
  if (!hasPermission(actor.roles, permission)) throw new DomainError("FORBIDDEN", "auth.forbidden");
  if (targetOrgPath === undefined) return;
  if (actor.orgPath === null || !isWithinOrgScope(actor.orgPath, targetOrgPath)) {
    throw new DomainError("FORBIDDEN", "auth.out_of_scope");
  }
}
