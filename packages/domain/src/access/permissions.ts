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
  /** A citizen's own queue tickets: take one, check a booking in. */
  "queue.own",
  /** Serve the queue at a window: check in by code, issue walk-in tickets, call, complete. */
  "queue.serve",
  /** Decide refusals (办不成事), handle rectification cases and complaints: window chiefs and duty leaders. */
  "queue.supervise",
] as const;

export type Permission = (typeof PERMISSIONS)[number];

const STAFF_BASE: readonly Permission[] = ["reference.read"];
const COUNTER: readonly Permission[] = [...STAFF_BASE, "booking.view", "queue.serve"];

/** Which role may do what. A user's permissions are the union over their roles. */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  citizen: ["booking.own", "queue.own"],
  window_staff: COUNTER,
  group_leader: COUNTER,
  window_chief: [...COUNTER, "queue.supervise"],
  duty_leader: [...COUNTER, "queue.supervise"],
  trainer: STAFF_BASE,
  mentor: STAFF_BASE,
  inspector: STAFF_BASE,
  // Everything of the hall, but never a citizen's own bookings: an admin books as a citizen with a citizen account.
  hall_admin: PERMISSIONS.filter((p) => p !== "booking.own" && p !== "queue.own"),
};

/** True when any of the roles grants the permission. */
export function hasPermission(roles: readonly Role[], permission: Permission): boolean {
  return roles.some((role) => ROLE_PERMISSIONS[role].includes(permission));
}
