import type { Database, Kysely } from "@hall/db";
import type { Context } from "../context.ts";

export interface AuditEntry {
  action: string;
  entity: string;
  entityId?: string | number | null;
  /** The hall the change belongs to: the hall's admins see it in `audit.list`. */
  hallId?: number | null;
  /**
   * For a change above any hall (an org unit, an org-level account or setting): the org unit it concerns. The admins
   * of that org — whose scope contains it — see it in `audit.list` beside their halls' rows.
   */
  orgUnitId?: number | null;
  /** Who acted, when it is not the session's user (a sign-in: nobody is signed in yet). */
  actorUserId?: number | null;
  before?: unknown;
  after?: unknown;
}

/**
 * Writes one audit row (who, when, from which client address, before/after). Call it inside the transaction of the
 * change it records. Never put a password or a whole personal number into before/after.
 */
export async function audit(db: Kysely<Database>, ctx: Pick<Context, "actor" | "clock" | "ip">, e: AuditEntry) {
  await db
    .insertInto("audit_log")
    .values({
      at: ctx.clock.now(),
      actor_user_id: e.actorUserId !== undefined ? e.actorUserId : (ctx.actor?.userId ?? null),
      hall_id: e.hallId ?? null,
      org_unit_id: e.orgUnitId ?? null,
      action: e.action,
      entity: e.entity,
      entity_id: e.entityId == null ? null : String(e.entityId),
      before: e.before === undefined ? null : JSON.stringify(e.before),
      after: e.after === undefined ? null : JSON.stringify(e.after),
      ip: ctx.ip,
    })
    .execute();
}
