import type { Role } from "./roles.ts";

/** What an action needs. Add new permissions here and grant them in ROLE_PERMISSIONS below. */
export const PERMISSIONS = [
  "reference.read",
  "reference.write",
  "users.manage",
  "audit.read",
  "settings.write",
  /** A citizen's own bookings: create, cancel, reschedule, list. */
  "booking.own",
  /** See a hall's bookings of a day (hall staff at the counter). */
  "booking.view",
  /** Override a slot's capacity. */
  "booking.manage",
] as const;

export type Permission = (typeof PERMISSIONS)[number];

const STAFF_BASE: readonly Permission[] = ["reference.read"];
const COUNTER: readonly Permission[] = [...STAFF_BASE, "booking.view"];

/** Which role may do what. A user's permissions are the union over their roles. */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  citizen: ["booking.own"],
  window_staff: COUNTER,
  group_leader: COUNTER,
  window_chief: COUNTER,
  duty_leader: COUNTER,
  trainer: STAFF_BASE,
  mentor: STAFF_BASE,
  inspector: STAFF_BASE,
  // Everything of the hall, but never a citizen's own bookings: an admin books as a citizen with a citizen account.
  hall_admin: PERMISSIONS.filter((p) => p !== "booking.own"),
};

/** True when any of the roles grants the permission. */
export function hasPermission(roles: readonly Role[], permission: Permission): boolean {
  return roles.some((role) => ROLE_PERMISSIONS[role].includes(permission));
}
