import { assertChildLevel, type ORG_LEVELS } from "@hall/domain";
import type { z } from "zod";
import type { Context } from "../../context.ts";
import { audit } from "../../shared/audit.ts";
import { orgUnitInScope } from "../../shared/scope.ts";
import { orgUnitDto } from "./dto.ts";
import { insertChildOrgUnit, listOrgUnitsUnder, updateOrgUnitRow } from "./org.repository.ts";
import type { ZCreateOrgUnitInput, ZUpdateOrgUnitInput } from "./schemas.ts";

type Actor = NonNullable<Context["actor"]>;

/** The org units inside the actor's scope (their own unit and everything below it). */
export async function listOrgUnits(ctx: Context, actor: Actor) {
  if (!actor.orgPath) return [];
  return (await listOrgUnitsUnder(ctx.db, actor.orgPath)).map(orgUnitDto);
}

export async function createOrgUnit(ctx: Context, actor: Actor, input: z.infer<typeof ZCreateOrgUnitInput>) {
  return ctx.db.transaction().execute(async (tx) => {
    const parent = await orgUnitInScope(tx, actor, input.parentId, "reference.write", { field: "parentId" });
    assertChildLevel(parent.level as (typeof ORG_LEVELS)[number], input.level);
    const created = await insertChildOrgUnit(tx, parent, {
      level: input.level,
      name: input.name,
      code: input.code ?? null,
    });
    await audit(tx, ctx, {
      action: "org.create",
      entity: "org_unit",
      entityId: created.id,
      orgUnitId: created.id,
      after: orgUnitDto(created),
    });
    return orgUnitDto(created);
  });
}

export async function updateOrgUnit(ctx: Context, actor: Actor, input: z.infer<typeof ZUpdateOrgUnitInput>) {
  return ctx.db.transaction().execute(async (tx) => {
    const before = await orgUnitInScope(tx, actor, input.id, "reference.write", { forUpdate: true });
    const after = await updateOrgUnitRow(tx, input.id, {
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.code !== undefined ? { code: input.code ?? null } : {}),
    });
    await audit(tx, ctx, {
      action: "org.update",
      entity: "org_unit",
      entityId: input.id,
      orgUnitId: input.id,
      before: orgUnitDto(before),
      after: orgUnitDto(after),
    });
    return orgUnitDto(after);
  });
}
