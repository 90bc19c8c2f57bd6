import type { Database, Hall, Kysely, OrgUnit, Selectable } from "@hall/db";
import { assertMayWorkAtWindow, authorize, DomainError, hasPermission, type Permission } from "@hall/domain";
import type { SessionActor } from "../context.ts";

export interface ScopedHall extends Hall {
  orgPath: string;
}

/** Loads a hall and checks the actor may act on it with this permission (role and org scope). */
export async function hallInScope(
  db: Kysely<Database>,
  actor: SessionActor,
  hallId: number,
  permission: Permission,
  opts: { forUpdate?: boolean } = {},
): Promise<ScopedHall> {
  let q = db
    .selectFrom("halls as h")
    .innerJoin("org_units as o", "o.id", "h.org_unit_id")
    .selectAll("h")
    .select("o.path as orgPath")
    .where("h.id", "=", hallId);
  if (opts.forUpdate) q = q.forUpdate("h");
  const hall = await q.executeTakeFirst();
  if (!hall) throw new DomainError("NOT_FOUND", "hall.not_found", { field: "hallId" });
  authorize(actor, permission, hall.orgPath);
  return hall as ScopedHall;
}

/** Loads the hall id of a row of a hall-owned table, for scope checks on update. */
export async function hallIdOf(
  db: Kysely<Database>,
  table: "zones" | "windows" | "staff" | "staff_groups" | "service_items",
  id: number,
  notFoundKey: string,
): Promise<number> {
  const row = await db.selectFrom(table).select("hall_id").where("id", "=", id).executeTakeFirst();
  if (!row) throw new DomainError("NOT_FOUND", notFoundKey, { field: "id" });
  return row.hall_id;
}

/** Asserts a referenced row exists and belongs to the same hall (never link across halls). */
export async function assertInHall(
  db: Kysely<Database>,
  table: "zones" | "windows" | "staff" | "staff_groups" | "service_items",
  id: number,
  hallId: number,
  field: string,
  notFoundKey: string,
): Promise<void> {
  const row = await db.selectFrom(table).select("hall_id").where("id", "=", id).executeTakeFirst();
  if (!row || row.hall_id !== hallId) throw new DomainError("BAD_REQUEST", notFoundKey, { field });
}

type HallOwnedTable =
  | "zones"
  | "windows"
  | "staff"
  | "staff_groups"
  | "service_items"
  | "tickets"
  | "refusal_requests"
  | "rectification_cases"
  | "complaints";

export interface ScopedLookup {
  /** The input field that carried the id (named in the error). */
  field?: string;
  /** The row must belong to this hall (a reference from a row of that hall): otherwise refused as not found. */
  hallId?: number;
  /** Lock the row until the transaction ends. */
  forUpdate?: boolean;
}

/**
 * One scoped lookup for a row of a hall-owned table: the row exists (else NOT_FOUND), belongs to `opts.hallId` when
 * given (else BAD_REQUEST with the same not-found key: never link across halls, never confirm another hall's row),
 * and the actor holds `permission` over its hall's org unit (else FORBIDDEN).
 */
async function hallRowInScope<T extends HallOwnedTable>(
  db: Kysely<Database>,
  actor: SessionActor,
  table: T,
  id: number,
  permission: Permission,
  notFoundKey: string,
  opts: ScopedLookup,
) {
  const field = opts.field ?? "id";
  let q = db
    .selectFrom(`${table} as r` as "zones as r")
    .innerJoin("halls as h", "h.id", "r.hall_id")
    .innerJoin("org_units as o", "o.id", "h.org_unit_id")
    .selectAll("r")
    .select("o.path as orgPath")
    .where("r.id", "=", id);
  if (opts.forUpdate) q = q.forUpdate("r");
  const row = await q.executeTakeFirst();
  if (!row) {
    throw new DomainError(opts.hallId === undefined ? "NOT_FOUND" : "BAD_REQUEST", notFoundKey, { field });
  }
  if (opts.hallId !== undefined && row.hall_id !== opts.hallId) {
    throw new DomainError("BAD_REQUEST", notFoundKey, { field });
  }
  authorize(actor, permission, row.orgPath);
  const { orgPath: _orgPath, ...rest } = row;
  return rest as unknown as Selectable<Database[T]>;
}

/** A zone the actor may act on (see hallRowInScope). */
export const zoneInScope = (
  db: Kysely<Database>,
  actor: SessionActor,
  id: number,
  permission: Permission,
  opts: ScopedLookup = {},
) => hallRowInScope(db, actor, "zones", id, permission, "zone.not_found", opts);

/** A service item the actor may act on (see hallRowInScope). */
export const itemInScope = (
  db: Kysely<Database>,
  actor: SessionActor,
  id: number,
  permission: Permission,
  opts: ScopedLookup = {},
) => hallRowInScope(db, actor, "service_items", id, permission, "item.not_found", opts);

/** A staff group the actor may act on (see hallRowInScope). */
export const groupInScope = (
  db: Kysely<Database>,
  actor: SessionActor,
  id: number,
  permission: Permission,
  opts: ScopedLookup = {},
) => hallRowInScope(db, actor, "staff_groups", id, permission, "group.not_found", opts);

/** A window the actor may act on (see hallRowInScope). */
export const windowInScope = (
  db: Kysely<Database>,
  actor: SessionActor,
  id: number,
  permission: Permission,
  opts: ScopedLookup = {},
) => hallRowInScope(db, actor, "windows", id, permission, "window.not_found", opts);

/** A staff member the actor may act on (see hallRowInScope). */
export const staffInScope = (
  db: Kysely<Database>,
  actor: SessionActor,
  id: number,
  permission: Permission,
  opts: ScopedLookup = {},
) => hallRowInScope(db, actor, "staff", id, permission, "staff.not_found", opts);

/** An org unit the actor may act on: it exists (else NOT_FOUND on `field`) and lies in the actor's subtree. */
export async function orgUnitInScope(
  db: Kysely<Database>,
  actor: SessionActor,
  id: number,
  permission: Permission,
  opts: { field?: string; forUpdate?: boolean } = {},
): Promise<OrgUnit> {
  let q = db.selectFrom("org_units").selectAll().where("id", "=", id);
  if (opts.forUpdate) q = q.forUpdate();
  const org = await q.executeTakeFirst();
  if (!org) throw new DomainError("NOT_FOUND", "org.not_found", { field: opts.field ?? "id" });
  authorize(actor, permission, org.path);
  return org;
}

/** A ticket the actor may act on (see hallRowInScope; field "ticketId" unless told). */
export const ticketInScope = (
  db: Kysely<Database>,
  actor: SessionActor,
  id: number,
  permission: Permission,
  opts: ScopedLookup = {},
) => hallRowInScope(db, actor, "tickets", id, permission, "queue.ticket_not_found", { field: "ticketId", ...opts });

/** A refusal request (办不成事) the actor may act on (see hallRowInScope; field "requestId" unless told). */
export const refusalRequestInScope = (
  db: Kysely<Database>,
  actor: SessionActor,
  id: number,
  permission: Permission,
  opts: ScopedLookup = {},
) =>
  hallRowInScope(db, actor, "refusal_requests", id, permission, "refusal.not_found", { field: "requestId", ...opts });

/** A rectification case the actor may act on (see hallRowInScope; field "caseId" unless told). */
export const caseInScope = (
  db: Kysely<Database>,
  actor: SessionActor,
  id: number,
  permission: Permission,
  opts: ScopedLookup = {},
) => hallRowInScope(db, actor, "rectification_cases", id, permission, "case.not_found", { field: "caseId", ...opts });

/** A complaint the actor may act on (see hallRowInScope; field "complaintId" unless told). */
export const complaintInScope = (
  db: Kysely<Database>,
  actor: SessionActor,
  id: number,
  permission: Permission,
  opts: ScopedLookup = {},
) => hallRowInScope(db, actor, "complaints", id, permission, "complaint.not_found", { field: "complaintId", ...opts });

/**
 * A hall's staff account (a user who works in a hall, never a citizen) the actor may act on: it exists, works in
 * `opts.hallId` when given (else BAD_REQUEST `user.not_found`), and its hall lies in the actor's scope.
 */
export async function hallUserInScope(
  db: Kysely<Database>,
  actor: SessionActor,
  id: number,
  permission: Permission,
  opts: Omit<ScopedLookup, "forUpdate"> = {},
): Promise<{ id: number; hallId: number }> {
  const field = opts.field ?? "userId";
  const row = await db
    .selectFrom("users as u")
    .innerJoin("halls as h", "h.id", "u.hall_id")
    .innerJoin("org_units as o", "o.id", "h.org_unit_id")
    .select(["u.id", "u.hall_id", "o.path as orgPath"])
    .where("u.id", "=", id)
    .executeTakeFirst();
  if (!row) throw new DomainError(opts.hallId === undefined ? "NOT_FOUND" : "BAD_REQUEST", "user.not_found", { field });
  if (opts.hallId !== undefined && row.hall_id !== opts.hallId) {
    throw new DomainError("BAD_REQUEST", "user.not_found", { field });
  }
  authorize(actor, permission, row.orgPath);
  return { id: row.id, hallId: row.hall_id! };
}

/** The windows where the actor holds a post (A or B). */
export async function postedWindowIds(db: Kysely<Database>, userId: number): Promise<number[]> {
  const rows = await db
    .selectFrom("window_posts as p")
    .innerJoin("staff as s", "s.id", "p.staff_id")
    .select("p.window_id")
    .where("s.user_id", "=", userId)
    .execute();
  return rows.map((r) => r.window_id);
}

/**
 * Counter work at a window — calling, and every action on a ticket that window holds — is for the staff posted there
 * or a supervisor of the hall (domain `mayWorkAtWindow`); else FORBIDDEN `queue.not_your_window` on `field`. Call it
 * after the window's or ticket's hall was checked to be in the actor's scope: a supervisor's permission counts only
 * there.
 */
export async function assertWorksAtWindow(
  db: Kysely<Database>,
  actor: SessionActor,
  windowId: number | null,
  field: string,
): Promise<void> {
  const supervises = hasPermission(actor.roles, "queue.supervise");
  const posted = supervises ? [] : await postedWindowIds(db, actor.userId);
  assertMayWorkAtWindow(windowId, { postedWindowIds: posted, supervises }, field);
}

/** The hall a staff request means: the one given, else the actor's own (0, which no hall has, for neither). */
export function requestedHallId(hallId: number | undefined, actor: SessionActor): number {
  return hallId ?? actor.hallId ?? 0;
}
