/** The reference module: the org tree, halls, zones, windows, staff, service items, the calendar and the audit log. */
export { auditRouter } from "./audit.router.ts";
export { calendarRouter } from "./calendar.router.ts";
export { hallsRouter } from "./halls.router.ts";
/** Service-item materials, for the public catalogue (the reference module owns the items). */
export { listMaterialRows } from "./items.repository.ts";
export { itemsRouter } from "./items.router.ts";
export { orgRouter } from "./org.router.ts";
export { staffRouter } from "./staff.router.ts";
export { windowsRouter } from "./windows.router.ts";
export { zonesRouter } from "./zones.router.ts";
