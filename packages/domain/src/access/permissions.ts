import type { Role } from "./roles.ts";

/** What an action needs. Add new permissions here and grant them in ROLE_PERMISSIONS below. */
export const PERMISSIONS = [
  "reference.read",
  "reference.write",
  "users.manage",
  "audit.read",
  "settings.write",
] as const;

export type Permission = (typeof PERMISSIONS)[number];

const STAFF_BASE: readonly Permission[] = ["reference.read"];

/** Which role may do what. A user's permissions are the union over their roles. */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  citizen: [],
  window_staff: STAFF_BASE,
  group_leader: STAFF_BASE,
  window_chief: STAFF_BASE,
  duty_leader: STAFF_BASE,
  trainer: STAFF_BASE,
  mentor: STAFF_BASE,
  inspector: STAFF_BASE,
  hall_admin: PERMISSIONS,
};

/** True when any of the roles grants the permission. */
export function hasPermission(roles: readonly Role[], permission: Permission): boolean {
  return roles.some((role) => ROLE_PERMISSIONS[role].includes(permission));
}
