// @hall/domain — pure policy logic shared by every app: no I/O, no process.env, no framework.

export * from "./access/apps.ts";
export * from "./access/authorize.ts";
export * from "./access/org-scope.ts";
export * from "./access/permissions.ts";
export * from "./access/roles.ts";
export * from "./access/throttle.ts";
export * from "./booking/index.ts";
export * from "./calendar/default-calendar.ts";
export * from "./calendar/iso-date.ts";
export * from "./calendar/working-days.ts";
export * from "./errors/domain-error.ts";
export * from "./errors/messages.ts";
export * from "./identity/age.ts";
export * from "./identity/id-number.ts";
export * from "./identity/masking.ts";
export * from "./identity/phone.ts";
export * from "./labels/label-of.ts";
export * from "./org/hall-settings.ts";
export * from "./org/org-levels.ts";
export * from "./org/org-path.ts";
export * from "./org/staff.ts";
export * from "./org/windows.ts";
export * from "./org/zones.ts";
export * from "./queue/index.ts";
export * from "./time/clock.ts";
export * from "./time/shanghai-time.ts";
