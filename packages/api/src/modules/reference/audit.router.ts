import { z } from "zod";
import { zId } from "../../shared/schemas.ts";
import { hallInScope } from "../../shared/scope.ts";
import { permittedProcedure, router } from "../../trpc.ts";

export const auditRouter = router({
  list: permittedProcedure("audit.read")
    .input(z.object({ hallId: zId, limit: z.number().int().min(1).max(500).default(100) }))
    .query(async ({ ctx, input }) => {
      await hallInScope(ctx.db, ctx.actor, input.hallId, "audit.read");
      const rows = await ctx.db
        .selectFrom("audit_log as a")
        .leftJoin("users as u", "u.id", "a.actor_user_id")
        .select(["a.id", "a.at", "a.action", "a.entity", "a.entity_id", "a.before", "a.after", "u.name as actorName"])
        .where("a.hall_id", "=", input.hallId)
        .orderBy("a.id", "desc")
        .limit(input.limit)
        .execute();
      return rows.map((r) => ({
        id: r.id,
        at: r.at.toISOString(),
        action: r.action,
        entity: r.entity,
        entityId: r.entity_id,
        actorName: r.actorName,
        before: r.before as unknown,
        after: r.after as unknown,
      }));
    }),
});
