import type { Context } from "../../context.ts";
import { hallInScope } from "../../shared/scope.ts";
import { listAuditRows } from "./audit.repository.ts";

type Actor = NonNullable<Context["actor"]>;

/** A hall's audit log, newest first, with the org-level changes inside the actor's org scope beside it. */
export async function listAudit(ctx: Context, actor: Actor, input: { hallId: number; limit: number }) {
  await hallInScope(ctx.db, actor, input.hallId, "audit.read");
  const rows = await listAuditRows(ctx.db, input.hallId, actor.orgPath, input.limit);
  return rows.map((r) => ({
    id: r.id,
    at: r.at.toISOString(),
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    actorName: r.actorName,
    /** The client address the change came from (sign-ins and failed sign-ins included). */
    ip: r.ip,
    before: r.before as unknown,
    after: r.after as unknown,
  }));
}
