import type { Database, Kysely, Zone } from "@hall/db";
import { assertCanAddSpecialtyZone, resolveHallSettings, ZONE_KINDS } from "@hall/domain";
import { z } from "zod";
import { audit } from "../../shared/audit.ts";
import { zId, zName } from "../../shared/schemas.ts";
import { hallIdOf, hallInScope } from "../../shared/scope.ts";
import { permittedProcedure, router } from "../../trpc.ts";

const zPrefix = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]$/);
export const ZCreateZoneInput = z.object({
  hallId: zId,
  kind: z.enum(ZONE_KINDS),
  name: zName,
  prefix: zPrefix,
  sort: z.number().int().min(0).max(999).optional(),
});
export const ZUpdateZoneInput = z.object({
  id: zId,
  kind: z.enum(ZONE_KINDS).optional(),
  name: zName.optional(),
  prefix: zPrefix.optional(),
  sort: z.number().int().min(0).max(999).optional(),
  active: z.boolean().optional(),
});

export const zoneDto = (z: Zone) => ({
  id: z.id,
  hallId: z.hall_id,
  kind: z.kind,
  name: z.name,
  prefix: z.prefix,
  sort: z.sort,
  active: z.active,
});

/** Counts the hall's active specialty zones; call with the hall row locked so two creates cannot both pass. */
async function specialtyZones(db: Kysely<Database>, hallId: number, exceptId?: number): Promise<number> {
  let q = db
    .selectFrom("zones")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("hall_id", "=", hallId)
    .where("kind", "=", "acceptance_specialty")
    .where("active", "=", true);
  if (exceptId) q = q.where("id", "!=", exceptId);
  return Number((await q.executeTakeFirstOrThrow()).n);
}

export const zonesRouter = router({
  list: permittedProcedure("reference.read")
    .input(z.object({ hallId: zId }))
    .query(async ({ ctx, input }) => {
      await hallInScope(ctx.db, ctx.actor, input.hallId, "reference.read");
      const rows = await ctx.db
        .selectFrom("zones")
        .selectAll()
        .where("hall_id", "=", input.hallId)
        .orderBy("sort")
        .orderBy("id")
        .execute();
      return rows.map(zoneDto);
    }),

  create: permittedProcedure("reference.write")
    .input(ZCreateZoneInput)
    .mutation(async ({ ctx, input }) =>
      ctx.db.transaction().execute(async (tx) => {
        const hall = await hallInScope(tx, ctx.actor, input.hallId, "reference.write", { forUpdate: true });
        if (input.kind === "acceptance_specialty") {
          assertCanAddSpecialtyZone(
            await specialtyZones(tx, hall.id),
            resolveHallSettings(hall.settings as never).maxSpecialtyZones,
          );
        }
        const zone = await tx
          .insertInto("zones")
          .values({ hall_id: hall.id, kind: input.kind, name: input.name, prefix: input.prefix, sort: input.sort ?? 0 })
          .returningAll()
          .executeTakeFirstOrThrow();
        await audit(tx, ctx, {
          action: "zone.create",
          entity: "zone",
          entityId: zone.id,
          hallId: hall.id,
          after: zoneDto(zone),
        });
        return zoneDto(zone);
      }),
    ),

  update: permittedProcedure("reference.write")
    .input(ZUpdateZoneInput)
    .mutation(async ({ ctx, input }) =>
      ctx.db.transaction().execute(async (tx) => {
        const hallId = await hallIdOf(tx, "zones", input.id, "zone.not_found");
        const hall = await hallInScope(tx, ctx.actor, hallId, "reference.write", { forUpdate: true });
        const before = await tx.selectFrom("zones").selectAll().where("id", "=", input.id).executeTakeFirstOrThrow();
        const becomesSpecialty =
          (input.kind ?? before.kind) === "acceptance_specialty" && (input.active ?? before.active);
        const wasSpecialty = before.kind === "acceptance_specialty" && before.active;
        if (becomesSpecialty && !wasSpecialty) {
          assertCanAddSpecialtyZone(
            await specialtyZones(tx, hall.id, before.id),
            resolveHallSettings(hall.settings as never).maxSpecialtyZones,
          );
        }
        const { id, ...patch } = input;
        const after = await tx
          .updateTable("zones")
          .set(patch)
          .where("id", "=", id)
          .returningAll()
          .executeTakeFirstOrThrow();
        await audit(tx, ctx, {
          action: "zone.update",
          entity: "zone",
          entityId: id,
          hallId,
          before: zoneDto(before),
          after: zoneDto(after),
        });
        return zoneDto(after);
      }),
    ),
});
