import type { Database, Hall, Kysely } from "@hall/db";
import { authorize, DomainError, type Permission } from "@hall/domain";
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

/** The hall a staff request means: the one given, else the actor's own (0, which no hall has, for neither). */
export function requestedHallId(hallId: number | undefined, actor: SessionActor): number {
  return hallId ?? actor.hallId ?? 0;
}
