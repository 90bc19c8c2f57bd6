import type { Database, Kysely } from "@hall/db";
import type { Context } from "../context.ts";

export interface AuditEntry {
  action: string;
  entity: string;
  entityId?: string | number | null;
  hallId?: number | null;
  before?: unknown;
  after?: unknown;
}

/** Writes one audit row (who, when, before/after). Call it inside the transaction of the change it records. */
export async function audit(db: Kysely<Database>, ctx: Pick<Context, "actor" | "clock" | "ip">, e: AuditEntry) {
  await db
    .insertInto("audit_log")
    .values({
      at: ctx.clock.now(),
      actor_user_id: ctx.actor?.userId ?? null,
      hall_id: e.hallId ?? null,
      action: e.action,
      entity: e.entity,
      entity_id: e.entityId == null ? null : String(e.entityId),
      before: e.before === undefined ? null : JSON.stringify(e.before),
      after: e.after === undefined ? null : JSON.stringify(e.after),
      ip: ctx.ip,
    })
    .execute();
}
