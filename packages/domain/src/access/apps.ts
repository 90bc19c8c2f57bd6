import type { Role } from "./roles.ts";

export const APP_KEYS = ["portal", "appointments", "training", "mentoring", "performance"] as const;
export type AppKey = (typeof APP_KEYS)[number];

/** Which roles see which app in the launcher. The portal is everyone's home. */
const APP_ROLES: Record<Exclude<AppKey, "portal">, readonly Role[]> = {
  appointments: ["citizen", "window_staff", "group_leader", "window_chief", "duty_leader", "hall_admin"],
  training: ["window_staff", "group_leader", "window_chief", "trainer", "mentor", "hall_admin"],
  mentoring: ["window_staff", "group_leader", "mentor", "trainer", "hall_admin"],
  performance: ["window_staff", "group_leader", "window_chief", "duty_leader", "inspector", "hall_admin"],
};

export function appsForRoles(roles: readonly Role[]): AppKey[] {
  return APP_KEYS.filter((app) => app === "portal" || APP_ROLES[app].some((r) => roles.includes(r)));
}
