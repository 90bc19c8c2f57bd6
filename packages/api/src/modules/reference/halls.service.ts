import type { z } from "zod";
import type { Context } from "../../context.ts";
import { audit } from "../../shared/audit.ts";
import { hallInScope, orgUnitInScope } from "../../shared/scope.ts";
import { hallSettingsOf, mergeHallSettings } from "../../shared/settings.ts";
import { hallDto } from "./dto.ts";
import { insertHall, listHallsUnder, setHallSettings, updateHallRow } from "./halls.repository.ts";
import type { ZCreateHallInput, ZUpdateHallInput, ZUpdateHallSettingsInput } from "./schemas.ts";

type Actor = NonNullable<Context["actor"]>;

export async function listHalls(ctx: Context, actor: Actor) {
  if (!actor.orgPath) return [];
  const rows = await listHallsUnder(ctx.db, actor.orgPath);
  return rows.map((h) => ({ ...hallDto(h), orgUnitName: h.orgUnitName }));
}

export async function getHall(ctx: Context, actor: Actor, id: number) {
  return hallDto(await hallInScope(ctx.db, actor, id, "reference.read"));
}

export async function createHall(ctx: Context, actor: Actor, input: z.infer<typeof ZCreateHallInput>) {
  return ctx.db.transaction().execute(async (tx) => {
    const org = await orgUnitInScope(tx, actor, input.orgUnitId, "reference.write", { field: "orgUnitId" });
    const hall = await insertHall(tx, {
      orgUnitId: org.id,
      name: input.name,
      address: input.address ?? null,
      phone: input.phone ?? null,
    });
    await audit(tx, ctx, {
      action: "hall.create",
      entity: "hall",
      entityId: hall.id,
      hallId: hall.id,
      after: hallDto(hall),
    });
    return hallDto(hall);
  });
}

export async function updateHall(ctx: Context, actor: Actor, input: z.infer<typeof ZUpdateHallInput>) {
  return ctx.db.transaction().execute(async (tx) => {
    const before = await hallInScope(tx, actor, input.id, "reference.write", { forUpdate: true });
    const { id, ...rest } = input;
    const after = await updateHallRow(tx, id, {
      ...(rest.name !== undefined ? { name: rest.name } : {}),
      ...(rest.address !== undefined ? { address: rest.address ?? null } : {}),
      ...(rest.phone !== undefined ? { phone: rest.phone ?? null } : {}),
    });
    await audit(tx, ctx, {
      action: "hall.update",
      entity: "hall",
      entityId: id,
      hallId: id,
      before: hallDto(before),
      after: hallDto(after),
    });
    return hallDto(after);
  });
}

export async function updateHallSettings(ctx: Context, actor: Actor, input: z.infer<typeof ZUpdateHallSettingsInput>) {
  return ctx.db.transaction().execute(async (tx) => {
    const hall = await hallInScope(tx, actor, input.hallId, "settings.write", { forUpdate: true });
    const before = hallSettingsOf(hall.settings);
    const merged = mergeHallSettings(hall.settings, input.settings);
    await setHallSettings(tx, hall.id, merged);
    const after = hallSettingsOf(merged);
    await audit(tx, ctx, {
      action: "hall.settings",
      entity: "hall",
      entityId: hall.id,
      hallId: hall.id,
      before,
      after,
    });
    return after;
  });
}
