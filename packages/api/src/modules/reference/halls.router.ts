import type { Hall } from "@hall/db";
import {
  assertValidBookingSettings,
  assertValidOpeningHours,
  authorize,
  DomainError,
  resolveBookingSettings,
} from "@hall/domain";
import { z } from "zod";
import { audit } from "../../shared/audit.ts";
import { zId, zName, zOptionalText } from "../../shared/schemas.ts";
import { hallInScope } from "../../shared/scope.ts";
import { hallSettingsOf, type StoredSettings } from "../../shared/settings.ts";
import { permittedProcedure, router } from "../../trpc.ts";

export const ZCreateHallInput = z.object({
  orgUnitId: zId,
  name: zName,
  address: zOptionalText,
  phone: z.string().trim().max(30).nullish(),
});
export const ZUpdateHallInput = z.object({
  id: zId,
  name: zName.optional(),
  address: zOptionalText,
  phone: z.string().trim().max(30).nullish(),
});
const zHHmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);
export const ZUpdateHallSettingsInput = z.object({
  hallId: zId,
  settings: z
    .object({
      openingHours: z
        .array(z.object({ start: zHHmm, end: zHHmm }))
        .min(1)
        .max(4),
      maxSpecialtyZones: z.number().int().min(1).max(6),
      booking: z
        .object({
          slotMinutes: z.number().int().min(5).max(240),
          minLeadMinutes: z.number().int().min(0).max(1440),
          maxDaysAhead: z.number().int().min(1).max(90),
          maxActivePerItemPerDay: z.number().int().min(1).max(10),
          maxActiveFuture: z.number().int().min(1).max(20),
          cancelDeadlineMinutes: z.number().int().min(0).max(1440),
          noShowGraceMinutes: z.number().int().min(0).max(240),
          noShowLimit: z.number().int().min(1).max(20),
          noShowWindowDays: z.number().int().min(1).max(365),
          suspensionDays: z.number().int().min(0).max(365),
          checkInEarlyMinutes: z.number().int().min(0).max(240),
        })
        .partial(),
    })
    .partial(),
});

export const hallDto = (h: Hall & { orgPath?: string }) => ({
  id: h.id,
  orgUnitId: h.org_unit_id,
  name: h.name,
  address: h.address,
  phone: h.phone,
  settings: hallSettingsOf(h.settings),
});

export const hallsRouter = router({
  list: permittedProcedure("reference.read").query(async ({ ctx }) => {
    const scope = ctx.actor.orgPath;
    if (!scope) return [];
    const rows = await ctx.db
      .selectFrom("halls as h")
      .innerJoin("org_units as o", "o.id", "h.org_unit_id")
      .selectAll("h")
      .select("o.name as orgUnitName")
      .where("o.path", "like", `${scope}%`)
      .orderBy("h.id")
      .execute();
    return rows.map((h) => ({ ...hallDto(h), orgUnitName: h.orgUnitName }));
  }),

  get: permittedProcedure("reference.read")
    .input(z.object({ id: zId }))
    .query(async ({ ctx, input }) => hallDto(await hallInScope(ctx.db, ctx.actor, input.id, "reference.read"))),

  create: permittedProcedure("reference.write")
    .input(ZCreateHallInput)
    .mutation(async ({ ctx, input }) =>
      ctx.db.transaction().execute(async (tx) => {
        const org = await tx.selectFrom("org_units").selectAll().where("id", "=", input.orgUnitId).executeTakeFirst();
        if (!org) throw new DomainError("NOT_FOUND", "org.not_found", { field: "orgUnitId" });
        authorize(ctx.actor, "reference.write", org.path);
        const hall = await tx
          .insertInto("halls")
          .values({
            org_unit_id: org.id,
            name: input.name,
            address: input.address ?? null,
            phone: input.phone ?? null,
            settings: "{}",
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await audit(tx, ctx, {
          action: "hall.create",
          entity: "hall",
          entityId: hall.id,
          hallId: hall.id,
          after: hallDto(hall),
        });
        return hallDto(hall);
      }),
    ),

  update: permittedProcedure("reference.write")
    .input(ZUpdateHallInput)
    .mutation(async ({ ctx, input }) =>
      ctx.db.transaction().execute(async (tx) => {
        const before = await hallInScope(tx, ctx.actor, input.id, "reference.write", { forUpdate: true });
        const { id, ...rest } = input;
        const after = await tx
          .updateTable("halls")
          .set({
            ...(rest.name !== undefined ? { name: rest.name } : {}),
            ...(rest.address !== undefined ? { address: rest.address ?? null } : {}),
            ...(rest.phone !== undefined ? { phone: rest.phone ?? null } : {}),
          })
          .where("id", "=", id)
          .returningAll()
          .executeTakeFirstOrThrow();
        await audit(tx, ctx, {
          action: "hall.update",
          entity: "hall",
          entityId: id,
          hallId: id,
          before: hallDto(before),
          after: hallDto(after),
        });
        return hallDto(after);
      }),
    ),

  updateSettings: permittedProcedure("settings.write")
    .input(ZUpdateHallSettingsInput)
    .mutation(async ({ ctx, input }) =>
      ctx.db.transaction().execute(async (tx) => {
        const hall = await hallInScope(tx, ctx.actor, input.hallId, "settings.write", { forUpdate: true });
        if (input.settings.openingHours) assertValidOpeningHours(input.settings.openingHours);
        const stored = (hall.settings ?? {}) as StoredSettings;
        const before = hallSettingsOf(stored);
        const merged: StoredSettings = {
          ...stored,
          ...input.settings,
          booking: { ...stored.booking, ...input.settings.booking },
        };
        assertValidBookingSettings(resolveBookingSettings(merged.booking));
        await tx
          .updateTable("halls")
          .set({ settings: JSON.stringify(merged) })
          .where("id", "=", hall.id)
          .execute();
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
      }),
    ),
});
