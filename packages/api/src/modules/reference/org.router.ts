import { insertOrgUnit } from "@hall/db";
import { assertChildLevel, authorize, DomainError, ORG_LEVELS } from "@hall/domain";
import { z } from "zod";
import { audit } from "../../shared/audit.ts";
import { zId, zName } from "../../shared/schemas.ts";
import { permittedProcedure, router } from "../../trpc.ts";

export const ZCreateOrgUnitInput = z.object({
  parentId: zId,
  level: z.enum(ORG_LEVELS),
  name: zName,
  code: z.string().trim().max(20).nullish(),
});
export const ZUpdateOrgUnitInput = z.object({
  id: zId,
  name: zName.optional(),
  code: z.string().trim().max(20).nullish(),
});

const toDto = (o: {
  id: number;
  parent_id: number | null;
  level: string;
  name: string;
  code: string | null;
  path: string;
}) => ({
  id: o.id,
  parentId: o.parent_id,
  level: o.level,
  name: o.name,
  code: o.code,
  path: o.path,
});

export const orgRouter = router({
  /** The org units inside the caller's scope (their own unit and everything below it). */
  list: permittedProcedure("reference.read").query(async ({ ctx }) => {
    const scope = ctx.actor.orgPath;
    if (!scope) return [];
    const rows = await ctx.db
      .selectFrom("org_units")
      .selectAll()
      .where("path", "like", `${scope}%`)
      .orderBy("path")
      .execute();
    return rows.map(toDto);
  }),

  create: permittedProcedure("reference.write")
    .input(ZCreateOrgUnitInput)
    .mutation(async ({ ctx, input }) => {
      return ctx.db.transaction().execute(async (tx) => {
        const parent = await tx.selectFrom("org_units").selectAll().where("id", "=", input.parentId).executeTakeFirst();
        if (!parent) throw new DomainError("NOT_FOUND", "org.not_found", { field: "parentId" });
        authorize(ctx.actor, "reference.write", parent.path);
        assertChildLevel(parent.level as (typeof ORG_LEVELS)[number], input.level);
        const created = await insertOrgUnit(tx, {
          parent,
          level: input.level,
          name: input.name,
          code: input.code ?? null,
        });
        const id = created.id;
        await audit(tx, ctx, { action: "org.create", entity: "org_unit", entityId: id, after: toDto(created) });
        return toDto(created);
      });
    }),

  update: permittedProcedure("reference.write")
    .input(ZUpdateOrgUnitInput)
    .mutation(async ({ ctx, input }) => {
      return ctx.db.transaction().execute(async (tx) => {
        const before = await tx
          .selectFrom("org_units")
          .selectAll()
          .where("id", "=", input.id)
          .forUpdate()
          .executeTakeFirst();
        if (!before) throw new DomainError("NOT_FOUND", "org.not_found", { field: "id" });
        authorize(ctx.actor, "reference.write", before.path);
        const after = await tx
          .updateTable("org_units")
          .set({
            ...(input.name !== undefined ? { name: input.name } : {}),
            ...(input.code !== undefined ? { code: input.code ?? null } : {}),
          })
          .where("id", "=", input.id)
          .returningAll()
          .executeTakeFirstOrThrow();
        await audit(tx, ctx, {
          action: "org.update",
          entity: "org_unit",
          entityId: input.id,
          before: toDto(before),
          after: toDto(after),
        });
        return toDto(after);
      });
    }),
});
