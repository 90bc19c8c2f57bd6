import { assertCanAddSpecialtyZone } from "@hall/domain";
import type { z } from "zod";
import type { Context } from "../../context.ts";
import { audit } from "../../shared/audit.ts";
import { hallInScope, zoneInScope } from "../../shared/scope.ts";
import { hallRulesOf } from "../../shared/settings.ts";
import { zoneDto } from "./dto.ts";
import type { ZCreateZoneInput, ZUpdateZoneInput } from "./schemas.ts";
import { countSpecialtyZones, insertZone, listZoneRows, updateZoneRow } from "./zones.repository.ts";

type Actor = NonNullable<Context["actor"]>;

export async function listZones(ctx: Context, actor: Actor, hallId: number) {
  await hallInScope(ctx.db, actor, hallId, "reference.read");
  return (await listZoneRows(ctx.db, hallId)).map(zoneDto);
}

export async function createZone(ctx: Context, actor: Actor, input: z.infer<typeof ZCreateZoneInput>) {
  return ctx.db.transaction().execute(async (tx) => {
    const hall = await hallInScope(tx, actor, input.hallId, "reference.write", { forUpdate: true });
    if (input.kind === "acceptance_specialty") {
      assertCanAddSpecialtyZone(await countSpecialtyZones(tx, hall.id), hallRulesOf(hall.settings).maxSpecialtyZones);
    }
    const zone = await insertZone(tx, {
      hallId: hall.id,
      kind: input.kind,
      name: input.name,
      prefix: input.prefix,
      sort: input.sort ?? 0,
    });
    await audit(tx, ctx, {
      action: "zone.create",
      entity: "zone",
      entityId: zone.id,
      hallId: hall.id,
      after: zoneDto(zone),
    });
    return zoneDto(zone);
  });
}

export async function updateZone(ctx: Context, actor: Actor, input: z.infer<typeof ZUpdateZoneInput>) {
  return ctx.db.transaction().execute(async (tx) => {
    const { hall_id: hallId } = await zoneInScope(tx, actor, input.id, "reference.write");
    const hall = await hallInScope(tx, actor, hallId, "reference.write", { forUpdate: true });
    const before = await zoneInScope(tx, actor, input.id, "reference.write", { forUpdate: true });
    const becomesSpecialty = (input.kind ?? before.kind) === "acceptance_specialty" && (input.active ?? before.active);
    const wasSpecialty = before.kind === "acceptance_specialty" && before.active;
    if (becomesSpecialty && !wasSpecialty) {
      assertCanAddSpecialtyZone(
        await countSpecialtyZones(tx, hall.id, before.id),
        hallRulesOf(hall.settings).maxSpecialtyZones,
      );
    }
    const { id, ...patch } = input;
    const after = await updateZoneRow(tx, id, patch);
    await audit(tx, ctx, {
      action: "zone.update",
      entity: "zone",
      entityId: id,
      hallId,
      before: zoneDto(before),
      after: zoneDto(after),
    });
    return zoneDto(after);
  });
}
